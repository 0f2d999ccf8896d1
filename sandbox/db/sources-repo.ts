import type { SqliteDatabase } from './connection.ts';

export interface ExternalSourceRecord {
  id: string;
  name: string;
  active: boolean;
  uriTemplate: string | null;
}

export interface ExternalSourceFilter {
  /** The last id of the previous page ('' for the first page). */
  after: string;
  namePrefix: string | null;
  active: boolean | null;
  limit: number;
}

interface SourceRow {
  id: string;
  name: string;
  active: number;
  uri_template: string | null;
}

const toRecord = (row: SourceRow): ExternalSourceRecord => ({
  id: row.id,
  name: row.name,
  active: row.active === 1,
  uriTemplate: row.uri_template,
});

const toRow = (record: ExternalSourceRecord): SourceRow => ({
  id: record.id,
  name: record.name,
  active: record.active ? 1 : 0,
  uri_template: record.uriTemplate,
});

export function createExternalSourcesRepo(db: SqliteDatabase) {
  const find = db.prepare<[string], SourceRow>('SELECT * FROM external_sources WHERE id = ?');
  // COLLATE NOCASE on the column makes this the same comparison the UNIQUE constraint uses.
  const findByName = db.prepare<[string], SourceRow>(
    'SELECT * FROM external_sources WHERE name = ?',
  );
  const insert = db.prepare<[SourceRow]>(`INSERT INTO external_sources (id, name, active,
    uri_template) VALUES (@id, @name, @active, @uri_template)`);
  const update = db.prepare<[SourceRow]>(`UPDATE external_sources SET name = @name,
    active = @active, uri_template = @uri_template WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM external_sources WHERE id = ?');
  // lower() on both sides keeps the prefix match free of LIKE wildcards in user input.
  const list = db.prepare<
    { after: string; prefix: string | null; active: number | null; limit: number },
    SourceRow
  >(`SELECT * FROM external_sources
    WHERE id > @after
      AND (@prefix IS NULL OR substr(lower(name), 1, length(@prefix)) = lower(@prefix))
      AND (@active IS NULL OR active = @active)
    ORDER BY id LIMIT @limit`);

  return {
    find(id: string): ExternalSourceRecord | null {
      const row = find.get(id);
      return row === undefined ? null : toRecord(row);
    },
    findByName(name: string): ExternalSourceRecord | null {
      const row = findByName.get(name);
      return row === undefined ? null : toRecord(row);
    },
    insert(record: ExternalSourceRecord): void {
      insert.run(toRow(record));
    },
    update(record: ExternalSourceRecord): void {
      update.run(toRow(record));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    list(filter: ExternalSourceFilter): ExternalSourceRecord[] {
      return list
        .all({
          after: filter.after,
          prefix: filter.namePrefix,
          active: filter.active === null ? null : filter.active ? 1 : 0,
          limit: filter.limit,
        })
        .map(toRecord);
    },
  };
}

export type ExternalSourcesRepo = ReturnType<typeof createExternalSourcesRepo>;
