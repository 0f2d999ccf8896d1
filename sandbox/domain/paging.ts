import { invalidField } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';

export interface Paging {
  pageSize: number;
  pageNumber: number;
}

export interface PagingRules {
  defaultSize: number;
  maxSize: number;
  /** Genesys caps how deep page paging reaches (External Contacts: pageNumber × pageSize ≤ 1000). */
  maxWindow?: number;
}

/** Where the values come from: query strings give strings (or repeats), JSON bodies give numbers. */
export interface PagingInput {
  pageSize?: unknown;
  pageNumber?: unknown;
}

function readPositiveInteger(value: unknown, fieldName: string, fallback: number): number {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (first === undefined || first === null || first === '') return fallback;
  const number =
    typeof first === 'number'
      ? first
      : typeof first === 'string' && /^\d+$/.test(first)
        ? Number(first)
        : NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw invalidField(fieldName, `${fieldName} must be a whole number of at least 1.`);
  }
  return number;
}

/** One place for Genesys page-paging rules, shared by every listing route. */
export function parsePaging(input: PagingInput | QueryRecord, rules: PagingRules): Paging {
  const pageSize = readPositiveInteger(input.pageSize, 'pageSize', rules.defaultSize);
  const pageNumber = readPositiveInteger(input.pageNumber, 'pageNumber', 1);
  if (pageSize > rules.maxSize) {
    throw invalidField('pageSize', `pageSize must be at most ${rules.maxSize}.`);
  }
  if (rules.maxWindow !== undefined && pageSize * pageNumber > rules.maxWindow) {
    throw invalidField(
      'pageNumber',
      `pageNumber × pageSize must not exceed ${rules.maxWindow}: only the first ${rules.maxWindow} results can be paged through.`,
    );
  }
  return { pageSize, pageNumber };
}

export function pageOffset(paging: Paging): number {
  return (paging.pageNumber - 1) * paging.pageSize;
}

/** For listings assembled in memory. */
export function slicePage<T>(items: readonly T[], paging: Paging): T[] {
  const start = pageOffset(paging);
  return items.slice(start, start + paging.pageSize);
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.ceil(total / pageSize);
}

export interface PageListing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  lastUri: string;
  nextUri?: string;
  previousUri?: string;
}

/** Keeps the caller's other parameters (filters, expand…) so the page links reproduce the query. */
function pageUri(
  basePath: string,
  query: QueryRecord,
  pageSize: number,
  pageNumber: number,
): string {
  const params = new URLSearchParams();
  params.set('pageSize', String(pageSize));
  params.set('pageNumber', String(pageNumber));
  for (const [key, value] of Object.entries(query)) {
    if (key === 'pageSize' || key === 'pageNumber' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return `${basePath}?${params.toString()}`;
}

/** The Genesys page envelope: next/previous links only exist when there is such a page. */
export function pageListing<T>(
  entities: T[],
  total: number,
  paging: Paging,
  basePath: string,
  query: QueryRecord = {},
): PageListing<T> {
  const { pageSize, pageNumber } = paging;
  const pageCount = pageCountOf(total, pageSize);
  const uri = (number: number) => pageUri(basePath, query, pageSize, number);
  const listing: PageListing<T> = {
    entities,
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(pageCount, 1)),
  };
  if (pageNumber < pageCount) listing.nextUri = uri(pageNumber + 1);
  if (pageNumber > 1) listing.previousUri = uri(pageNumber - 1);
  return listing;
}
