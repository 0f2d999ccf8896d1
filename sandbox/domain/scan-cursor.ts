import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { singleParam } from '../http/query-params.ts';

/**
 * Scan paging: the cursor is the base64url of the last id returned; scans walk ids in order, so
 * a cursor stays valid however long it is kept (Genesys documents 24 h; the sandbox is lenient).
 */
export const SCAN_LIMITS = { min: 10, max: 200, fallback: 100 };

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string {
  if (cursor === undefined || cursor === '') return '';
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id === '' || encodeCursor(id) !== cursor) {
    throw invalidField('cursor', 'cursor is not valid: pass cursors.after of the previous page.');
  }
  return id;
}

/** A `limit` query parameter within its listing's bounds, or the listing's default. */
export function parseLimitParam(
  query: QueryRecord,
  limits: { min: number; max: number; fallback: number },
): number {
  const raw = singleParam(query, 'limit');
  if (raw === undefined || raw === '') return limits.fallback;
  const limit = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(limit) || limit < limits.min || limit > limits.max) {
    throw invalidField(
      'limit',
      `limit must be a whole number from ${limits.min} to ${limits.max}.`,
    );
  }
  return limit;
}

export const parseScanLimit = (query: QueryRecord): number => parseLimitParam(query, SCAN_LIMITS);

export interface CursorListing<T> {
  entities: T[];
  cursors: { after?: string };
  nextUri?: string;
  selfUri: string;
}

/** The listing's URI at a cursor, keeping every other query parameter. */
export function cursorUri(
  basePath: string,
  query: QueryRecord,
  cursor: string | undefined,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'cursor' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  if (cursor !== undefined) search.set('cursor', cursor);
  const text = search.toString();
  return text === '' ? basePath : `${basePath}?${text}`;
}

/** `rows` holds up to limit + 1 items: the extra one only says another page exists. */
export function cursorListing<Row extends { id: string }, T>(
  rows: readonly Row[],
  limit: number,
  basePath: string,
  query: QueryRecord,
  view: (row: Row) => T,
): CursorListing<T> {
  const page = rows.slice(0, limit);
  const params = (cursor: string | undefined) => cursorUri(basePath, query, cursor);
  const listing: CursorListing<T> = {
    entities: page.map(view),
    cursors: {},
    selfUri: params(singleParam(query, 'cursor')),
  };
  const last = page[page.length - 1];
  if (rows.length > limit && last !== undefined) {
    const after = encodeCursor(last.id);
    listing.cursors.after = after;
    listing.nextUri = params(after);
  }
  return listing;
}
