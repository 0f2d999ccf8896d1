import type { SqliteDatabase } from './connection.ts';

export interface CsvUploadRecord {
  id: string;
  fileName: string | null;
  fileSize: number;
  createdBy: string | null;
  dateCreated: string;
  /** The uploaded bytes as base64 (they may not be valid UTF-8); null until the PUT arrives. */
  content: string | null;
}

export interface CsvMapping {
  sourceField: string;
  targetField: string;
}

export interface CsvSettingsRecord {
  seq: number;
  id: string;
  externalSettingsId: string | null;
  mappings: CsvMapping[];
}

export interface ImportSettingsRecord {
  seq: number;
  id: string;
  name: string;
  /** The validated body: matchingCriteria, mergeContacts, externalSourceId, importFields. */
  doc: Record<string, unknown>;
  dateCreated: string;
}

export type ImportJobStatus = 'Created' | 'Running' | 'Completed' | 'Failed' | 'Cancelled';
export type ImportExecutionStep = 'Validating' | 'Validated' | 'Importing';

export interface ImportJobMetadata {
  fileName?: string;
  dryRunSuccessCount?: number;
  dryRunFailedCount?: number;
  importSuccessCount?: number;
  importFailedCount?: number;
  /** Data rows done so far in the current step (resume point). */
  rowsDone?: number;
  /** The first few row failures of the current step, for statusDetails. */
  failureSamples?: string[];
  /** The file's header as read, for the failure reports (the file itself may be replaced). */
  fileColumns?: string[];
}

/** The validation pass (`dryRun*` counts) or the import pass (`import*` counts). */
export type ImportStep = 'dryRun' | 'import';

/** One CSV row a step could not take: its line in the file, its cells as read, and why. */
export interface ImportFailureRecord {
  rowNumber: number;
  cells: string[];
  reason: string;
}

export interface ImportJobRecord {
  seq: number;
  id: string;
  settingsId: string;
  csvSettingsId: string | null;
  uploadId: string | null;
  divisionId: string | null;
  status: ImportJobStatus;
  statusDetails: string | null;
  executionStep: ImportExecutionStep | null;
  metadata: ImportJobMetadata;
  dateCreated: string;
}

interface JobRow {
  seq: number;
  id: string;
  settings_id: string;
  csv_settings_id: string | null;
  upload_id: string | null;
  division_id: string | null;
  status: ImportJobStatus;
  status_details: string | null;
  execution_step: ImportExecutionStep | null;
  metadata: string;
  date_created: string;
}

const toJob = (row: JobRow): ImportJobRecord => ({
  seq: row.seq,
  id: row.id,
  settingsId: row.settings_id,
  csvSettingsId: row.csv_settings_id,
  uploadId: row.upload_id,
  divisionId: row.division_id,
  status: row.status,
  statusDetails: row.status_details,
  executionStep: row.execution_step,
  metadata: JSON.parse(row.metadata) as ImportJobMetadata,
  dateCreated: row.date_created,
});

const toJobRow = (job: Omit<ImportJobRecord, 'seq'>): Omit<JobRow, 'seq'> => ({
  id: job.id,
  settings_id: job.settingsId,
  csv_settings_id: job.csvSettingsId,
  upload_id: job.uploadId,
  division_id: job.divisionId,
  status: job.status,
  status_details: job.statusDetails,
  execution_step: job.executionStep,
  metadata: JSON.stringify(job.metadata),
  date_created: job.dateCreated,
});

export interface SeqPage {
  afterSeq: number | null;
  descending: boolean;
  limit: number;
}

const seqWhere = `(@after IS NULL OR (CASE WHEN @desc = 1 THEN seq < @after ELSE seq > @after END))`;
const seqOrder = `ORDER BY CASE WHEN @desc = 1 THEN -seq ELSE seq END LIMIT @limit`;
const seqParams = (page: SeqPage) => ({
  after: page.afterSeq,
  desc: page.descending ? 1 : 0,
  limit: page.limit,
});

export function createImportsRepo(db: SqliteDatabase) {
  const uploadById = db.prepare<[string], Record<string, unknown>>(
    `SELECT id, file_name AS fileName, file_size AS fileSize, created_by AS createdBy,
      date_created AS dateCreated, content FROM csv_uploads WHERE id = ?`,
  );
  const insertUpload = db.prepare(`INSERT INTO csv_uploads (id, file_name, file_size, created_by,
      date_created) VALUES (@id, @fileName, @fileSize, @createdBy, @dateCreated)`);
  const storeUpload = db.prepare('UPDATE csv_uploads SET content = ? WHERE id = ?');

  const csvById = db.prepare<[string], { seq: number; id: string; ext: string | null; m: string }>(
    'SELECT seq, id, external_settings_id AS ext, mappings AS m FROM csv_settings WHERE id = ?',
  );
  const csvPage = db.prepare<
    Record<string, unknown>,
    { seq: number; id: string; ext: string | null; m: string }
  >(
    `SELECT seq, id, external_settings_id AS ext, mappings AS m FROM csv_settings
     WHERE ${seqWhere} AND (@ext IS NULL OR external_settings_id = @ext) ${seqOrder}`,
  );
  const insertCsv = db.prepare(
    'INSERT INTO csv_settings (id, external_settings_id, mappings) VALUES (?, ?, ?)',
  );
  const updateCsv = db.prepare(
    'UPDATE csv_settings SET external_settings_id = ?, mappings = ? WHERE id = ?',
  );
  const deleteCsv = db.prepare('DELETE FROM csv_settings WHERE id = ?');
  const toCsv = (row: {
    seq: number;
    id: string;
    ext: string | null;
    m: string;
  }): CsvSettingsRecord => ({
    seq: row.seq,
    id: row.id,
    externalSettingsId: row.ext,
    mappings: JSON.parse(row.m) as CsvMapping[],
  });

  type SettingsRow = { seq: number; id: string; name: string; doc: string; date_created: string };
  const toSettings = (row: SettingsRow): ImportSettingsRecord => ({
    seq: row.seq,
    id: row.id,
    name: row.name,
    doc: JSON.parse(row.doc) as Record<string, unknown>,
    dateCreated: row.date_created,
  });
  const settingsById = db.prepare<[string], SettingsRow>(
    'SELECT * FROM import_settings WHERE id = ?',
  );
  // lower() on both sides keeps the prefix match free of LIKE wildcards in user input.
  const settingsPage = db.prepare<Record<string, unknown>, SettingsRow>(
    `SELECT * FROM import_settings WHERE ${seqWhere}
      AND (@name IS NULL OR substr(lower(name), 1, length(@name)) = lower(@name)) ${seqOrder}`,
  );
  const insertSettings = db.prepare(
    'INSERT INTO import_settings (id, name, doc, date_created) VALUES (?, ?, ?, ?)',
  );
  const updateSettings = db.prepare('UPDATE import_settings SET name = ?, doc = ? WHERE id = ?');
  const deleteSettings = db.prepare('DELETE FROM import_settings WHERE id = ?');

  const jobById = db.prepare<[string], JobRow>('SELECT * FROM import_jobs WHERE id = ?');
  const jobPage = db.prepare<Record<string, unknown>, JobRow>(
    `SELECT * FROM import_jobs WHERE ${seqWhere} AND (@status IS NULL OR status = @status) ${seqOrder}`,
  );
  const runningJobs = db.prepare<[], JobRow>(
    "SELECT * FROM import_jobs WHERE status = 'Running' ORDER BY seq",
  );
  const insertJob = db.prepare(`INSERT INTO import_jobs (id, settings_id, csv_settings_id,
      upload_id, division_id, status, status_details, execution_step, metadata, date_created)
    VALUES (@id, @settings_id, @csv_settings_id, @upload_id, @division_id, @status,
      @status_details, @execution_step, @metadata, @date_created)`);
  const updateJob = db.prepare(`UPDATE import_jobs SET status = @status,
      status_details = @status_details, execution_step = @execution_step, metadata = @metadata
    WHERE id = @id`);

  const insertFailure = db.prepare(`INSERT INTO import_job_failures (job_id, step, row_number,
      cells, reason) VALUES (?, ?, ?, ?, ?)`);
  type FailureRow = { rowNumber: number; cells: string; reason: string };
  // Keyset paging on the primary key: each page is one index range, however far into the report.
  const failurePage = db.prepare<[string, ImportStep, number, number], FailureRow>(
    `SELECT row_number AS rowNumber, cells, reason FROM import_job_failures
     WHERE job_id = ? AND step = ? AND row_number > ? ORDER BY row_number LIMIT ?`,
  );
  const clearFailures = db.prepare('DELETE FROM import_job_failures WHERE job_id = ? AND step = ?');

  return {
    findUpload(id: string): CsvUploadRecord | null {
      return (uploadById.get(id) as CsvUploadRecord | undefined) ?? null;
    },
    insertUpload(record: CsvUploadRecord): void {
      insertUpload.run(record);
    },
    storeUpload(id: string, content: Buffer): void {
      storeUpload.run(content.toString('base64'), id);
    },

    findCsvSettings(id: string): CsvSettingsRecord | null {
      const row = csvById.get(id);
      return row === undefined ? null : toCsv(row);
    },
    csvSettingsPage(page: SeqPage, externalSettingsId: string | null): CsvSettingsRecord[] {
      return csvPage.all({ ...seqParams(page), ext: externalSettingsId }).map(toCsv);
    },
    insertCsvSettings(id: string, externalSettingsId: string | null, mappings: CsvMapping[]): void {
      insertCsv.run(id, externalSettingsId, JSON.stringify(mappings));
    },
    updateCsvSettings(id: string, externalSettingsId: string | null, mappings: CsvMapping[]): void {
      updateCsv.run(externalSettingsId, JSON.stringify(mappings), id);
    },
    deleteCsvSettings(id: string): boolean {
      return deleteCsv.run(id).changes > 0;
    },

    findSettings(id: string): ImportSettingsRecord | null {
      const row = settingsById.get(id);
      return row === undefined ? null : toSettings(row);
    },
    settingsPage(page: SeqPage, namePrefix: string | null): ImportSettingsRecord[] {
      return settingsPage.all({ ...seqParams(page), name: namePrefix }).map(toSettings);
    },
    insertSettings(id: string, name: string, doc: Record<string, unknown>, date: string): void {
      insertSettings.run(id, name, JSON.stringify(doc), date);
    },
    updateSettings(id: string, name: string, doc: Record<string, unknown>): void {
      updateSettings.run(name, JSON.stringify(doc), id);
    },
    deleteSettings(id: string): boolean {
      return deleteSettings.run(id).changes > 0;
    },

    findJob(id: string): ImportJobRecord | null {
      const row = jobById.get(id);
      return row === undefined ? null : toJob(row);
    },
    jobPage(page: SeqPage, status: ImportJobStatus | null): ImportJobRecord[] {
      return jobPage.all({ ...seqParams(page), status }).map(toJob);
    },
    runningJobs(): ImportJobRecord[] {
      return runningJobs.all().map(toJob);
    },
    insertJob(job: Omit<ImportJobRecord, 'seq'>): void {
      insertJob.run(toJobRow(job));
    },
    updateJob(job: ImportJobRecord): void {
      updateJob.run(toJobRow(job));
    },

    /** Call inside the transaction that saves the chunk's position, so both land or neither. */
    addFailures(jobId: string, step: ImportStep, failures: readonly ImportFailureRecord[]): void {
      for (const failure of failures) {
        insertFailure.run(
          jobId,
          step,
          failure.rowNumber,
          JSON.stringify(failure.cells),
          failure.reason,
        );
      }
    },
    /** Failures after line `afterRow`, in line order, at most `limit` of them. */
    failurePage(
      jobId: string,
      step: ImportStep,
      afterRow: number,
      limit: number,
    ): ImportFailureRecord[] {
      return failurePage.all(jobId, step, afterRow, limit).map((row) => ({
        rowNumber: row.rowNumber,
        cells: JSON.parse(row.cells) as string[],
        reason: row.reason,
      }));
    },
    clearFailures(jobId: string, steps: readonly ImportStep[]): void {
      for (const step of steps) clearFailures.run(jobId, step);
    },
  };
}

export type ImportsRepo = ReturnType<typeof createImportsRepo>;
