import type { SqliteDatabase } from './connection.ts';

export interface SessionRow {
  idHash: string;
  userId: string;
  createdAt: number;
}

export function createSessionsRepo(db: SqliteDatabase) {
  const insert = db.prepare(
    'INSERT INTO login_sessions (id_hash, user_id, created_at) VALUES (@idHash, @userId, @createdAt)',
  );
  const byHash = db.prepare(
    'SELECT id_hash AS idHash, user_id AS userId, created_at AS createdAt FROM login_sessions WHERE id_hash = ?',
  );
  // Tokens issued under the session go with it (ON DELETE CASCADE): that is what logout revokes.
  const deleteByHash = db.prepare('DELETE FROM login_sessions WHERE id_hash = ?');

  return {
    insert(row: SessionRow): void {
      insert.run(row);
    },

    find(idHash: string): SessionRow | null {
      return (byHash.get(idHash) as SessionRow | undefined) ?? null;
    },

    delete(idHash: string): void {
      deleteByHash.run(idHash);
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
