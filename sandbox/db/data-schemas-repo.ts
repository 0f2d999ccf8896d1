import { jsonSchemaDocumentSchema } from '../../src/models/data-schema.ts';
import type { JsonSchemaDocument } from '../../src/models/data-schema.ts';
import type { SqliteDatabase } from './connection.ts';

export type SchemaTarget = 'contact' | 'organization';

export interface SchemaCreator {
  id: string;
  kind: 'user' | 'client';
}

/** One stored version of a schema (the current one unless asked otherwise). */
export interface DataSchemaVersionRecord {
  id: string;
  target: SchemaTarget;
  version: number;
  name: string;
  enabled: boolean;
  jsonSchema: JsonSchemaDocument;
  createdBy: SchemaCreator;
  /** ISO-8601 UTC; per version, as Genesys stamps each update. */
  dateCreated: string;
}

interface StoredVersionRow {
  schema_id: string;
  target: SchemaTarget;
  version: number;
  name: string;
  enabled: number;
  json_schema: string;
  created_by_id: string;
  created_by_kind: 'user' | 'client';
  date_created: string;
}

const VERSION_COLUMNS = `v.schema_id, s.target, v.version, v.name, v.enabled, v.json_schema,
  v.created_by_id, v.created_by_kind, v.date_created`;

function toRecord(row: StoredVersionRow): DataSchemaVersionRecord {
  return {
    id: row.schema_id,
    target: row.target,
    version: row.version,
    name: row.name,
    enabled: row.enabled === 1,
    // Stored documents passed validation on write; parsing again only types them.
    jsonSchema: jsonSchemaDocumentSchema.parse(JSON.parse(row.json_schema)),
    createdBy: { id: row.created_by_id, kind: row.created_by_kind },
    dateCreated: row.date_created,
  };
}

function versionParams(record: DataSchemaVersionRecord) {
  return {
    id: record.id,
    version: record.version,
    name: record.name,
    enabled: record.enabled ? 1 : 0,
    jsonSchema: JSON.stringify(record.jsonSchema),
    fieldCount: Object.keys(record.jsonSchema.properties).length,
    createdById: record.createdBy.id,
    createdByKind: record.createdBy.kind,
    dateCreated: record.dateCreated,
  };
}

/** The contacts table comes from another migration and may not exist (or lack `doc`) yet. */
function contactsHaveDocuments(db: SqliteDatabase): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('contacts')").all() as {
    name: string;
  }[];
  return columns.some((column) => column.name === 'doc');
}

export function createDataSchemasRepo(db: SqliteDatabase) {
  const current = db.prepare(
    `SELECT ${VERSION_COLUMNS} FROM data_schemas s
     JOIN data_schema_versions v ON v.schema_id = s.id AND v.version = s.current_version
     WHERE s.target = ? ORDER BY s.name COLLATE NOCASE, s.id`,
  );
  const currentById = db.prepare(
    `SELECT ${VERSION_COLUMNS} FROM data_schemas s
     JOIN data_schema_versions v ON v.schema_id = s.id AND v.version = s.current_version
     WHERE s.target = ? AND s.id = ?`,
  );
  const oneVersion = db.prepare(
    `SELECT ${VERSION_COLUMNS} FROM data_schemas s
     JOIN data_schema_versions v ON v.schema_id = s.id
     WHERE s.target = ? AND s.id = ? AND v.version = ?`,
  );
  const allVersions = db.prepare(
    `SELECT ${VERSION_COLUMNS} FROM data_schemas s
     JOIN data_schema_versions v ON v.schema_id = s.id
     WHERE s.target = ? AND s.id = ? ORDER BY v.version`,
  );
  const sameName = db.prepare(
    'SELECT id FROM data_schemas WHERE target = ? AND name = ? COLLATE NOCASE AND id <> ?',
  );
  const schemaCount = db.prepare('SELECT count(*) AS n FROM data_schemas');
  const fieldCount = db.prepare(
    `SELECT coalesce(sum(v.field_count), 0) AS n FROM data_schemas s
     JOIN data_schema_versions v ON v.schema_id = s.id AND v.version = s.current_version
     WHERE s.id <> ?`,
  );
  const insertSchema = db.prepare(
    `INSERT INTO data_schemas (id, target, name, current_version)
     VALUES (@id, @target, @name, @version)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO data_schema_versions (schema_id, version, name, enabled, json_schema, field_count,
       created_by_id, created_by_kind, date_created)
     VALUES (@id, @version, @name, @enabled, @jsonSchema, @fieldCount, @createdById,
       @createdByKind, @dateCreated)`,
  );
  const moveCurrent = db.prepare(
    'UPDATE data_schemas SET current_version = @version, name = @name WHERE id = @id',
  );
  const deleteSchema = db.prepare('DELETE FROM data_schemas WHERE target = ? AND id = ?');

  const rows = (statement: { all: (...params: unknown[]) => unknown[] }, ...params: unknown[]) =>
    (statement.all(...params) as StoredVersionRow[]).map(toRecord);

  return {
    listCurrent(target: SchemaTarget): DataSchemaVersionRecord[] {
      return rows(current, target);
    },

    /** The given version, or the current one when `version` is undefined. */
    find(target: SchemaTarget, id: string, version?: number): DataSchemaVersionRecord | null {
      const row = (
        version === undefined ? currentById.get(target, id) : oneVersion.get(target, id, version)
      ) as StoredVersionRow | undefined;
      return row === undefined ? null : toRecord(row);
    },

    versions(target: SchemaTarget, id: string): DataSchemaVersionRecord[] {
      return rows(allVersions, target, id);
    },

    nameTaken(target: SchemaTarget, name: string, exceptId = ''): boolean {
      return sameName.get(target, name, exceptId) !== undefined;
    },

    /** Schemas of both targets: the org-wide quantity limit counts them together. */
    countSchemas(): number {
      return (schemaCount.get() as { n: number }).n;
    },

    /** Fields in the current versions of every schema except `exceptId` (the one being updated). */
    countFieldsInOrg(exceptId = ''): number {
      return (fieldCount.get(exceptId) as { n: number }).n;
    },

    insertSchema(target: SchemaTarget, record: DataSchemaVersionRecord): void {
      db.transaction(() => {
        insertSchema.run({ id: record.id, target, name: record.name, version: record.version });
        insertVersion.run(versionParams(record));
      })();
    },

    insertVersion(record: DataSchemaVersionRecord): void {
      db.transaction(() => {
        insertVersion.run(versionParams(record));
        moveCurrent.run({ id: record.id, version: record.version, name: record.name });
      })();
    },

    /** Removes the schema and all its versions; false when there was none. */
    delete(target: SchemaTarget, id: string): boolean {
      return deleteSchema.run(target, id).changes > 0;
    },

    /** How many contacts point at the schema (any version); 0 while contacts are not stored. */
    countContactsUsing(id: string): number {
      if (!contactsHaveDocuments(db)) return 0;
      const row = db
        .prepare("SELECT count(*) AS n FROM contacts WHERE json_extract(doc, '$.schema.id') = ?")
        .get(id) as { n: number };
      return row.n;
    },
  };
}

export type DataSchemasRepo = ReturnType<typeof createDataSchemasRepo>;
