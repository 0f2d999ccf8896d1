import type { ApiClient } from '@/api/client';

/** Genesys' contact import jobs (endpoints.md "import"; models.json ContactImportJob*). */
const BASE = '/externalcontacts/import';

export type ImportJobStatus = 'Created' | 'Running' | 'Completed' | 'Failed' | 'Cancelled';

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  statusDetails?: string;
  executionStep?: 'Validating' | 'Validated' | 'Importing';
  metadata?: {
    fileName?: string;
    dryRunFailedCount?: number;
    dryRunSuccessCount?: number;
    dryRunReportDownloadUrl?: string;
    importFailedCount?: number;
    importSuccessCount?: number;
    importReportDownloadUrl?: string;
  };
  dateCreated?: string;
  division?: { id: string; name?: string };
}

interface Listing<T> {
  entities?: T[];
  nextUri?: string;
}

export interface UploadTicket {
  uploadId: string;
  uploadUrl: string;
  uploadHeaders?: { name: string; value: string }[];
}

export const createUpload = (api: ApiClient, fileName: string, fileSize: number) =>
  api<UploadTicket>(`${BASE}/csv/uploads`, { method: 'POST', body: { fileName, fileSize } });

export const createCsvSettings = (
  api: ApiClient,
  mappings: readonly { sourceField: string; targetField: string }[],
  externalSettingsId: string,
) =>
  api<{ id: string }>(`${BASE}/csv/settings`, {
    method: 'POST',
    body: { externalSettingsId, mappings },
  });

export interface ImportSettingsBody {
  name: string;
  matchingCriteria: ('Email' | 'Phone')[];
  mergeContacts: boolean;
  externalSourceId: string;
  importFields: { name: string; included: boolean }[];
}

export const createImportSettings = (api: ApiClient, body: ImportSettingsBody) =>
  api<{ id: string }>(`${BASE}/settings`, { method: 'POST', body });

export const startCsvJob = (
  api: ApiClient,
  body: { uploadId: string; settingsId: string; division: { id: string } },
) => api<{ job: { id: string } }>(`${BASE}/csv/jobs`, { method: 'POST', body });

export const readImportJob = (api: ApiClient, id: string, signal?: AbortSignal) =>
  api<ImportJob>(`${BASE}/jobs/${encodeURIComponent(id)}`, {
    query: { expand: ['division'] },
    signal,
  });

/** The newest jobs first: what a user who closed the tab comes back to. */
export const listImportJobs = (api: ApiClient, signal?: AbortSignal) =>
  api<Listing<ImportJob>>(`${BASE}/jobs`, {
    query: { sortOrder: 'Descending', pageSize: 10, expand: ['division'] },
    signal,
  });

export const setImportJobStatus = (
  api: ApiClient,
  jobId: string,
  status: 'Continue' | 'Cancel' | 'Retry',
) =>
  api<{ jobId: string; status: string }>(`${BASE}/jobs/${encodeURIComponent(jobId)}`, {
    method: 'PUT',
    body: { jobId, status },
  });

interface ExternalSource {
  id: string;
  name: string;
}

/** Import settings must name an external source: the console's own, made on first use. */
export const CONSOLE_SOURCE_NAME = 'External Contacts Console import';

export async function consoleImportSourceId(api: ApiClient): Promise<string> {
  const found = await api<Listing<ExternalSource>>('/externalcontacts/externalsources', {
    query: { name: CONSOLE_SOURCE_NAME, limit: 10 },
  });
  const existing = found.entities?.find((source) => source.name === CONSOLE_SOURCE_NAME);
  if (existing) return existing.id;
  const created = await api<ExternalSource>('/externalcontacts/externalsources', {
    method: 'POST',
    body: { name: CONSOLE_SOURCE_NAME, active: true },
  });
  return created.id;
}
