import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqliteDatabase } from '../db/connection.ts';

/**
 * Presigned file URLs, the way S3 (which Genesys hands out for export downloads and CSV uploads)
 * signs them: the path and an expiry, HMAC-signed, so the URL itself is the credential and no
 * bearer token is needed. The key is random per running sandbox and never stored: a restart
 * invalidates old URLs, and reading the export again mints a fresh one (as Genesys does).
 */

export const SIGNED_FILES_PREFIX = '/sandbox-files';
/** How long a minted URL works. Undocumented by Genesys; S3 presigned URLs often last 15 min. */
export const SIGNED_URL_TTL_SECONDS = 15 * 60;

const keys = new WeakMap<SqliteDatabase, Buffer>();

function keyFor(db: SqliteDatabase): Buffer {
  let key = keys.get(db);
  if (key === undefined) {
    key = randomBytes(32);
    keys.set(db, key);
  }
  return key;
}

function signature(db: SqliteDatabase, method: string, path: string, expires: number): string {
  return createHmac('sha256', keyFor(db))
    .update(`${method}\n${path}\n${expires}`)
    .digest('base64url');
}

/** `origin` is where the caller reached the sandbox (scheme://host:port). */
export function signedUrl(
  db: SqliteDatabase,
  origin: string,
  method: 'GET' | 'PUT',
  path: string,
  nowMs: number,
): string {
  const expires = Math.floor(nowMs / 1000) + SIGNED_URL_TTL_SECONDS;
  const query = new URLSearchParams({
    expires: String(expires),
    signature: signature(db, method, path, expires),
  });
  return `${origin}${path}?${query.toString()}`;
}

export type SignatureCheck = 'valid' | 'expired' | 'invalid';

export function checkSignature(
  db: SqliteDatabase,
  method: 'GET' | 'PUT',
  path: string,
  expiresParam: string | undefined,
  signatureParam: string | undefined,
  nowMs: number,
): SignatureCheck {
  if (expiresParam === undefined || signatureParam === undefined) return 'invalid';
  if (!/^\d{1,12}$/.test(expiresParam)) return 'invalid';
  const expires = Number(expiresParam);
  const expected = Buffer.from(signature(db, method, path, expires));
  const given = Buffer.from(signatureParam);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return expires * 1000 < nowMs ? 'expired' : 'valid';
}
