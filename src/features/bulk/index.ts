/** What other features use of bulk work: the contacts list's actions on its selection. */
export { BulkSelectedActions } from './bulk-selected-actions';
/** "Edit selected" for the contacts and organizations lists' selection bars. */
export { BulkEditSelected } from './bulk-edit-selected';
/** The start page's jobs panel: recent import and export jobs, read with the pages' own queries. */
export { listImportJobs, type ImportJob } from './import-jobs-api';
export { importJobsKey } from './import-jobs-panel';
export { recentJobsQueryOptions, kindLists } from './export-jobs-queries';
export { EXPORT_KINDS, type ExportJob, type ExportKind } from './export-jobs-api';
export { jobState } from './export-job-state';
export { allowedExportKinds, EXPORT_KIND_INFO } from './export-job-kinds';
