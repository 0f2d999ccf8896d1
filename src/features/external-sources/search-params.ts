import * as z from 'zod/mini';

export const SOURCE_ACTIVE_FILTERS = ['all', 'active', 'inactive'] as const;
export type SourceActiveFilter = (typeof SOURCE_ACTIVE_FILTERS)[number];

/**
 * The sources list's URL state; each bad value falls back on its own. `cursor` is the API's
 * cursors.after of the page before (cursor paging has no page numbers to put in a URL).
 */
export const sourcesSearchSchema = z.object({
  name: z._default(z.catch(z.string().check(z.maxLength(200)), ''), ''),
  active: z._default(z.catch(z.enum(SOURCE_ACTIVE_FILTERS), 'all'), 'all'),
  cursor: z.optional(z.catch(z.optional(z.string()), undefined)),
});

export type SourcesSearch = z.output<typeof sourcesSearchSchema>;
