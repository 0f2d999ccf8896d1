// zod/mini: the lists are first screens; the classic build of zod stays behind the edit forms.
import * as z from 'zod/mini';
import { DEFAULT_PAGE_SIZE, MAX_DIVISION_IDS, PAGE_SIZES, type SortDirection } from './list-query';

// Paging and sorting without zod (list-query.ts), for all that import them from here.
export * from './list-query';

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
