import type { SqliteDatabase } from './connection.ts';

/** A claimed identifier; `ownerId` is a contact id or an organization id depending on the table. */
export interface IdentifierRecord {
  ownerId: string;
  type: string;
  value: string;
  valueKey: string;
  externalSourceId: string | null;
  divisionId: string | null;
  dateCreated: string;
}

interface IdentifierRow {
  owner_id: string;
  type: string;
  value: string;
  value_key: string;
  external_source_id: string | null;
  division_id: string | null;
  date_created: string;
}

function toRecord(row: IdentifierRow): IdentifierRecord {
  return {
    ownerId: row.owner_id,
    type: row.type,
    value: row.value,
    valueKey: row.value_key,
    externalSourceId: row.external_source_id,
    divisionId: row.division_id,
    dateCreated: row.date_created,
  };
}

const TABLES = {
  contact: { table: 'contact_identifiers', owner: 'contact_id' },
  organization: { table: 'organization_identifiers', owner: 'organization_id' },
} as const;

export type IdentifierOwnerKind = keyof typeof TABLES;

/** Claims of one owner kind; UNIQUE(type, value_key) makes a claim exclusive. */
export function createIdentifiersRepo(db: SqliteDatabase, kind: IdentifierOwnerKind) {
  const { table, owner } = TABLES[kind];
  const columns = `${owner} AS owner_id, type, value, value_key, external_source_id, division_id,
    date_created`;
  const byKey = db.prepare(`SELECT ${columns} FROM ${table} WHERE type = ? AND value_key = ?`);
  const ofOwner = db.prepare(
    `SELECT ${columns} FROM ${table} WHERE ${owner} = ? ORDER BY date_created, type, value`,
  );
  const insert = db.prepare(`INSERT INTO ${table} (${owner}, type, value, value_key,
      external_source_id, division_id, date_created)
    VALUES (@ownerId, @type, @value, @valueKey, @externalSourceId, @divisionId, @dateCreated)`);
  const remove = db.prepare(`DELETE FROM ${table} WHERE type = ? AND value_key = ?`);
  const moveOwner = db.prepare(`UPDATE ${table} SET ${owner} = ? WHERE ${owner} = ?`);

  return {
    find(type: string, valueKey: string): IdentifierRecord | null {
      const row = byKey.get(type, valueKey) as IdentifierRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
    ofOwner(ownerId: string): IdentifierRecord[] {
      return (ofOwner.all(ownerId) as IdentifierRow[]).map(toRecord);
    },
    insert(record: IdentifierRecord): void {
      insert.run(record);
    },
    remove(type: string, valueKey: string): void {
      remove.run(type, valueKey);
    },
    /** Merges hand every claim of the inputs to the resulting contact. */
    moveOwner(fromOwnerId: string, toOwnerId: string): void {
      moveOwner.run(toOwnerId, fromOwnerId);
    },
  };
}

export type IdentifiersRepo = ReturnType<typeof createIdentifiersRepo>;
