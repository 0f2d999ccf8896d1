import type { SqliteDatabase } from '../db/connection.ts';
import type { ImportJobRecord, ImportStep } from '../db/imports-repo.ts';
import { SIGNED_FILES_PREFIX, signedUrl } from './export-signed-urls.ts';

/**
 * Where a job's failure reports are downloaded: presigned GET URLs minted on every read of the
 * job, with the signing, expiry and refusals of the export downloads (the signature is the only
 * credential; a restart invalidates old links, reading the job again mints fresh ones).
 */

export const IMPORT_STEPS: readonly ImportStep[] = ['dryRun', 'import'];

export const REPORT_FILE_NAMES: Record<ImportStep, string> = {
  dryRun: 'dry-run-report.csv',
  import: 'import-report.csv',
};

export const REPORT_LABELS: Record<ImportStep, string> = {
  dryRun: 'dry-run',
  import: 'import',
};

export const importReportPath = (jobId: string, step: ImportStep) =>
  `${SIGNED_FILES_PREFIX}/import-jobs/${jobId}/${REPORT_FILE_NAMES[step]}`;

const RUNNING_STEP: Record<ImportStep, ImportJobRecord['executionStep']> = {
  dryRun: 'Validating',
  import: 'Importing',
};

/**
 * A step has a report once it has stopped (read its last row, or the job was cancelled or failed
 * during it) with at least one failed row: a report still being written would look complete.
 * Genesys does not say whether a step without failures gets a report URL; the sandbox leaves the
 * URL out then, so "no URL" reads as "nothing failed".
 */
export function hasReport(job: ImportJobRecord, step: ImportStep): boolean {
  const failed =
    step === 'dryRun' ? job.metadata.dryRunFailedCount : job.metadata.importFailedCount;
  if (failed === undefined || failed === 0) return false;
  return !(job.status === 'Running' && job.executionStep === RUNNING_STEP[step]);
}

export interface ReportUrls {
  dryRunReportDownloadUrl?: string;
  importReportDownloadUrl?: string;
}

/** `origin` is where the caller reached the sandbox, so the links work for them. */
export function importReportUrls(
  db: SqliteDatabase,
  origin: string,
  nowMs: number,
  job: ImportJobRecord,
): ReportUrls {
  const url = (step: ImportStep) =>
    signedUrl(db, origin, 'GET', importReportPath(job.id, step), nowMs);
  return {
    ...(hasReport(job, 'dryRun') ? { dryRunReportDownloadUrl: url('dryRun') } : {}),
    ...(hasReport(job, 'import') ? { importReportDownloadUrl: url('import') } : {}),
  };
}
