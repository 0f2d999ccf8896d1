import type { SqliteDatabase } from './connection.ts';

export interface OrganizationRecord {
  id: string;
  divisionId: string;
  trustorId: string | null;
  trustorLinkedAt: string | null;
  createDate: string;
  modifyDate: string;
  /** The client-writable fields after normalisation (no server-managed fields). */
  doc: Record<string, unknown>;
}

export interface OrganizationWrite extends OrganizationRecord {
  searchText: string;
}

export type OrganizationSortField = 'name' | 'companyType' | 'industry';

export interface OrganizationSearch {
  match: string | null;
  divisionIds: readonly string[];
  sort: OrganizationSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

interface OrganizationRow {
  id: string;
  division_id: string;
  trustor_id: string | null;
  trustor_linked_at: string | null;
  create_date: string;
  modify_date: string;
  doc: string;
}

const COLUMNS = `o.id, o.division_id, o.trustor_id, o.trustor_linked_at, o.create_date,
  o.modify_date, o.doc`;

const SORT_COLUMNS: Record<OrganizationSortField, readonly string[]> = {
  name: ['o.name'],
  companyType: ['o.company_type', 'o.name'],
  industry: ['o.industry', 'o.name'],
};

function toRecord(row: OrganizationRow): OrganizationRecord {
  const doc: unknown = JSON.parse(row.doc);
  return {
    id: row.id,
    divisionId: row.division_id,
    trustorId: row.trustor_id,
    trustorLinkedAt: row.trustor_linked_at,
    createDate: row.create_date,
    modifyDate: row.modify_date,
    doc: typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {},
  };
}

function textOf(doc: Record<string, unknown>, key: string): string {
  const value = doc[key];
  return typeof value === 'string' ? value : '';
}

function writeParams(organization: OrganizationWrite) {
  const schema = organization.doc.schema;
  const schemaId =
    typeof schema === 'object' && schema !== null && 'id' in schema && typeof schema.id === 'string'
      ? schema.id
      : null;
  return {
    id: organization.id,
    division_id: organization.divisionId,
    name: textOf(organization.doc, 'name'),
    company_type: textOf(organization.doc, 'companyType'),
    industry: textOf(organization.doc, 'industry'),
    trustor_id: organization.trustorId,
    trustor_linked_at: organization.trustorLinkedAt,
    schema_id: schemaId,
    create_date: organization.createDate,
    modify_date: organization.modifyDate,
    search_text: organization.searchText,
    doc: JSON.stringify(organization.doc),
  };
}

export function createOrganizationsRepo(db: SqliteDatabase) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM organizations o WHERE o.id = ?`);
  const insert = db.prepare(`INSERT INTO organizations (id, division_id, name, company_type,
      industry, trustor_id, trustor_linked_at, schema_id, create_date, modify_date, search_text, doc)
    VALUES (@id, @division_id, @name, @company_type, @industry, @trustor_id, @trustor_linked_at,
      @schema_id, @create_date, @modify_date, @search_text, @doc)`);
  const update = db.prepare(`UPDATE organizations SET division_id = @division_id, name = @name,
      company_type = @company_type, industry = @industry, trustor_id = @trustor_id,
      trustor_linked_at = @trustor_linked_at, schema_id = @schema_id, create_date = @create_date,
      modify_date = @modify_date, search_text = @search_text, doc = @doc
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM organizations WHERE id = ?');
  const byTrustor = db.prepare(
    `SELECT ${COLUMNS} FROM organizations o WHERE o.trustor_id = ? ORDER BY o.name, o.id`,
  );
  const scanPage = db.prepare(`SELECT ${COLUMNS} FROM organizations o
    WHERE o.id > @after AND (@division IS NULL OR o.division_id = @division)
    ORDER BY o.id LIMIT @limit`);

  const searchStatements = new Map<
    string,
    { page: ReturnType<SqliteDatabase['prepare']>; count: ReturnType<SqliteDatabase['prepare']> }
  >();
  function statementsFor(search: OrganizationSearch) {
    const key = [
      search.match === null ? 'all' : 'fts',
      search.divisionIds.length > 0 ? 'div' : '',
      search.sort,
      search.descending ? 'desc' : 'asc',
    ].join('|');
    const cached = searchStatements.get(key);
    if (cached !== undefined) return cached;
    const from =
      search.match === null
        ? 'FROM organizations o'
        : 'FROM organizations_fts f JOIN organizations o ON o.rowid = f.rowid';
    const where = ['1 = 1'];
    if (search.match !== null) where.push('organizations_fts MATCH @match');
    if (search.divisionIds.length > 0) {
      where.push('o.division_id IN (SELECT value FROM json_each(@divisions))');
    }
    const direction = search.descending ? 'DESC' : 'ASC';
    const order = [...SORT_COLUMNS[search.sort], 'o.id'].map((column) => `${column} ${direction}`);
    const base = `${from} WHERE ${where.join(' AND ')}`;
    const statements = {
      page: db.prepare(
        `SELECT ${COLUMNS} ${base} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
      ),
      count: db.prepare(`SELECT COUNT(*) AS total ${base}`),
    };
    searchStatements.set(key, statements);
    return statements;
  }

  return {
    find(id: string): OrganizationRecord | null {
      const row = byId.get(id) as OrganizationRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
    insert(organization: OrganizationWrite): void {
      insert.run(writeParams(organization));
    },
    update(organization: OrganizationWrite): void {
      update.run(writeParams(organization));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    byTrustor(trustorId: string): OrganizationRecord[] {
      return (byTrustor.all(trustorId) as OrganizationRow[]).map(toRecord);
    },
    search(search: OrganizationSearch): { rows: OrganizationRecord[]; total: number } {
      const statements = statementsFor(search);
      const params: Record<string, unknown> = {};
      if (search.match !== null) params.match = search.match;
      if (search.divisionIds.length > 0) params.divisions = JSON.stringify(search.divisionIds);
      const { total } = statements.count.get(params) as { total: number };
      const rows =
        total === 0 || search.offset >= total
          ? []
          : (statements.page.all({
              ...params,
              limit: search.limit,
              offset: search.offset,
            }) as OrganizationRow[]);
      return { rows: rows.map(toRecord), total };
    },
    scan(after: string, divisionId: string | null, limit: number): OrganizationRecord[] {
      const rows = scanPage.all({ after, division: divisionId, limit }) as OrganizationRow[];
      return rows.map(toRecord);
    },
  };
}

export type OrganizationsRepo = ReturnType<typeof createOrganizationsRepo>;
