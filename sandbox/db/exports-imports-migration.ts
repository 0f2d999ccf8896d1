/**
 * Migration: bulk exports and CSV/contact imports.
 *
 * Exports run in the background in chunks: each chunk's flattened rows are written to
 * `export_chunks` in the same transaction that moves the job's cursor, so a restart resumes a
 * RUNNING job where it stopped. On success the chunks become one CSV in `export_files` (the
 * column set, custom fields included, is only known once every row has been read).
 *
 * `seq` columns give listings a stable creation order for their `after` cursors.
 */
export const EXPORTS_IMPORTS_MIGRATION = `
  CREATE TABLE exports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('contacts', 'organizations', 'notes', 'relationships')),
    division_ids TEXT NOT NULL DEFAULT '[]',
    query_conditions TEXT,
    created_by TEXT,
    date_created TEXT NOT NULL,
    date_completion TEXT,
    status TEXT NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    scan_after TEXT NOT NULL DEFAULT '',
    row_count INTEGER NOT NULL DEFAULT 0,
    failure TEXT
  );
  CREATE INDEX exports_by_kind ON exports (kind, seq);
  CREATE INDEX exports_running ON exports (status) WHERE status = 'RUNNING';

  CREATE TABLE export_chunks (
    export_id TEXT NOT NULL REFERENCES exports (id) ON DELETE CASCADE,
    chunk INTEGER NOT NULL,
    rows TEXT NOT NULL,
    PRIMARY KEY (export_id, chunk)
  ) WITHOUT ROWID;

  CREATE TABLE export_files (
    export_id TEXT PRIMARY KEY REFERENCES exports (id) ON DELETE CASCADE,
    content TEXT NOT NULL
  );

  CREATE TABLE csv_uploads (
    id TEXT PRIMARY KEY,
    file_name TEXT,
    file_size INTEGER NOT NULL,
    created_by TEXT,
    date_created TEXT NOT NULL,
    content TEXT
  );

  CREATE TABLE csv_settings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    external_settings_id TEXT,
    mappings TEXT NOT NULL
  );
  CREATE INDEX csv_settings_by_external ON csv_settings (external_settings_id);

  CREATE TABLE import_settings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    date_created TEXT NOT NULL
  );

  CREATE TABLE import_jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    settings_id TEXT NOT NULL,
    csv_settings_id TEXT,
    upload_id TEXT,
    division_id TEXT,
    status TEXT NOT NULL,
    status_details TEXT,
    execution_step TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    date_created TEXT NOT NULL
  );
  CREATE INDEX import_jobs_by_status ON import_jobs (status, seq);
`;
