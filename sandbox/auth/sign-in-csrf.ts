import { timingSafeEqual } from 'node:crypto';
import { readCookie } from './login-sessions.ts';
import { randomCredential } from './secrets.ts';

export const CSRF_COOKIE = 'sandbox_csrf';
export const CSRF_FIELD = 'csrf_token';

const CREDENTIAL = /^[A-Za-z0-9_-]{43}$/;

/**
 * Login CSRF protection for the sign-in form (double-submit cookie): the page carries a random
 * token in a hidden field and the same value in a cookie only this origin can set. A page on
 * another site can post the form's fields, but cannot read or set the cookie, and SameSite=Lax
 * keeps the browser from sending it with a cross-site POST, so such a post is refused and nobody
 * is signed in to the sandbox as a user an attacker chose.
 *
 * The cookie is reused while it lasts, so two tabs on the sign-in page do not undo each other.
 */
export function csrfTokenFor(cookieHeader: string | undefined): {
  token: string;
  setCookie: string | null;
} {
  const existing = readCookie(cookieHeader, CSRF_COOKIE);
  if (existing !== undefined && CREDENTIAL.test(existing)) {
    return { token: existing, setCookie: null };
  }
  const token = randomCredential();
  return {
    token,
    setCookie: `${CSRF_COOKIE}=${token}; Path=/oauth/authorize; HttpOnly; SameSite=Lax`,
  };
}

/** True when the posted field and the cookie are present and equal (compared in constant time). */
export function csrfTokenMatches(
  cookieHeader: string | undefined,
  posted: string | undefined,
): boolean {
  const cookie = readCookie(cookieHeader, CSRF_COOKIE);
  if (cookie === undefined || posted === undefined || !CREDENTIAL.test(cookie)) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(posted);
  return a.length === b.length && timingSafeEqual(a, b);
}
