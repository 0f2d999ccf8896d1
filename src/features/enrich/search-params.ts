// zod/mini: the route validates its URL before the page loads. Nothing heavier may be imported
// here: route files are in the entry chunk.
import * as z from 'zod/mini';

/** What the Enrich page enriches. */
export const ENRICH_ENTITIES = ['contacts', 'organizations'] as const;
export type EnrichEntity = (typeof ENRICH_ENTITIES)[number];

/** One record typed into the form, or many rows from a CSV. */
export const ENRICH_MODES = ['one', 'csv'] as const;
export type EnrichMode = (typeof ENRICH_MODES)[number];

/**
 * The Enrich page's URL state, so "Enrich organizations from a CSV" is a link. A bad value in a
 * hand-edited link falls back on its own instead of breaking the page.
 */
export const enrichSearchSchema = z.object({
  entity: z._default(z.catch(z.enum(ENRICH_ENTITIES), 'contacts'), 'contacts'),
  mode: z._default(z.catch(z.enum(ENRICH_MODES), 'one'), 'one'),
});

export type EnrichSearch = z.output<typeof enrichSearchSchema>;
