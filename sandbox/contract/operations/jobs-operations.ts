import { EXPORT_KINDS, type ExportKind } from '../../../src/models/export-request.ts';
import { z } from 'zod';
import { exportRequestSchema } from '../../domain/export-request.ts';
import { csvJobSchema, jobSchema, statusUpdateSchema } from '../../domain/import-job-requests.ts';
import { csvSettingsSchema, importSettingsSchema } from '../../domain/import-settings.ts';
import { uploadRequestSchema } from '../../domain/import-uploads.ts';
import { CSV_SETTINGS_PAGE_SIZE } from '../../routes/externalcontacts/imports-csv-routes.ts';
import { IMPORT_PAGE_SIZE } from '../../routes/externalcontacts/imports-jobs-routes.ts';
import { EXPORT_PAGE_SIZE } from '../../routes/externalcontacts/exports-routes.ts';
import {
  accepted,
  created,
  divisionIds,
  expand,
  EXTERNAL_CONTACTS,
  jsonBody,
  noContent,
  oneOf,
  ok,
  operationsOf,
  pageSize,
  text,
} from '../contract-builders.ts';
import type { OperationContract, QueryParamContract } from '../operation-contract.ts';
import {
  afterListing,
  entityRefView,
  entityWithId,
  exportJobView,
  importJobView,
} from '../response-schemas.ts';

const exportsOf = operationsOf('Exports', EXTERNAL_CONTACTS);
const imports = operationsOf('Imports', EXTERNAL_CONTACTS);

const after = text('after', 'The after value of the previous page (from its nextUri).');
const limitedPageSize = (limits: { fallback: number; max: number }): QueryParamContract =>
  pageSize(limits.fallback, limits.max, `Page size, 1 to ${limits.max}.`);

function exportOperations(kind: ExportKind): OperationContract[] {
  const Kind = `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}`;
  const job = exportJobView(`${Kind}Export`);
  return [
    exportsOf(
      'GET',
      `/${kind}/exports`,
      `getExternalcontacts${Kind}Exports`,
      `List ${kind} exports`,
      {
        query: [divisionIds(), after, limitedPageSize(EXPORT_PAGE_SIZE)],
        response: ok(afterListing(job, `${Kind}ExportListing`)),
      },
    ),
    exportsOf(
      'POST',
      `/${kind}/exports`,
      `postExternalcontacts${Kind}Exports`,
      `Create a ${kind} export`,
      {
        body: jsonBody(exportRequestSchema(kind)),
        response: created(job),
      },
    ),
    exportsOf(
      'GET',
      `/${kind}/exports/{exportId}`,
      `getExternalcontacts${Kind}Export`,
      `Get a ${kind} export`,
      {
        response: ok(job),
      },
    ),
  ];
}

const csvSettings = entityWithId('CsvSettings', 'How CSV columns map onto contact fields.');
const importSettings = entityWithId(
  'ContactImportSettings',
  'How imported rows match existing contacts.',
);
const sortAscending = oneOf('sortOrder', ['Ascending', 'Descending'], 'Listing order.', {
  default: 'Ascending',
});

/** Export jobs and the CSV import flow (uploads, settings, jobs). */
export const JOB_OPERATIONS: readonly OperationContract[] = [
  ...EXPORT_KINDS.flatMap(exportOperations),

  imports(
    'POST',
    '/import/csv/uploads',
    'postExternalcontactsImportCsvUploads',
    'Get a URL to upload a CSV file to',
    {
      body: jsonBody(uploadRequestSchema),
      response: created(entityWithId('CsvUploadResponse', 'uploadId and the signed uploadUrl.')),
    },
  ),
  imports(
    'GET',
    '/import/csv/uploads/{uploadId}/details',
    'getExternalcontactsImportCsvUploadDetails',
    'Details of an uploaded CSV file',
    {
      response: ok(entityWithId('CsvUploadDetailsResponse', 'The columns found in the file.')),
    },
  ),
  imports(
    'GET',
    '/import/csv/uploads/{uploadId}/preview',
    'getExternalcontactsImportCsvUploadPreview',
    'The first rows of an uploaded CSV file',
    {
      response: ok(entityWithId('CsvUploadPreviewResponse', 'A few rows of the file.')),
    },
  ),
  imports(
    'GET',
    '/import/csv/settings',
    'getExternalcontactsImportCsvSettings',
    'List CSV import settings',
    {
      query: [
        after,
        limitedPageSize(CSV_SETTINGS_PAGE_SIZE),
        text('externalSettingsId', 'Only the settings of this import setting.'),
      ],
      response: ok(afterListing(csvSettings, 'CsvSettingsListing')),
    },
  ),
  imports(
    'POST',
    '/import/csv/settings',
    'postExternalcontactsImportCsvSettings',
    'Create CSV import settings',
    {
      body: jsonBody(csvSettingsSchema),
      response: created(csvSettings),
    },
  ),
  imports(
    'GET',
    '/import/csv/settings/{settingsId}',
    'getExternalcontactsImportCsvSetting',
    'Get CSV import settings',
    {
      response: ok(csvSettings),
    },
  ),
  imports(
    'PUT',
    '/import/csv/settings/{settingsId}',
    'putExternalcontactsImportCsvSetting',
    'Update CSV import settings',
    {
      body: jsonBody(csvSettingsSchema),
      response: ok(csvSettings),
    },
  ),
  imports(
    'DELETE',
    '/import/csv/settings/{settingsId}',
    'deleteExternalcontactsImportCsvSetting',
    'Delete CSV import settings',
    {
      response: noContent(),
    },
  ),
  imports(
    'POST',
    '/import/csv/jobs',
    'postExternalcontactsImportCsvJobs',
    'Start a CSV import job',
    {
      body: jsonBody(csvJobSchema),
      response: accepted(
        'The job was created and runs in the background.',
        z.object({ job: entityRefView }).meta({ id: 'CsvJobResponse' }),
      ),
    },
  ),
  imports('GET', '/import/jobs', 'getExternalcontactsImportJobs', 'List import jobs', {
    query: [
      expand(['division']),
      after,
      limitedPageSize(IMPORT_PAGE_SIZE),
      sortAscending,
      oneOf(
        'jobStatus',
        ['Created', 'Running', 'Completed', 'Failed', 'Cancelled'],
        'Only jobs in this state.',
      ),
    ],
    response: ok(afterListing(importJobView, 'ContactImportJobEntityListing')),
  }),
  imports('POST', '/import/jobs', 'postExternalcontactsImportJobs', 'Create an import job', {
    body: jsonBody(jobSchema),
    response: ok(importJobView),
  }),
  imports('GET', '/import/jobs/{jobId}', 'getExternalcontactsImportJob', 'Get an import job', {
    query: [expand(['division'])],
    response: ok(importJobView),
  }),
  imports(
    'PUT',
    '/import/jobs/{jobId}',
    'putExternalcontactsImportJob',
    "Update an import job's workflow status",
    {
      body: jsonBody(statusUpdateSchema),
      response: ok(z.looseObject({ status: z.optional(z.string()) })),
    },
  ),
  imports('GET', '/import/settings', 'getExternalcontactsImportSettings', 'List import settings', {
    query: [after, limitedPageSize(IMPORT_PAGE_SIZE), sortAscending, text('name', 'Name filter.')],
    response: ok(afterListing(importSettings, 'ContactImportSettingsEntityListing')),
  }),
  imports(
    'POST',
    '/import/settings',
    'postExternalcontactsImportSettings',
    'Create import settings',
    {
      body: jsonBody(importSettingsSchema),
      response: ok(importSettings),
    },
  ),
  imports(
    'GET',
    '/import/settings/{settingsId}',
    'getExternalcontactsImportSetting',
    'Get import settings',
    {
      response: ok(importSettings),
    },
  ),
  imports(
    'PUT',
    '/import/settings/{settingsId}',
    'putExternalcontactsImportSetting',
    'Update import settings',
    {
      body: jsonBody(importSettingsSchema),
      response: ok(importSettings),
    },
  ),
  imports(
    'DELETE',
    '/import/settings/{settingsId}',
    'deleteExternalcontactsImportSetting',
    'Delete import settings',
    {
      response: noContent(),
    },
  ),
];
