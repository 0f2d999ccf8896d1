import { createHash } from 'node:crypto';
import { randomCredential, sha256Hex } from './secrets.ts';

/** How long a code can be exchanged: Genesys does not document it; 5 minutes is common practice. */
export const CODE_TTL_MS = 5 * 60 * 1000;

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  userId: string;
  sessionIdHash: string;
  codeChallenge: string;
  expiresAt: number;
  /** Set once exchanged; the hash of the token it gave, so a replay can revoke it. */
  redeemedTokenHash: string | null;
}

export type Redemption =
  | { kind: 'ok'; userId: string; sessionIdHash: string; record: (tokenHash: string) => void }
  | { kind: 'invalid_request'; description: string }
  | { kind: 'invalid_grant'; description: string; revokeTokenHash?: string };

/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/**
 * One-time authorization codes of the code grant with PKCE, in memory: a code lives a few minutes
 * (a restart forgetting them only means signing in again). Only their hash is kept as the key.
 */
export function createAuthorizationCodes(clock: () => number) {
  const codes = new Map<string, IssuedCode>();

  function purge(now: number): void {
    for (const [hash, code] of codes) if (code.expiresAt <= now) codes.delete(hash);
  }

  return {
    issue(grant: Omit<IssuedCode, 'expiresAt' | 'redeemedTokenHash'>): string {
      const now = clock();
      purge(now);
      const code = randomCredential();
      codes.set(sha256Hex(code), {
        ...grant,
        expiresAt: now + CODE_TTL_MS,
        redeemedTokenHash: null,
      });
      return code;
    },

    /**
     * RFC 6749 §4.1.3 and RFC 7636 §4.6. A code used a second time is refused and the token it gave
     * the first time is revoked (§4.1.2: it may have been stolen). A wrong verifier does not use the
     * code up: it proves nothing about the code's rightful holder.
     */
    redeem(request: {
      code: string;
      clientId: string;
      redirectUri: string | undefined;
      codeVerifier: string | undefined;
    }): Redemption {
      const now = clock();
      const hash = sha256Hex(request.code);
      const issued = codes.get(hash);
      if (issued === undefined || issued.expiresAt <= now) {
        codes.delete(hash);
        return {
          kind: 'invalid_grant',
          description: 'The authorization code is invalid or has expired.',
        };
      }
      if (issued.redeemedTokenHash !== null) {
        const revokeTokenHash = issued.redeemedTokenHash;
        codes.delete(hash);
        return {
          kind: 'invalid_grant',
          description:
            'The authorization code has already been used; the token issued for it is revoked.',
          revokeTokenHash,
        };
      }
      if (issued.clientId !== request.clientId) {
        return {
          kind: 'invalid_grant',
          description: 'The authorization code was issued to another client.',
        };
      }
      if (request.redirectUri !== issued.redirectUri) {
        return {
          kind: 'invalid_grant',
          description:
            'The redirect_uri differs from the one the authorization code was issued for.',
        };
      }
      if (request.codeVerifier === undefined || request.codeVerifier === '') {
        return { kind: 'invalid_request', description: 'The code_verifier parameter is missing.' };
      }
      if (!VERIFIER.test(request.codeVerifier)) {
        return {
          kind: 'invalid_request',
          description: 'The code_verifier must be 43 to 128 letters, digits, or - . _ ~.',
        };
      }
      if (s256(request.codeVerifier) !== issued.codeChallenge) {
        return {
          kind: 'invalid_grant',
          description:
            'The code_verifier does not match the code_challenge of the authorization request.',
        };
      }
      return {
        kind: 'ok',
        userId: issued.userId,
        sessionIdHash: issued.sessionIdHash,
        record: (tokenHash) => {
          issued.redeemedTokenHash = tokenHash;
        },
      };
    },
  };
}

export type AuthorizationCodes = ReturnType<typeof createAuthorizationCodes>;
