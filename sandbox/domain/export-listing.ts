import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { singleParam } from '../http/query-params.ts';

/**
 * `after` + `pageSize` paging of export and import listings. The cursor is the base64url of the
 * creation sequence number of the last item, so pages stay stable while new items arrive.
 */

export interface PageSizeLimits {
  fallback: number;
  max: number;
}

export function parsePageSize(query: QueryRecord, limits: PageSizeLimits): number {
  const raw = singleParam(query, 'pageSize');
  if (raw === undefined || raw === '') return limits.fallback;
  const size = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(size) || size < 1 || size > limits.max) {
    throw invalidField('pageSize', `pageSize must be a whole number from 1 to ${limits.max}.`);
  }
  return size;
}

export function encodeSeqCursor(seq: number): string {
  return Buffer.from(String(seq), 'utf8').toString('base64url');
}

/** null for the first page; a 400 naming `after` for anything we did not hand out. */
export function decodeSeqCursor(query: QueryRecord): number | null {
  const raw = singleParam(query, 'after');
  if (raw === undefined || raw === '') return null;
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const seq = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(seq) || encodeSeqCursor(seq) !== raw) {
    throw invalidField(
      'after',
      'after is not a valid cursor: pass the one from the previous page.',
    );
  }
  return seq;
}

/** `path?query` with `after` replaced (or removed when undefined). */
export function pageUri(basePath: string, query: QueryRecord, after: string | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'after' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  if (after !== undefined) search.set('after', after);
  const text = search.toString();
  return text === '' ? basePath : `${basePath}?${text}`;
}

export interface SeqListing<T> {
  entities: T[];
  selfUri: string;
  nextUri?: string;
  cursors?: { after?: string };
}

/** `rows` holds up to limit + 1 items: the extra one only says another page exists. */
export function seqListing<Row extends { seq: number }, T>(
  rows: readonly Row[],
  limit: number,
  basePath: string,
  query: QueryRecord,
  view: (row: Row) => T,
  withCursors: boolean,
): SeqListing<T> {
  const page = rows.slice(0, limit);
  const listing: SeqListing<T> = {
    entities: page.map(view),
    selfUri: pageUri(basePath, query, singleParam(query, 'after')),
  };
  if (withCursors) listing.cursors = {};
  const last = page[page.length - 1];
  if (rows.length > limit && last !== undefined) {
    const after = encodeSeqCursor(last.seq);
    listing.nextUri = pageUri(basePath, query, after);
    if (listing.cursors !== undefined) listing.cursors.after = after;
  }
  return listing;
}
