import type { SqliteDatabase } from './connection.ts';

/** Rows of the notes table; the division comes from the owning contact or organization. */
export type NoteEntityType = 'contact' | 'organization';

export interface NoteRecord {
  id: string;
  entityType: NoteEntityType;
  entityId: string;
  noteText: string;
  createdBy: string;
  createDate: string;
  modifyDate: string;
}

export interface NoteRow extends NoteRecord {
  divisionId: string;
}

interface SqlRow {
  id: string;
  contact_id: string | null;
  organization_id: string | null;
  division_id: string;
  note_text: string;
  created_by: string;
  create_date: string;
  modify_date: string;
}

export interface NotePageQuery {
  entityType: NoteEntityType;
  entityIds: readonly string[];
  descending: boolean;
  offset: number;
  limit: number;
}

const SELECT = `SELECT n.id, n.contact_id, n.organization_id, n.note_text, n.created_by,
    n.create_date, n.modify_date, COALESCE(c.division_id, o.division_id) AS division_id
  FROM notes n
    LEFT JOIN contacts c ON c.id = n.contact_id
    LEFT JOIN organizations o ON o.id = n.organization_id`;

function toRow(row: SqlRow): NoteRow {
  const entityType: NoteEntityType = row.contact_id === null ? 'organization' : 'contact';
  return {
    id: row.id,
    entityType,
    entityId: row.contact_id ?? row.organization_id ?? '',
    noteText: row.note_text,
    createdBy: row.created_by,
    createDate: row.create_date,
    modifyDate: row.modify_date,
    divisionId: row.division_id,
  };
}

function params(note: NoteRecord) {
  return {
    id: note.id,
    contact_id: note.entityType === 'contact' ? note.entityId : null,
    organization_id: note.entityType === 'organization' ? note.entityId : null,
    note_text: note.noteText,
    created_by: note.createdBy,
    create_date: note.createDate,
    modify_date: note.modifyDate,
  };
}

export function createNotesRepo(db: SqliteDatabase) {
  const byId = db.prepare(`${SELECT} WHERE n.id = ?`);
  const insert = db.prepare(`INSERT INTO notes (id, contact_id, organization_id, note_text,
      created_by, create_date, modify_date)
    VALUES (@id, @contact_id, @organization_id, @note_text, @created_by, @create_date, @modify_date)`);
  const update = db.prepare(`UPDATE notes SET note_text = @note_text, created_by = @created_by,
      modify_date = @modify_date WHERE id = @id`);
  const remove = db.prepare('DELETE FROM notes WHERE id = ?');
  const scanPage = db.prepare(`${SELECT}
    WHERE n.id > @after AND (@division IS NULL OR COALESCE(c.division_id, o.division_id) = @division)
    ORDER BY n.id LIMIT @limit`);

  // rowid breaks ties between notes written in the same millisecond: insertion order.
  const pages = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  const counts = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  for (const column of ['contact_id', 'organization_id']) {
    const where = `WHERE n.${column} IN (SELECT value FROM json_each(@ids))`;
    counts.set(column, db.prepare(`SELECT COUNT(*) AS total FROM notes n ${where}`));
    for (const direction of ['ASC', 'DESC']) {
      pages.set(
        `${column}|${direction}`,
        db.prepare(
          `${SELECT} ${where} ORDER BY n.create_date ${direction}, n.rowid ${direction}
           LIMIT @limit OFFSET @offset`,
        ),
      );
    }
  }

  return {
    find(id: string): NoteRow | null {
      const row = byId.get(id) as SqlRow | undefined;
      return row === undefined ? null : toRow(row);
    },
    insert(note: NoteRecord): void {
      insert.run(params(note));
    },
    update(note: NoteRecord): void {
      update.run(params(note));
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    page(query: NotePageQuery): { rows: NoteRow[]; total: number } {
      const column = query.entityType === 'contact' ? 'contact_id' : 'organization_id';
      const ids = JSON.stringify(query.entityIds);
      const { total } = counts.get(column)?.get({ ids }) as { total: number };
      const statement = pages.get(`${column}|${query.descending ? 'DESC' : 'ASC'}`);
      if (statement === undefined || total === 0 || query.offset >= total)
        return { rows: [], total };
      const rows = statement.all({ ids, limit: query.limit, offset: query.offset }) as SqlRow[];
      return { rows: rows.map(toRow), total };
    },
    /** All notes in id order after the given id (scan paging). */
    scan(after: string, divisionId: string | null, limit: number): NoteRow[] {
      const rows = scanPage.all({ after, division: divisionId, limit }) as SqlRow[];
      return rows.map(toRow);
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;
