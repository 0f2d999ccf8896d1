import type { SqliteDatabase } from './connection.ts';

/**
 * One table of stored entities (contacts, organizations): each row is the entity's JSON document
 * plus the columns filtered or sorted on, and an external-content FTS5 index named
 * `<table>_fts` (contacts-migration.ts). What differs per entity is described by an
 * EntityTableSpec; the SQL is written once here.
 */

/** The fields every stored entity has, as the domain sees them. */
export interface StoredEntity {
  id: string;
  divisionId: string;
  createDate: string;
  modifyDate: string;
  /** The client-writable fields after normalisation (no server-managed fields). */
  doc: Record<string, unknown>;
}

/** The columns behind StoredEntity, as SQLite returns them. */
export interface StoredRow {
  id: string;
  division_id: string;
  create_date: string;
  modify_date: string;
  doc: string;
}

export interface EntityTableSpec<
  TRecord extends StoredEntity,
  TRow extends StoredRow,
  TSort extends string,
> {
  table: string;
  /** Alias of the table in every statement (sort columns and `live` are written with it). */
  alias: string;
  /** Columns of the entity's own server-managed fields, read back into the record. */
  ownColumns: readonly string[];
  /**
   * The document's text fields the API sorts by (from src/models). Each is copied into a column
   * of its name in snake_case, which the migrations create and index.
   */
  sortFields: readonly TSort[];
  /** Ties of a sort are broken by the first of these that is not the sort field itself. */
  tieBreak: readonly TSort[];
  /** The record from its row; `stored` holds the fields every entity has. */
  read(row: TRow, stored: StoredEntity): TRecord;
  /** Values of `ownColumns`. */
  write(record: TRecord): Record<string, unknown>;
  /** The condition for rows that search and scan see, or null for every row. */
  live: string | null;
  /** Rows without the sort value come last in both directions (needs the matching indexes). */
  missingLast: boolean;
}

export interface EntitySearch<TSort extends string> {
  /** An FTS5 MATCH expression, or null for "all". */
  match: string | null;
  divisionIds: readonly string[];
  /** Further column = value filters, e.g. a contact's organization. */
  equals: Readonly<Record<string, string>>;
  sort: TSort;
  descending: boolean;
  offset: number;
  limit: number;
}

type Statement = ReturnType<SqliteDatabase['prepare']>;

function textOf(doc: Record<string, unknown>, key: string): string {
  const value = doc[key];
  return typeof value === 'string' ? value : '';
}

function schemaIdOf(doc: Record<string, unknown>): string | null {
  const schema = doc.schema;
  if (typeof schema !== 'object' || schema === null || !('id' in schema)) return null;
  return typeof schema.id === 'string' ? schema.id : null;
}

function parseDocument(json: string): Record<string, unknown> {
  const doc: unknown = JSON.parse(json);
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
}

/** The column a document field is copied into: `lastName` → `last_name`. */
const columnOf = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export function createEntityTable<
  TRecord extends StoredEntity,
  TRow extends StoredRow,
  TSort extends string,
>(db: SqliteDatabase, spec: EntityTableSpec<TRecord, TRow, TSort>) {
  const { table, alias } = spec;
  const docColumns = spec.sortFields.map((key) => [columnOf(key), key] as const);
  const sortColumnsOf = (sort: TSort) => {
    const tie = spec.tieBreak.find((key) => key !== sort);
    return [sort, ...(tie === undefined ? [] : [tie])].map((key) => `${alias}.${columnOf(key)}`);
  };
  const readColumns = ['id', 'division_id', ...spec.ownColumns, 'create_date', 'modify_date'];
  const columns = [...readColumns, 'doc'].map((column) => `${alias}.${column}`).join(', ');
  const writeColumns = [
    ...readColumns,
    ...docColumns.map(([column]) => column),
    'schema_id',
    'search_text',
    'doc',
  ];
  const live = spec.live === null ? [] : [spec.live];

  const byId = db.prepare(`SELECT ${columns} FROM ${table} ${alias} WHERE ${alias}.id = ?`);
  const insert = db.prepare(
    `INSERT INTO ${table} (${writeColumns.join(', ')})
    VALUES (${writeColumns.map((column) => `@${column}`).join(', ')})`,
  );
  const update = db.prepare(
    `UPDATE ${table} SET ${writeColumns
      .filter((column) => column !== 'id')
      .map((column) => `${column} = @${column}`)
      .join(', ')}
    WHERE id = @id`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const scanPage = db.prepare(`SELECT ${columns} FROM ${table} ${alias}
    WHERE ${[`${alias}.id > @after`, ...live].join(' AND ')}
      AND (@division IS NULL OR ${alias}.division_id = @division)
    ORDER BY ${alias}.id LIMIT @limit`);

  function toRecord(row: TRow): TRecord {
    return spec.read(row, {
      id: row.id,
      divisionId: row.division_id,
      createDate: row.create_date,
      modifyDate: row.modify_date,
      doc: parseDocument(row.doc),
    });
  }

  function writeParams(record: TRecord & { searchText: string }): Record<string, unknown> {
    const params: Record<string, unknown> = {
      id: record.id,
      division_id: record.divisionId,
      ...spec.write(record),
      schema_id: schemaIdOf(record.doc),
      create_date: record.createDate,
      modify_date: record.modifyDate,
      search_text: record.searchText,
      doc: JSON.stringify(record.doc),
    };
    for (const [column, key] of docColumns) {
      params[column] = textOf(record.doc, key);
    }
    return params;
  }

  const searchStatements = new Map<string, { page: Statement; count: Statement }>();
  function searchStatementsFor(search: EntitySearch<TSort>) {
    const filters = Object.keys(search.equals).sort();
    const key = [
      search.match === null ? 'all' : 'fts',
      search.divisionIds.length > 0 ? 'div' : '',
      filters.join(','),
      search.sort,
      search.descending ? 'desc' : 'asc',
    ].join('|');
    const cached = searchStatements.get(key);
    if (cached !== undefined) return cached;
    const fts = `${table}_fts`;
    const from =
      search.match === null
        ? `FROM ${table} ${alias}`
        : `FROM ${fts} f JOIN ${table} ${alias} ON ${alias}.rowid = f.rowid`;
    const where = [...live];
    if (search.match !== null) where.push(`${fts} MATCH @match`);
    if (search.divisionIds.length > 0) {
      where.push(`${alias}.division_id IN (SELECT value FROM json_each(@divisions))`);
    }
    for (const column of filters) where.push(`${alias}.${column} = @${column}`);
    const direction = search.descending ? 'DESC' : 'ASC';
    const sortColumns = sortColumnsOf(search.sort);
    const order = [...sortColumns, `${alias}.id`].map((column) => `${column} ${direction}`);
    const [first] = sortColumns;
    if (spec.missingLast && first !== undefined) {
      // The expressions match the migration's indexes.
      order.unshift(search.descending ? `(${first} <> '') DESC` : `(${first} = '') ASC`);
    }
    const base = `${from} WHERE ${where.length > 0 ? where.join(' AND ') : '1 = 1'}`;
    const statements = {
      page: db.prepare(
        `SELECT ${columns} ${base} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
      ),
      // A plain text search counts from the index alone: every indexed match is a row search
      // sees (merged-away contacts keep an empty search_text, merge-service.ts), and the count
      // skips joining thousands of rows for a common prefix.
      count: db.prepare(
        search.match !== null && search.divisionIds.length === 0 && filters.length === 0
          ? `SELECT COUNT(*) AS total FROM ${fts} WHERE ${fts} MATCH @match`
          : `SELECT COUNT(*) AS total ${base}`,
      ),
    };
    searchStatements.set(key, statements);
    return statements;
  }

  function search(search: EntitySearch<TSort>): { rows: TRecord[]; total: number } {
    const statements = searchStatementsFor(search);
    const params: Record<string, unknown> = { ...search.equals };
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
          }) as TRow[]);
    return { rows: rows.map(toRecord), total };
  }

  return {
    /** The read columns, aliased, for the entity's own queries. */
    columns,
    toRecord,
    search,
    /** Reads and writes by id, and the scan: the same for every entity. */
    records: {
      find(id: string): TRecord | null {
        const row = byId.get(id) as TRow | undefined;
        return row === undefined ? null : toRecord(row);
      },
      insert(record: TRecord & { searchText: string }): void {
        insert.run(writeParams(record));
      },
      update(record: TRecord & { searchText: string }): void {
        update.run(writeParams(record));
      },
      remove(id: string): boolean {
        return remove.run(id).changes > 0;
      },
      /** Live rows in id order, after the given id. */
      scan(after: string, divisionId: string | null, limit: number): TRecord[] {
        const rows = scanPage.all({ after, division: divisionId, limit }) as TRow[];
        return rows.map(toRecord);
      },
    },
  };
}
