// zod/mini: the route validates its URL before the page loads. Nothing heavier may be imported
// here: route files are in the entry chunk.
import * as z from 'zod/mini';

/** What the Import page imports (import-entity.ts holds what each one is made of). */
export const IMPORT_ENTITIES = ['contacts', 'organizations'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/**
 * The Import page's URL state: what is imported, so "Import organizations" is a link. A bad
 * value in a hand-edited link falls back to contacts instead of breaking the page.
 */
export const importSearchSchema = z.object({
  entity: z._default(z.catch(z.enum(IMPORT_ENTITIES), 'contacts'), 'contacts'),
});

export type ImportSearch = z.output<typeof importSearchSchema>;
