import type { SqliteDatabase } from './connection.ts';

/** Rows of the contacts table as the domain sees them (the document parsed, no SQL names). */
export type ContactType = 'Ephemeral' | 'Identified' | 'Curated';

export interface ContactRecord {
  id: string;
  divisionId: string;
  type: ContactType;
  organizationId: string | null;
  canonicalId: string | null;
  mergedInto: string | null;
  mergedFrom: string[] | null;
  mergeSet: string[] | null;
  createDate: string;
  modifyDate: string;
  /** The client-writable fields after normalisation (no server-managed fields). */
  doc: Record<string, unknown>;
}

export interface ContactWrite extends ContactRecord {
  searchText: string;
}

export type ContactSortField = 'firstName' | 'lastName' | 'middleName' | 'title';

export interface ContactSearch {
  /** An FTS5 MATCH expression, or null for "all contacts". */
  match: string | null;
  divisionIds: readonly string[];
  organizationId: string | null;
  sort: ContactSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

export type LookupKind = 'email' | 'phone' | 'twitter';

interface ContactRow {
  id: string;
  division_id: string;
  type: ContactType;
  organization_id: string | null;
  canonical_id: string | null;
  merged_into: string | null;
  merged_from: string | null;
  merge_set: string | null;
  create_date: string;
  modify_date: string;
  doc: string;
}

const COLUMNS = `c.id, c.division_id, c.type, c.organization_id, c.canonical_id, c.merged_into,
  c.merged_from, c.merge_set, c.create_date, c.modify_date, c.doc`;

const SORT_COLUMNS: Record<ContactSortField, readonly string[]> = {
  lastName: ['c.last_name', 'c.first_name'],
  firstName: ['c.first_name', 'c.last_name'],
  middleName: ['c.middle_name', 'c.last_name'],
  title: ['c.title', 'c.last_name'],
};

function idList(json: string | null): string[] | null {
  if (json === null) return null;
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
}

function toRecord(row: ContactRow): ContactRecord {
  const doc: unknown = JSON.parse(row.doc);
  return {
    id: row.id,
    divisionId: row.division_id,
    type: row.type,
    organizationId: row.organization_id,
    canonicalId: row.canonical_id,
    mergedInto: row.merged_into,
    mergedFrom: idList(row.merged_from),
    mergeSet: idList(row.merge_set),
    createDate: row.create_date,
    modifyDate: row.modify_date,
    doc: typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {},
  };
}

function sortText(doc: Record<string, unknown>, key: string): string {
  const value = doc[key];
  return typeof value === 'string' ? value : '';
}

function writeParams(contact: ContactWrite) {
  return {
    id: contact.id,
    division_id: contact.divisionId,
    type: contact.type,
    first_name: sortText(contact.doc, 'firstName'),
    middle_name: sortText(contact.doc, 'middleName'),
    last_name: sortText(contact.doc, 'lastName'),
    title: sortText(contact.doc, 'title'),
    organization_id: contact.organizationId,
    schema_id: schemaIdOf(contact.doc),
    canonical_id: contact.canonicalId,
    merged_into: contact.mergedInto,
    merged_from: contact.mergedFrom === null ? null : JSON.stringify(contact.mergedFrom),
    merge_set: contact.mergeSet === null ? null : JSON.stringify(contact.mergeSet),
    create_date: contact.createDate,
    modify_date: contact.modifyDate,
    search_text: contact.searchText,
    doc: JSON.stringify(contact.doc),
  };
}

function schemaIdOf(doc: Record<string, unknown>): string | null {
  const schema = doc.schema;
  if (typeof schema !== 'object' || schema === null || !('id' in schema)) return null;
  return typeof schema.id === 'string' ? schema.id : null;
}

export function createContactsRepo(db: SqliteDatabase) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM contacts c WHERE c.id = ?`);
  const insert = db.prepare(`INSERT INTO contacts (id, division_id, type, first_name, middle_name,
      last_name, title, organization_id, schema_id, canonical_id, merged_into, merged_from,
      merge_set, create_date, modify_date, search_text, doc)
    VALUES (@id, @division_id, @type, @first_name, @middle_name, @last_name, @title,
      @organization_id, @schema_id, @canonical_id, @merged_into, @merged_from, @merge_set,
      @create_date, @modify_date, @search_text, @doc)`);
  const update = db.prepare(`UPDATE contacts SET division_id = @division_id, type = @type,
      first_name = @first_name, middle_name = @middle_name, last_name = @last_name,
      title = @title, organization_id = @organization_id, schema_id = @schema_id,
      canonical_id = @canonical_id, merged_into = @merged_into, merged_from = @merged_from,
      merge_set = @merge_set, create_date = @create_date, modify_date = @modify_date,
      search_text = @search_text, doc = @doc
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM contacts WHERE id = ?');
  const idsOfOrganization = db.prepare('SELECT id FROM contacts WHERE organization_id = ?');
  const scanPage = db.prepare(`SELECT ${COLUMNS} FROM contacts c
    WHERE c.id > @after AND c.merged_into IS NULL AND (@division IS NULL OR c.division_id = @division)
    ORDER BY c.id LIMIT @limit`);
  const deleteKeys = db.prepare('DELETE FROM contact_lookup_keys WHERE contact_id = ?');
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO contact_lookup_keys (contact_id, kind, lookup_key) VALUES (?, ?, ?)',
  );
  const byKey = db.prepare(`SELECT ${COLUMNS} FROM contact_lookup_keys k
      JOIN contacts c ON c.id = k.contact_id
    WHERE k.kind = @kind AND k.lookup_key = @key AND c.merged_into IS NULL
      AND (@division IS NULL OR c.division_id = @division)
    ORDER BY c.create_date, c.id LIMIT @limit`);

  const searchStatements = new Map<
    string,
    { page: ReturnType<SqliteDatabase['prepare']>; count: ReturnType<SqliteDatabase['prepare']> }
  >();
  function searchStatementsFor(search: ContactSearch) {
    const key = [
      search.match === null ? 'all' : 'fts',
      search.divisionIds.length > 0 ? 'div' : '',
      search.organizationId === null ? '' : 'org',
      search.sort,
      search.descending ? 'desc' : 'asc',
    ].join('|');
    const cached = searchStatements.get(key);
    if (cached !== undefined) return cached;
    const from =
      search.match === null
        ? 'FROM contacts c'
        : 'FROM contacts_fts f JOIN contacts c ON c.rowid = f.rowid';
    const where = ['c.merged_into IS NULL'];
    if (search.match !== null) where.push('contacts_fts MATCH @match');
    if (search.divisionIds.length > 0) {
      where.push('c.division_id IN (SELECT value FROM json_each(@divisions))');
    }
    if (search.organizationId !== null) where.push('c.organization_id = @organization');
    const direction = search.descending ? 'DESC' : 'ASC';
    // Missing values last in both directions; the expressions match the migration's indexes.
    const [first = 'c.last_name'] = SORT_COLUMNS[search.sort];
    const emptyLast = search.descending ? `(${first} <> '') DESC` : `(${first} = '') ASC`;
    const order = [
      emptyLast,
      ...[...SORT_COLUMNS[search.sort], 'c.id'].map((column) => `${column} ${direction}`),
    ];
    const base = `${from} WHERE ${where.join(' AND ')}`;
    const statements = {
      page: db.prepare(
        `SELECT ${COLUMNS} ${base} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
      ),
      // A plain text search counts from the index alone: merged-away contacts keep an empty
      // search_text (merge-service.ts), so every indexed match is a live contact, and the count
      // skips joining thousands of rows for a common prefix.
      count: db.prepare(
        search.match !== null && search.divisionIds.length === 0 && search.organizationId === null
          ? 'SELECT COUNT(*) AS total FROM contacts_fts WHERE contacts_fts MATCH @match'
          : `SELECT COUNT(*) AS total ${base}`,
      ),
    };
    searchStatements.set(key, statements);
    return statements;
  }

  return {
    find(id: string): ContactRecord | null {
      const row = byId.get(id) as ContactRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
    insert(contact: ContactWrite): void {
      insert.run(writeParams(contact));
    },
    update(contact: ContactWrite): void {
      update.run(writeParams(contact));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    idsOfOrganization(organizationId: string): string[] {
      return (idsOfOrganization.all(organizationId) as { id: string }[]).map((row) => row.id);
    },
    search(search: ContactSearch): { rows: ContactRecord[]; total: number } {
      const statements = searchStatementsFor(search);
      const params: Record<string, unknown> = {};
      if (search.match !== null) params.match = search.match;
      if (search.divisionIds.length > 0) params.divisions = JSON.stringify(search.divisionIds);
      if (search.organizationId !== null) params.organization = search.organizationId;
      const { total } = statements.count.get(params) as { total: number };
      const rows =
        total === 0 || search.offset >= total
          ? []
          : (statements.page.all({
              ...params,
              limit: search.limit,
              offset: search.offset,
            }) as ContactRow[]);
      return { rows: rows.map(toRecord), total };
    },
    /** Active (not merged-away) contacts in id order, after the given id. */
    scan(after: string, divisionId: string | null, limit: number): ContactRecord[] {
      const rows = scanPage.all({ after, division: divisionId, limit }) as ContactRow[];
      return rows.map(toRecord);
    },
    replaceLookupKeys(contactId: string, keys: readonly { kind: LookupKind; key: string }[]): void {
      deleteKeys.run(contactId);
      for (const { kind, key } of keys) insertKey.run(contactId, kind, key);
    },
    /** Oldest first: identity resolution prefers the earliest-created holder of an address. */
    findByLookupKey(kind: LookupKind, key: string, divisionId: string | null, limit: number) {
      const rows = byKey.all({ kind, key, division: divisionId, limit }) as ContactRow[];
      return rows.map(toRecord);
    },
  };
}

export type ContactsRepo = ReturnType<typeof createContactsRepo>;
