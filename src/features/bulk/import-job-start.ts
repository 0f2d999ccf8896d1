import type { ApiClient } from '@/api/client';
import { mayHaveBeenStored } from '@/api/create-once';
import type { ImportSchema } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';
import type { ImportChecker } from './import-check-client';
import { hasExternalIdColumn } from './import-external-id';
import {
  consoleImportSourceId,
  createCsvSettings,
  createImportSettings,
  createUpload,
  listImportJobs,
  startCsvJob,
} from './import-jobs-api';
import type { MatchSettings } from './import-plan';
import type { MatchKey } from './row-identities';

export type JobStartStep = 'preparing' | 'settings' | 'uploading' | 'starting';

/** Genesys' `matchingCriteria` (Email, Phone); an external id matches on its own (see below). */
const MATCHING: Partial<Record<MatchKey, 'Email' | 'Phone'>> = { email: 'Email', phone: 'Phone' };

/** PUT to the signed URL: the URL is the credential, so no bearer token goes with it. */
function putFile(
  url: string,
  headers: readonly { name: string; value: string }[],
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return Promise.reject(
      new Error('Genesys Cloud gave an upload link that is not a web address.'),
    );
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', target.href);
    for (const header of headers) request.setRequestHeader(header.name, header.value);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`The file upload was refused (HTTP ${request.status}).`));
    request.onerror = () => reject(new Error('The file upload did not reach Genesys Cloud.'));
    request.send(file);
  });
}

/** What a job is made of: the checked file, how its columns map, and how rows match. */
export interface ImportJobInput {
  checker: ImportChecker;
  fileName: string;
  mapping: ColumnMapping;
  phoneCountry: string;
  schema: ImportSchema | null;
  divisionId: string;
  match: MatchSettings;
  /** The source of the External id column's ids ('' when the file has none). */
  externalSourceId: string;
}

/**
 * Starts a Genesys import job for a large file: the rows that passed the console's checks (in the
 * Web Worker, phones in E.164) are uploaded, with CSV settings from the column mapping and import
 * settings from the matching choice. The settings' required `externalSourceId` is the source of
 * the file's External id column when it has one (the job writes each row's id with it, and a row
 * whose id a contact already holds is that contact's match, whatever `matchingCriteria` says:
 * the sandbox's reading of what Genesys leaves undocumented), else the console's own source. Everything before the job is safe to repeat; starting the
 * job is not, so when its answer is lost the recent jobs are read for this upload's file name
 * (unique to the attempt) before anything is sent again. Returns the job's id.
 */
export async function startImportJob(
  options: ImportJobInput & {
    api: ApiClient;
    onStep: (step: JobStartStep, progress?: { done: number; total: number }) => void;
    now?: () => Date;
  },
): Promise<{ jobId: string; rowCount: number }> {
  const { api, onStep } = options;
  onStep('preparing');
  const prepared = await options.checker.prepare(
    options.mapping,
    options.phoneCountry,
    options.schema,
    (at) => onStep('preparing', at),
    options.externalSourceId,
  );
  if (prepared.rowCount === 0) throw new Error('No row passed the checks: nothing to import.');

  onStep('settings');
  const stamp = (options.now ?? (() => new Date()))().toISOString();
  const uploadName = `${options.fileName.replace(/\.(csv|txt)$/i, '')} ${stamp}.csv`;
  const sourceId =
    hasExternalIdColumn(options.mapping) && options.externalSourceId
      ? options.externalSourceId
      : await consoleImportSourceId(api);
  const matching = options.match.action === 'create' ? [] : options.match.keys;
  const settings = await createImportSettings(api, {
    name: `Console import ${stamp}`,
    // Jobs take contacts only: an organization's name key never reaches here.
    matchingCriteria: matching.flatMap((key) => MATCHING[key] ?? []),
    // Genesys' setting is one switch: a matched row updates the contact, or fails (skipped).
    mergeContacts: options.match.action === 'overwrite' || options.match.action === 'fill',
    externalSourceId: sourceId,
    importFields: prepared.mappings.map((mapping) => ({
      name: mapping.targetField,
      included: true,
    })),
  });
  const csvSettings = await createCsvSettings(api, prepared.mappings, settings.id);

  onStep('uploading', { done: 0, total: prepared.csv.size });
  const ticket = await createUpload(api, uploadName, prepared.csv.size);
  await putFile(ticket.uploadUrl, ticket.uploadHeaders ?? [], prepared.csv, (done, total) =>
    onStep('uploading', { done, total }),
  );

  onStep('starting');
  const body = {
    uploadId: ticket.uploadId,
    settingsId: csvSettings.id,
    division: { id: options.divisionId },
  };
  try {
    const started = await startCsvJob(api, body);
    return { jobId: started.job.id, rowCount: prepared.rowCount };
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    const recent = await listImportJobs(api);
    const job = recent.entities?.find((entry) => entry.metadata?.fileName === uploadName);
    if (job) return { jobId: job.id, rowCount: prepared.rowCount };
    const again = await startCsvJob(api, body);
    return { jobId: again.job.id, rowCount: prepared.rowCount };
  }
}
