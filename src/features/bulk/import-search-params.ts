// zod/mini: the route validates its URL before the page loads.
import * as z from 'zod/mini';
import { IMPORT_ENTITIES } from './import-entity';

/**
 * The Import page's URL state: what is imported, so "Import organizations" is a link. A bad
 * value in a hand-edited link falls back to contacts instead of breaking the page.
 */
export const importSearchSchema = z.object({
  entity: z._default(z.catch(z.enum(IMPORT_ENTITIES), 'contacts'), 'contacts'),
});

export type ImportSearch = z.output<typeof importSearchSchema>;
