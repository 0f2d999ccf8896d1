import type { SessionRow, SessionsRepo } from '../db/sessions-repo.ts';
import { randomCredential, sha256Hex } from './secrets.ts';

export const SESSION_COOKIE = 'sandbox_session';

/**
 * The sandbox's stand-in for the login host's own session: once a user picked an identity, a
 * later authorize request goes straight back with a token, like single sign-on on a real org.
 */
export function createLoginSessions(repo: SessionsRepo, clock: () => number) {
  return {
    /** Returns the raw session id for the cookie and the hash that tokens refer to. */
    start(userId: string): { sessionId: string; idHash: string } {
      const sessionId = randomCredential();
      const idHash = sha256Hex(sessionId);
      repo.insert({ idHash, userId, createdAt: clock() });
      return { sessionId, idHash };
    },

    find(sessionId: string): SessionRow | null {
      return repo.find(sha256Hex(sessionId));
    },

    /** Ends the session and, through the foreign key, every token issued under it. */
    end(sessionId: string): void {
      repo.delete(sha256Hex(sessionId));
    },
  };
}

export type LoginSessions = ReturnType<typeof createLoginSessions>;

/** Just enough of RFC 6265 to read our one cookie. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** No Secure flag: the sandbox serves plain http on loopback, where browsers would drop it. */
export function sessionCookie(sessionId: string): string {
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
