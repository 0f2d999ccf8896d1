import type { SqliteDatabase } from './connection.ts';

export interface TokenRow {
  tokenHash: string;
  clientId: string;
  userId: string | null;
  sessionIdHash: string | null;
  createdAt: number;
  expiresAt: number;
}

interface StoredTokenRow {
  token_hash: string;
  client_id: string;
  user_id: string | null;
  session_id_hash: string | null;
  created_at: number;
  expires_at: number;
}

export function createTokensRepo(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO tokens (token_hash, client_id, user_id, session_id_hash, created_at, expires_at)
     VALUES (@tokenHash, @clientId, @userId, @sessionIdHash, @createdAt, @expiresAt)`,
  );
  const byHash = db.prepare(
    `SELECT token_hash, client_id, user_id, session_id_hash, created_at, expires_at
     FROM tokens WHERE token_hash = ?`,
  );
  const deleteByHash = db.prepare('DELETE FROM tokens WHERE token_hash = ?');
  const deleteExpiredBefore = db.prepare('DELETE FROM tokens WHERE expires_at < ?');

  return {
    insert(row: TokenRow): void {
      insert.run(row);
    },

    find(tokenHash: string): TokenRow | null {
      const row = byHash.get(tokenHash) as StoredTokenRow | undefined;
      if (row === undefined) return null;
      return {
        tokenHash: row.token_hash,
        clientId: row.client_id,
        userId: row.user_id,
        sessionIdHash: row.session_id_hash,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    },

    delete(tokenHash: string): void {
      deleteByHash.run(tokenHash);
    },

    /** Returns how many tokens were dropped. */
    deleteExpiredBefore(time: number): number {
      return deleteExpiredBefore.run(time).changes;
    },
  };
}

export type TokensRepo = ReturnType<typeof createTokensRepo>;
