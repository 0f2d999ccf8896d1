import type { SqliteDatabase } from './connection.ts';

/** Rows of the relationships table; the division is the organization's. */
export interface RelationshipRecord {
  id: string;
  organizationId: string;
  userId: string;
  relationship: string;
  createDate: string;
  modifyDate: string;
}

export interface RelationshipRow extends RelationshipRecord {
  divisionId: string;
}

export type RelationshipSortField = 'createDate' | 'relationship';

interface SqlRow {
  id: string;
  organization_id: string;
  user_id: string;
  relationship: string;
  create_date: string;
  modify_date: string;
  division_id: string;
}

const SELECT = `SELECT r.id, r.organization_id, r.user_id, r.relationship, r.create_date,
    r.modify_date, o.division_id
  FROM relationships r JOIN organizations o ON o.id = r.organization_id`;

const SORT_COLUMNS: Record<RelationshipSortField, string> = {
  createDate: 'r.create_date',
  relationship: 'r.relationship',
};

function toRow(row: SqlRow): RelationshipRow {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    relationship: row.relationship,
    createDate: row.create_date,
    modifyDate: row.modify_date,
    divisionId: row.division_id,
  };
}

function params(record: RelationshipRecord) {
  return {
    id: record.id,
    organization_id: record.organizationId,
    user_id: record.userId,
    relationship: record.relationship,
    create_date: record.createDate,
    modify_date: record.modifyDate,
  };
}

export function createRelationshipsRepo(db: SqliteDatabase) {
  const byId = db.prepare(`${SELECT} WHERE r.id = ?`);
  const insert = db.prepare(`INSERT INTO relationships (id, organization_id, user_id,
      relationship, create_date, modify_date)
    VALUES (@id, @organization_id, @user_id, @relationship, @create_date, @modify_date)`);
  const update = db.prepare(`UPDATE relationships SET organization_id = @organization_id,
      user_id = @user_id, relationship = @relationship, modify_date = @modify_date
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM relationships WHERE id = ?');
  const count = db.prepare('SELECT COUNT(*) AS total FROM relationships WHERE organization_id = ?');
  const scanPage = db.prepare(`${SELECT}
    WHERE r.id > @after AND (@division IS NULL OR o.division_id = @division)
    ORDER BY r.id LIMIT @limit`);
  const pages = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  for (const [field, column] of Object.entries(SORT_COLUMNS)) {
    for (const direction of ['ASC', 'DESC']) {
      pages.set(
        `${field}|${direction}`,
        db.prepare(`${SELECT} WHERE r.organization_id = @organization
          ORDER BY ${column} ${direction}, r.rowid ${direction} LIMIT @limit OFFSET @offset`),
      );
    }
  }

  return {
    find(id: string): RelationshipRow | null {
      const row = byId.get(id) as SqlRow | undefined;
      return row === undefined ? null : toRow(row);
    },
    insert(record: RelationshipRecord): void {
      insert.run(params(record));
    },
    update(record: RelationshipRecord): void {
      update.run(params(record));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    page(query: {
      organizationId: string;
      sort: RelationshipSortField;
      descending: boolean;
      offset: number;
      limit: number;
    }): { rows: RelationshipRow[]; total: number } {
      const { total } = count.get(query.organizationId) as { total: number };
      const statement = pages.get(`${query.sort}|${query.descending ? 'DESC' : 'ASC'}`);
      if (statement === undefined || total === 0 || query.offset >= total)
        return { rows: [], total };
      const rows = statement.all({
        organization: query.organizationId,
        limit: query.limit,
        offset: query.offset,
      }) as SqlRow[];
      return { rows: rows.map(toRow), total };
    },
    scan(after: string, divisionId: string | null, limit: number): RelationshipRow[] {
      const rows = scanPage.all({ after, division: divisionId, limit }) as SqlRow[];
      return rows.map(toRow);
    },
  };
}

export type RelationshipsRepo = ReturnType<typeof createRelationshipsRepo>;
