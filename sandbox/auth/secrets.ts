import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Opaque, unguessable credentials (tokens, session ids): 256 bits, URL-safe. */
export function randomCredential(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a credential. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares hashes in constant time so response timing says nothing about a guessed secret. */
export function secretMatches(candidate: string, expectedHash: string): boolean {
  const candidateHash = Buffer.from(sha256Hex(candidate), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return candidateHash.length === expected.length && timingSafeEqual(candidateHash, expected);
}
