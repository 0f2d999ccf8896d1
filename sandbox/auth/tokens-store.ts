import type { TokenRow, TokensRepo } from '../db/tokens-repo.ts';
import { randomCredential, sha256Hex } from './secrets.ts';

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

export interface IssueRequest {
  clientId: string;
  userId: string | null;
  sessionIdHash: string | null;
  ttlSeconds: number;
}

export type TokenLookup =
  { kind: 'valid'; token: TokenRow } | { kind: 'expired' } | { kind: 'unknown' };

/** Expired tokens are kept this long so callers get `credentials.expired`, not `bad.credentials`. */
const EXPIRED_TOKEN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Issues and resolves opaque bearer tokens. Only their sha256 reaches the database; the caller
 * sees the token once, in the redirect or the token response.
 */
export function createTokenStore(repo: TokensRepo, clock: () => number) {
  return {
    issue(request: IssueRequest): IssuedToken {
      const accessToken = randomCredential();
      const now = clock();
      repo.insert({
        tokenHash: sha256Hex(accessToken),
        clientId: request.clientId,
        userId: request.userId,
        sessionIdHash: request.sessionIdHash,
        createdAt: now,
        expiresAt: now + request.ttlSeconds * 1000,
      });
      return { accessToken, expiresIn: request.ttlSeconds };
    },

    resolve(accessToken: string): TokenLookup {
      const token = repo.find(sha256Hex(accessToken));
      if (token === null) return { kind: 'unknown' };
      if (token.expiresAt <= clock()) return { kind: 'expired' };
      return { kind: 'valid', token };
    },

    revoke(accessToken: string): void {
      repo.delete(sha256Hex(accessToken));
    },

    /** For a token known only by its hash (the one a replayed authorization code gave). */
    revokeHash(tokenHash: string): void {
      repo.delete(tokenHash);
    },

    purgeLongExpired(): number {
      return repo.deleteExpiredBefore(clock() - EXPIRED_TOKEN_RETENTION_MS);
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
