import type { ExportKind } from '../../src/models/export-request.ts';
import type { SqliteDatabase } from './connection.ts';

export type { ExportKind };
export type ExportStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface ExportRecord {
  seq: number;
  id: string;
  kind: ExportKind;
  divisionIds: string[];
  /** The validated `queryConditions` of the request, or null when none was sent. */
  queryConditions: unknown;
  createdBy: string | null;
  dateCreated: string;
  dateCompletion: string | null;
  status: ExportStatus;
  /** The last entity id read so far ('' before the first chunk). */
  scanAfter: string;
  rowCount: number;
  failure: string | null;
}

export type NewExport = Omit<ExportRecord, 'seq'>;

interface ExportRow {
  seq: number;
  id: string;
  kind: ExportKind;
  division_ids: string;
  query_conditions: string | null;
  created_by: string | null;
  date_created: string;
  date_completion: string | null;
  status: ExportStatus;
  scan_after: string;
  row_count: number;
  failure: string | null;
}

const toRecord = (row: ExportRow): ExportRecord => ({
  seq: row.seq,
  id: row.id,
  kind: row.kind,
  divisionIds: JSON.parse(row.division_ids) as string[],
  queryConditions:
    row.query_conditions === null ? null : (JSON.parse(row.query_conditions) as unknown),
  createdBy: row.created_by,
  dateCreated: row.date_created,
  dateCompletion: row.date_completion,
  status: row.status,
  scanAfter: row.scan_after,
  rowCount: row.row_count,
  failure: row.failure,
});

export interface ExportPageQuery {
  kind: ExportKind;
  /** Exports naming at least one of these divisions; empty = no filter. */
  divisionIds: readonly string[];
  /** Newest first: only exports created before this sequence number (null = from the newest). */
  beforeSeq: number | null;
  limit: number;
}

export function createExportsRepo(db: SqliteDatabase) {
  const insert = db.prepare(`INSERT INTO exports (id, kind, division_ids, query_conditions,
      created_by, date_created, status) VALUES (@id, @kind, @division_ids, @query_conditions,
      @created_by, @date_created, @status)`);
  const byId = db.prepare<[string, string], ExportRow>(
    'SELECT * FROM exports WHERE id = ? AND kind = ?',
  );
  const byIdAnyKind = db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE id = ?');
  const running = db.prepare<[], ExportRow>(
    "SELECT * FROM exports WHERE status = 'RUNNING' ORDER BY seq",
  );
  const page = db.prepare<
    { kind: string; divisions: string; any: number; before: number | null; limit: number },
    ExportRow
  >(`SELECT * FROM exports e
    WHERE e.kind = @kind AND (@before IS NULL OR e.seq < @before)
      AND (@any = 0 OR EXISTS (SELECT 1 FROM json_each(e.division_ids) d
        WHERE d.value IN (SELECT value FROM json_each(@divisions))))
    ORDER BY e.seq DESC LIMIT @limit`);
  const nextChunk = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(chunk) + 1, 0) AS next FROM export_chunks WHERE export_id = ?',
  );
  const insertChunk = db.prepare(
    'INSERT INTO export_chunks (export_id, chunk, rows) VALUES (?, ?, ?)',
  );
  const advance = db.prepare(
    'UPDATE exports SET scan_after = ?, row_count = row_count + ? WHERE id = ?',
  );
  const chunks = db.prepare<[string], { rows: string }>(
    'SELECT rows FROM export_chunks WHERE export_id = ? ORDER BY chunk',
  );
  const deleteChunks = db.prepare('DELETE FROM export_chunks WHERE export_id = ?');
  const insertFile = db.prepare('INSERT INTO export_files (export_id, content) VALUES (?, ?)');
  const finish = db.prepare(`UPDATE exports SET status = @status, date_completion = @date,
      failure = @failure WHERE id = @id`);
  const file = db.prepare<[string], { content: string }>(
    'SELECT content FROM export_files WHERE export_id = ?',
  );

  return {
    /** Returns the new export's sequence number. */
    insert(record: NewExport): number {
      const result = insert.run({
        id: record.id,
        kind: record.kind,
        division_ids: JSON.stringify(record.divisionIds),
        query_conditions:
          record.queryConditions === null ? null : JSON.stringify(record.queryConditions),
        created_by: record.createdBy,
        date_created: record.dateCreated,
        status: record.status,
      });
      return Number(result.lastInsertRowid);
    },
    find(kind: ExportKind, id: string): ExportRecord | null {
      const row = byId.get(id, kind);
      return row === undefined ? null : toRecord(row);
    },
    findAnyKind(id: string): ExportRecord | null {
      const row = byIdAnyKind.get(id);
      return row === undefined ? null : toRecord(row);
    },
    running(): ExportRecord[] {
      return running.all().map(toRecord);
    },
    page(query: ExportPageQuery): ExportRecord[] {
      return page
        .all({
          kind: query.kind,
          divisions: JSON.stringify(query.divisionIds),
          any: query.divisionIds.length > 0 ? 1 : 0,
          before: query.beforeSeq,
          limit: query.limit,
        })
        .map(toRecord);
    },
    /** One chunk of rows and the cursor that follows it, in one transaction (resumable). */
    appendChunk(id: string, rows: readonly Record<string, string>[], scanAfter: string): void {
      db.transaction(() => {
        if (rows.length > 0) {
          insertChunk.run(id, nextChunk.get(id)?.next ?? 0, JSON.stringify(rows));
        }
        advance.run(scanAfter, rows.length, id);
      })();
    },
    chunkRows(id: string): Record<string, string>[] {
      return chunks.all(id).flatMap((chunk) => JSON.parse(chunk.rows) as Record<string, string>[]);
    },
    succeed(id: string, content: string, date: string): void {
      db.transaction(() => {
        insertFile.run(id, content);
        deleteChunks.run(id);
        finish.run({ id, status: 'SUCCEEDED', date, failure: null });
      })();
    },
    fail(id: string, reason: string, date: string): void {
      db.transaction(() => {
        deleteChunks.run(id);
        finish.run({ id, status: 'FAILED', date, failure: reason });
      })();
    },
    file(id: string): string | null {
      return file.get(id)?.content ?? null;
    },
  };
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>;
