import * as z from 'zod/mini';

export const RELATIONSHIP_PAGE_SIZES = [10, 25, 50, 100] as const;
/** pageNumber × pageSize ≤ 1,000 on organization relationships. */
export const RELATIONSHIPS_WINDOW = 1000;
export const RELATIONSHIP_SORT_FIELDS = ['createDate', 'relationship'] as const;
export type RelationshipSortField = (typeof RELATIONSHIP_SORT_FIELDS)[number];
export const RELATIONSHIP_SORT_ORDERS = [
  'createDate:asc',
  'createDate:desc',
  'relationship:asc',
  'relationship:desc',
] as const;
export type RelationshipSortOrder = (typeof RELATIONSHIP_SORT_ORDERS)[number];

/** The relationships tab's URL state; each bad value falls back on its own. */
export const relationshipsSearchSchema = z.object({
  pageNumber: z._default(z.catch(z.int().check(z.minimum(1)), 1), 1),
  pageSize: z._default(z.catch(z.literal(RELATIONSHIP_PAGE_SIZES), 25), 25),
  sortOrder: z._default(
    z.catch(z.enum(RELATIONSHIP_SORT_ORDERS), 'createDate:asc'),
    'createDate:asc',
  ),
});

export type RelationshipsSearch = z.output<typeof relationshipsSearchSchema>;

export function lastRelationshipsPage(pageSize: number, pageCount: number | undefined): number {
  const windowPages = Math.max(1, Math.floor(RELATIONSHIPS_WINDOW / pageSize));
  return Math.max(1, Math.min(windowPages, pageCount ?? windowPages));
}

export function toRelationshipListParams(search: RelationshipsSearch): RelationshipsSearch {
  return {
    ...search,
    pageNumber: Math.min(search.pageNumber, lastRelationshipsPage(search.pageSize, undefined)),
  };
}

/** Clicking the sorted column flips it; another column sorts ascending. */
export function nextRelationshipSort(
  current: RelationshipSortOrder,
  field: RelationshipSortField,
): RelationshipSortOrder {
  return current === `${field}:asc` ? `${field}:desc` : `${field}:asc`;
}
