import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from '../db/connection.ts';
import type {
  ImportFailureRecord,
  ImportJobMetadata,
  ImportJobRecord,
  ImportJobStatus,
} from '../db/imports-repo.ts';
import type { DivisionRecord } from '../db/identity-records.ts';
import { badRequest, invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { ContactService } from './contact-service.ts';
import { isImportable, parseUploadedCsv } from './import-csv-file.ts';
import type { ParsedCsv } from './import-csv-file.ts';
import { importRow } from './import-rows.ts';
import type { RowPlan } from './import-rows.ts';
import { csvJobSchema, jobSchema, statusUpdateSchema } from './import-job-requests.ts';
import { MAX_REPORTED_FAILURES, afterLastRow } from './import-job-progress.ts';
import { importReportUrls } from './import-report-urls.ts';
import { IMPORT_BASE } from './import-settings.ts';
import type { ImportSettingsDoc, ImportSettingsService } from './import-settings.ts';

/**
 * Import jobs. A CSV job validates every row first (a dry run: `dryRun*` counts), then imports:
 * straight on when every row passed, otherwise it waits at `Validated` for PUT Continue (import
 * the rows that passed) or Cancel. Retry starts a Failed or Cancelled job again from the top.
 * Work runs in chunks; counts, position and the chunk's failed rows (the steps' reports) are
 * saved with each chunk in one transaction, so a restart resumes and loses no failure.
 */

export const IMPORT_CHUNK_SIZE = 100;

/** What `ContactImportJobMetadata` shows; the rest of the stored metadata is bookkeeping. */
const PUBLIC_METADATA = [
  'fileName',
  'dryRunSuccessCount',
  'dryRunFailedCount',
  'importSuccessCount',
  'importFailedCount',
] as const satisfies readonly (keyof ImportJobMetadata)[];

export const JOB_STATUSES: readonly ImportJobStatus[] = [
  'Created',
  'Running',
  'Completed',
  'Failed',
  'Cancelled',
];

function jobNotFound(id: string) {
  return notFound(`The import job ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'importJob' },
  ]);
}

export interface ImportJobDependencies {
  db: SqliteDatabase;
  contacts: ContactService;
  settings: ImportSettingsService;
  findDivision: (id: string) => DivisionRecord | null;
  now: () => string;
}

export function createImportJobService(deps: ImportJobDependencies) {
  const { settings, contacts } = deps;
  const repo = settings.repo;
  // Parsed files of active jobs; rebuilt from the stored upload after a restart.
  const parsed = new Map<string, ParsedCsv>();

  function checkDivision(id: string | undefined): string | null {
    if (id === undefined) return null;
    if (deps.findDivision(id) === null) {
      throw invalidField('division.id', `The division ${id} does not exist.`);
    }
    return id;
  }

  function fileOf(job: ImportJobRecord): ParsedCsv {
    let csv = parsed.get(job.id);
    if (csv === undefined) {
      const content = job.uploadId === null ? null : repo.findUpload(job.uploadId)?.content;
      csv = parseUploadedCsv(Buffer.from(content ?? '', 'base64'));
      parsed.set(job.id, csv);
    }
    return csv;
  }

  function planOf(job: ImportJobRecord, csv: ParsedCsv): RowPlan | string {
    const csvSettings = job.csvSettingsId === null ? null : repo.findCsvSettings(job.csvSettingsId);
    if (csvSettings === null) return `The CSV settings ${job.csvSettingsId ?? ''} no longer exist.`;
    const missing = csvSettings.mappings.filter((m) => !csv.headers.includes(m.sourceField));
    if (missing.length > 0) {
      return `The file has no column ${missing.map((m) => `"${m.sourceField}"`).join(', ')} that the CSV settings map.`;
    }
    const linked = job.settingsId === job.csvSettingsId ? null : repo.findSettings(job.settingsId);
    return {
      headers: csv.headers,
      mappings: csvSettings.mappings,
      settings: (linked?.doc as ImportSettingsDoc | undefined) ?? null,
      divisionId: job.divisionId,
    };
  }

  function finish(job: ImportJobRecord, status: ImportJobStatus, details: string): void {
    parsed.delete(job.id);
    repo.updateJob({ ...job, status, statusDetails: details });
  }

  /** One chunk of one job: validate or import the next rows. */
  function advance(job: ImportJobRecord): void {
    const csv = fileOf(job);
    if (!isImportable(csv)) {
      const first = csv.errors[0]?.message ?? 'The file cannot be read.';
      return finish(job, 'Failed', `The file failed validation: ${first}`);
    }
    const plan = planOf(job, csv);
    if (typeof plan === 'string') return finish(job, 'Failed', plan);
    const dryRun = job.executionStep === 'Validating';
    const meta = { ...job.metadata };
    const done = meta.rowsDone ?? 0;
    const chunk = csv.rows.slice(done, done + IMPORT_CHUNK_SIZE);
    let ok = 0;
    const failures: ImportFailureRecord[] = [];
    deps.db.transaction(() => {
      for (const row of chunk) {
        const outcome = importRow(contacts, plan, row.cells, dryRun);
        if (outcome.ok) {
          ok += 1;
        } else {
          failures.push({ rowNumber: row.lineNumber, cells: row.cells, reason: outcome.message });
        }
      }
      const okKey = dryRun ? 'dryRunSuccessCount' : 'importSuccessCount';
      const failKey = dryRun ? 'dryRunFailedCount' : 'importFailedCount';
      meta[okKey] = (meta[okKey] ?? 0) + ok;
      meta[failKey] = (meta[failKey] ?? 0) + failures.length;
      meta.rowsDone = done + chunk.length;
      meta.fileColumns = csv.headers;
      meta.failureSamples = [
        ...(meta.failureSamples ?? []),
        ...failures.map((failure) => `line ${failure.rowNumber}: ${failure.reason}`),
      ].slice(0, MAX_REPORTED_FAILURES);
      repo.addFailures(job.id, dryRun ? 'dryRun' : 'import', failures);
      let next: ImportJobRecord = { ...job, metadata: meta };
      if (meta.rowsDone >= csv.rows.length) next = afterLastRow(next, dryRun);
      if (next.status !== 'Running') parsed.delete(job.id);
      repo.updateJob(next);
    })();
  }

  const isActive = (job: ImportJobRecord) =>
    job.status === 'Running' && job.executionStep !== 'Validated';

  const service = {
    requireJob(id: string): ImportJobRecord {
      const job = repo.findJob(id);
      if (job === null) throw jobNotFound(id);
      return job;
    },

    /** POST /import/csv/jobs: starts at once (202). */
    createCsvJob(body: unknown): ImportJobRecord {
      const write = parseBody(csvJobSchema, body);
      const upload = repo.findUpload(write.uploadId);
      if (upload === null)
        throw invalidField('uploadId', `The upload ${write.uploadId} does not exist.`);
      if (upload.content === null) {
        throw invalidField(
          'uploadId',
          `The file of upload ${upload.id} has not arrived: PUT it to the uploadUrl first.`,
        );
      }
      const csvSettings = repo.findCsvSettings(write.settingsId);
      if (csvSettings === null) {
        throw invalidField('settingsId', `The CSV settings ${write.settingsId} do not exist.`);
      }
      const job: Omit<ImportJobRecord, 'seq'> = {
        id: randomUUID(),
        settingsId: csvSettings.externalSettingsId ?? csvSettings.id,
        csvSettingsId: csvSettings.id,
        uploadId: upload.id,
        divisionId: checkDivision(write.division?.id),
        status: 'Running',
        statusDetails: null,
        executionStep: 'Validating',
        metadata: upload.fileName === null ? {} : { fileName: upload.fileName },
        dateCreated: deps.now(),
      };
      repo.insertJob(job);
      return service.requireJob(job.id);
    },

    /** POST /import/jobs: a job with settings but no file; it stays Created. */
    createJob(body: unknown): ImportJobRecord {
      const write = parseBody(jobSchema, body);
      if (repo.findSettings(write.settingsId) === null) {
        throw invalidField('settingsId', `The import settings ${write.settingsId} do not exist.`);
      }
      const job: Omit<ImportJobRecord, 'seq'> = {
        id: randomUUID(),
        settingsId: write.settingsId,
        csvSettingsId: null,
        uploadId: null,
        divisionId: checkDivision(write.division?.id),
        status: 'Created',
        statusDetails: null,
        executionStep: null,
        metadata: {},
        dateCreated: deps.now(),
      };
      repo.insertJob(job);
      return service.requireJob(job.id);
    },

    /** PUT /import/jobs/{id}; true when background work was started (202). */
    updateStatus(
      id: string,
      body: unknown,
    ): { status: 'Continue' | 'Cancel' | 'Retry'; started: boolean } {
      const write = parseBody(statusUpdateSchema, body);
      if (write.jobId !== id) {
        throw invalidField(
          'jobId',
          `jobId ${write.jobId} does not match the job ${id} in the path.`,
        );
      }
      const job = service.requireJob(id);
      const refuse = (why: string) => {
        throw badRequest(`The job ${id} is ${job.status}: ${why}`, [
          { errorCode: 'invalid.status.transition', fieldName: 'status' },
        ]);
      };
      if (write.status === 'Cancel') {
        if (job.status !== 'Created' && job.status !== 'Running')
          refuse('only Created or Running jobs can be cancelled.');
        finish(job, 'Cancelled', 'Cancelled on request; rows imported before stay imported.');
        return { status: write.status, started: false };
      }
      if (write.status === 'Continue') {
        if (job.uploadId === null)
          refuse('it has no file to import; create CSV imports with POST /import/csv/jobs.');
        if (job.status !== 'Running' || job.executionStep !== 'Validated') {
          refuse('Continue applies to a job waiting at the Validated step.');
        }
        deps.db.transaction(() => {
          repo.clearFailures(job.id, ['import']);
          repo.updateJob({
            ...job,
            executionStep: 'Importing',
            statusDetails: null,
            metadata: { ...job.metadata, rowsDone: 0, failureSamples: [] },
          });
        })();
        return { status: write.status, started: true };
      }
      if (job.status !== 'Failed' && job.status !== 'Cancelled')
        refuse('only Failed or Cancelled jobs can be retried.');
      if (job.uploadId === null)
        refuse('it has no file to import; create CSV imports with POST /import/csv/jobs.');
      parsed.delete(job.id);
      // A retry starts from the top: the old reports go with the old counts, in one commit.
      deps.db.transaction(() => {
        repo.clearFailures(job.id, ['dryRun', 'import']);
        repo.updateJob({
          ...job,
          status: 'Running',
          executionStep: 'Validating',
          statusDetails: null,
          metadata: job.metadata.fileName === undefined ? {} : { fileName: job.metadata.fileName },
        });
      })();
      return { status: write.status, started: true };
    },

    /** One background step over the oldest active job; true when work is left. */
    step(): boolean {
      const job = repo.runningJobs().find(isActive);
      if (job === undefined) return false;
      try {
        advance(job);
      } catch (error) {
        finish(
          service.requireJob(job.id),
          'Failed',
          error instanceof Error ? error.message : 'unknown error',
        );
      }
      return repo.runningJobs().some(isActive);
    },

    /** `origin` is where the caller reached the sandbox, so the report links work for them. */
    view(job: ImportJobRecord, withDivisionName: boolean, origin: string): Record<string, unknown> {
      const metadata: Record<string, unknown> = {};
      for (const key of PUBLIC_METADATA) {
        if (job.metadata[key] !== undefined) metadata[key] = job.metadata[key];
      }
      // Signing needs epoch ms; deps.now is the sandbox clock (moved by tests) as ISO text.
      Object.assign(metadata, importReportUrls(deps.db, origin, Date.parse(deps.now()), job));
      const settingsUri =
        job.settingsId === job.csvSettingsId
          ? `${IMPORT_BASE}/csv/settings/${job.settingsId}`
          : `${IMPORT_BASE}/settings/${job.settingsId}`;
      const json: Record<string, unknown> = {
        id: job.id,
        status: job.status,
        ...(job.statusDetails === null ? {} : { statusDetails: job.statusDetails }),
        ...(job.executionStep === null ? {} : { executionStep: job.executionStep }),
        metadata,
        dateCreated: job.dateCreated,
      };
      if (job.divisionId !== null) {
        const name = withDivisionName ? deps.findDivision(job.divisionId)?.name : undefined;
        json.division = {
          id: job.divisionId,
          ...(name === undefined ? {} : { name }),
          selfUri: `/api/v2/authorization/divisions/${job.divisionId}`,
        };
      }
      json.settings = { id: job.settingsId, selfUri: settingsUri };
      json.selfUri = `${IMPORT_BASE}/jobs/${job.id}`;
      return json;
    },
  };
  return service;
}

export type ImportJobService = ReturnType<typeof createImportJobService>;
