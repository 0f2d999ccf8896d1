/**
 * Migration #3: custom-field schemas. `data_schemas` holds one row per schema (its target and
 * current version); `data_schema_versions` keeps every version ever stored, because records
 * point at `{id, version}` and old versions stay readable. Names are unique per target,
 * case-insensitively (the sandbox's choice; Genesys documents no rule).
 */
export const DATA_SCHEMAS_MIGRATION = `
  CREATE TABLE data_schemas (
    id TEXT PRIMARY KEY,
    target TEXT NOT NULL CHECK (target IN ('contact', 'organization')),
    name TEXT NOT NULL,
    current_version INTEGER NOT NULL CHECK (current_version > 0)
  );
  CREATE UNIQUE INDEX data_schemas_unique_name ON data_schemas (target, name COLLATE NOCASE);

  CREATE TABLE data_schema_versions (
    schema_id TEXT NOT NULL REFERENCES data_schemas (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version > 0),
    name TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    json_schema TEXT NOT NULL,
    field_count INTEGER NOT NULL,
    created_by_id TEXT NOT NULL,
    created_by_kind TEXT NOT NULL CHECK (created_by_kind IN ('user', 'client')),
    date_created TEXT NOT NULL,
    PRIMARY KEY (schema_id, version)
  ) WITHOUT ROWID;
`;
