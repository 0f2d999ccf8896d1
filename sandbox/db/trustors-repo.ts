import type { SqliteDatabase } from './connection.ts';

/** One org that granted the demo org trust (see trustors-migration.ts). */
export interface TrustorRecord {
  id: string;
  name: string;
  thirdPartyOrgName: string;
  domain: string;
  enabled: boolean;
  dateCreated: string;
  /** The OrgUser of the trustor org who granted the trust, as stored. */
  createdBy: Record<string, unknown>;
}

interface TrustorRow {
  id: string;
  name: string;
  third_party_org_name: string;
  domain: string;
  enabled: number;
  date_created: string;
  created_by: string;
}

function toRecord(row: TrustorRow): TrustorRecord {
  const createdBy: unknown = JSON.parse(row.created_by);
  return {
    id: row.id,
    name: row.name,
    thirdPartyOrgName: row.third_party_org_name,
    domain: row.domain,
    enabled: row.enabled === 1,
    dateCreated: row.date_created,
    createdBy:
      typeof createdBy === 'object' && createdBy !== null
        ? (createdBy as Record<string, unknown>)
        : {},
  };
}

export function createTrustorsRepo(db: SqliteDatabase) {
  const byId = db.prepare<[string], TrustorRow>('SELECT * FROM trustors WHERE id = ?');
  // By name, then id: a stable order, so page N of a listing never repeats or skips a trustor.
  const page = db.prepare<[number, number], TrustorRow>(
    'SELECT * FROM trustors ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?',
  );
  const count = db.prepare<[], { total: number }>('SELECT count(*) AS total FROM trustors');
  return {
    find(id: string): TrustorRecord | null {
      const row = byId.get(id);
      return row === undefined ? null : toRecord(row);
    },
    list(offset: number, limit: number): { rows: TrustorRecord[]; total: number } {
      return {
        rows: page.all(limit, offset).map(toRecord),
        total: count.get()?.total ?? 0,
      };
    },
  };
}

export type TrustorsRepo = ReturnType<typeof createTrustorsRepo>;
