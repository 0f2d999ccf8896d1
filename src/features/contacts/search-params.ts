// zod/mini: the list is a first screen; the classic build of zod stays behind the edit forms.
import { z } from 'zod/mini';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** The fields GET /externalcontacts/contacts can sort by. */
export const SORT_FIELDS = ['firstName', 'lastName', 'middleName', 'title'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export type SortOrder = `${SortField}:${SortDirection}`;

const SORT_ORDERS = SORT_FIELDS.flatMap((field) => [`${field}:asc`, `${field}:desc`]) as [
  SortOrder,
  ...SortOrder[],
];

/** Genesys only lets a search reach its first 1,000 records (pageNumber × pageSize ≤ 1000). */
export const SEARCH_WINDOW = 1000;
export const MAX_DIVISION_IDS = 50;

/**
 * The list's URL state. A hand-edited or stale link never breaks the page: each bad value falls
 * back on its own (z.catch) and the rest of the link still applies.
 */
export const contactSearchSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(500))), undefined),
  // _default makes the key optional for links (input type); catch replaces a bad value.
  pageNumber: z._default(z.catch(z.int().check(z.minimum(1)), 1), 1),
  pageSize: z._default(z.catch(z.literal(PAGE_SIZES), DEFAULT_PAGE_SIZE), DEFAULT_PAGE_SIZE),
  sortOrder: z.catch(z.optional(z.enum(SORT_ORDERS)), undefined),
  divisionIds: z.catch(
    z.optional(z.array(z.string()).check(z.maxLength(MAX_DIVISION_IDS))),
    undefined,
  ),
});

export type ContactSearch = z.output<typeof contactSearchSchema>;

export function parseSortOrder(
  sortOrder: SortOrder | undefined,
): { field: SortField; direction: SortDirection } | null {
  if (!sortOrder) return null;
  const [field, direction] = sortOrder.split(':') as [SortField, SortDirection];
  return { field, direction };
}

/** Clicking a sorted column flips it; clicking another column sorts it ascending. */
export function nextSortOrder(current: SortOrder | undefined, field: SortField): SortOrder {
  const parsed = parseSortOrder(current);
  if (parsed?.field === field && parsed.direction === 'asc') return `${field}:desc`;
  return `${field}:asc`;
}

/** The last page number the API will answer for this page size. */
export function lastReachablePage(pageSize: number, pageCount: number | undefined): number {
  const windowPages = Math.max(1, Math.floor(SEARCH_WINDOW / pageSize));
  return Math.max(1, Math.min(windowPages, pageCount ?? windowPages));
}
