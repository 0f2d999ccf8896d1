// zod/mini: the lists are first screens; the classic build of zod stays behind the edit forms.
import * as z from 'zod/mini';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Genesys only lets a search reach its first 1,000 records (pageNumber × pageSize ≤ 1000). */
export const SEARCH_WINDOW = 1000;
export const MAX_DIVISION_IDS = 50;

export type SortDirection = 'asc' | 'desc';

/** What a list request depends on, normalised so equal searches share a query key. */
export interface RecordListParams {
  q: string | undefined;
  pageNumber: number;
  pageSize: number;
  sortOrder: string | undefined;
  divisionIds?: string[] | undefined;
}

const sortOrders = <Field extends string>(fields: readonly Field[]) =>
  fields.flatMap((field) => [`${field}:asc`, `${field}:desc`]) as [
    `${Field}:${SortDirection}`,
    ...`${Field}:${SortDirection}`[],
  ];

/**
 * A list's URL state for an entity that sorts by `sortFields`. A hand-edited or stale link never
 * breaks the page: each bad value falls back on its own (z.catch), the rest still applies.
 */
export function recordSearchSchema<Field extends string>(sortFields: readonly Field[]) {
  return z.object({
    q: z.catch(z.optional(z.string().check(z.maxLength(500))), undefined),
    // _default makes the key optional for links (input type); catch replaces a bad value.
    pageNumber: z._default(z.catch(z.int().check(z.minimum(1)), 1), 1),
    pageSize: z._default(z.catch(z.literal(PAGE_SIZES), DEFAULT_PAGE_SIZE), DEFAULT_PAGE_SIZE),
    sortOrder: z.catch(z.optional(z.enum(sortOrders(sortFields))), undefined),
    divisionIds: z.catch(
      z.optional(z.array(z.string()).check(z.maxLength(MAX_DIVISION_IDS))),
      undefined,
    ),
  });
}

export interface RecordSearch {
  q?: string | undefined;
  pageNumber: number;
  pageSize: number;
  sortOrder?: string | undefined;
  divisionIds?: string[] | undefined;
}

export function toListParams(search: RecordSearch): RecordListParams {
  const q = search.q?.trim();
  return {
    q: q ? q : undefined,
    // Past the 1,000-record window the API answers 400: stop at the last page it will serve.
    pageNumber: Math.min(
      search.pageNumber,
      Math.max(1, Math.floor(SEARCH_WINDOW / search.pageSize)),
    ),
    pageSize: search.pageSize,
    sortOrder: search.sortOrder,
    divisionIds: search.divisionIds?.length ? [...search.divisionIds].sort() : undefined,
  };
}

export function parseSortOrder(
  sortOrder: string | undefined,
): { field: string; direction: SortDirection } | null {
  if (!sortOrder) return null;
  const [field, direction] = sortOrder.split(':');
  if (!field || (direction !== 'asc' && direction !== 'desc')) return null;
  return { field, direction };
}

/** Clicking a sorted column flips it; clicking another column sorts it ascending. */
export function nextSortOrder(current: string | undefined, field: string): string {
  const parsed = parseSortOrder(current);
  if (parsed?.field === field && parsed.direction === 'asc') return `${field}:desc`;
  return `${field}:asc`;
}

/** The last page number the API will answer for this page size. */
export function lastReachablePage(pageSize: number, pageCount: number | undefined): number {
  const windowPages = Math.max(1, Math.floor(SEARCH_WINDOW / pageSize));
  return Math.max(1, Math.min(windowPages, pageCount ?? windowPages));
}
