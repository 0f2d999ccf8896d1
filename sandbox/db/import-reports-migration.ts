/**
 * Migration: the failed rows of import jobs, behind `dryRunReportDownloadUrl` and
 * `importReportDownloadUrl`.
 *
 * One row per failed CSV row and step (`dryRun` is the validation pass, `import` the import
 * pass), written in the same transaction as the chunk that read it and the job's new position,
 * so a restart, even a kill -9, never loses a failure or records one twice. Rows, not a JSON
 * list on the job: a 50,000-row file whose rows all fail must not be rewritten on every chunk
 * or read whole to serve its report. `row_number` is the row's line in the file (the header is
 * line 1), the number `statusDetails` quotes; `cells` is the row as read, a JSON list of text.
 */
export const IMPORT_REPORTS_MIGRATION = `
  CREATE TABLE import_job_failures (
    job_id TEXT NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    step TEXT NOT NULL CHECK (step IN ('dryRun', 'import')),
    row_number INTEGER NOT NULL,
    cells TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (job_id, step, row_number)
  );
`;
