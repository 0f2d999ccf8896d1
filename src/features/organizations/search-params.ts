// zod/mini: the list is a first screen; the classic build of zod stays behind the edit forms.
import { z } from 'zod/mini';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  SORT_FIELDS as CONTACT_SORT_FIELDS,
} from '@/features/contacts/search-params';

/** The fields GET /externalcontacts/organizations can sort by (endpoints.md). */
export const ORGANIZATION_SORT_FIELDS = ['name', 'companyType', 'industry'] as const;
export type OrganizationSortField = (typeof ORGANIZATION_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

const sortOrders = <Field extends string>(fields: readonly Field[]) =>
  fields.flatMap((field) => [`${field}:asc`, `${field}:desc`]) as [
    `${Field}:${SortDirection}`,
    ...`${Field}:${SortDirection}`[],
  ];

export type OrganizationSortOrder = `${OrganizationSortField}:${SortDirection}`;

/** Shared by both lists: each bad value falls back on its own, the rest of the link applies. */
const pagingShape = {
  q: z.catch(z.optional(z.string().check(z.maxLength(500))), undefined),
  pageNumber: z._default(z.catch(z.int().check(z.minimum(1)), 1), 1),
  pageSize: z._default(z.catch(z.literal(PAGE_SIZES), DEFAULT_PAGE_SIZE), DEFAULT_PAGE_SIZE),
};

export const organizationSearchSchema = z.object({
  ...pagingShape,
  sortOrder: z.catch(z.optional(z.enum(sortOrders(ORGANIZATION_SORT_FIELDS))), undefined),
});
export type OrganizationSearch = z.output<typeof organizationSearchSchema>;

/** The Contacts tab: GET …/organizations/{id}/contacts sorts by the contact search's fields. */
export const organizationContactsSearchSchema = z.object({
  ...pagingShape,
  sortOrder: z.catch(z.optional(z.enum(sortOrders(CONTACT_SORT_FIELDS))), undefined),
});
export type OrganizationContactsSearch = z.output<typeof organizationContactsSearchSchema>;

/** Clicking a sorted column flips it; clicking another column sorts it ascending. */
export function nextSort<Field extends string>(
  current: string | undefined,
  field: Field,
): `${Field}:${SortDirection}` {
  return current === `${field}:asc` ? `${field}:desc` : `${field}:asc`;
}

/** The direction a column is sorted in, for aria-sort and the indicator. */
export function sortDirectionOf(current: string | undefined, field: string): SortDirection | null {
  if (current === `${field}:asc`) return 'asc';
  if (current === `${field}:desc`) return 'desc';
  return null;
}
