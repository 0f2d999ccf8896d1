/**
 * A list's paging, sorting and filters as the API takes them, without zod: the early script
 * (src/app/early-requests.ts) builds the contacts list's first request from these before the
 * app's code (and zod) has loaded. The URL schema is in list-params.ts.
 */

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
