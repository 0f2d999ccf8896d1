// zod/mini like the other list pages: the URL is parsed on every navigation.
import * as z from 'zod/mini';
import { MERGE_STATUSES } from './graph-model';

export const MAX_DIVISION_IDS = 50;
export const CLUSTER_PAGE_SIZE = 20;

/**
 * The Duplicates page's URL: where in the cluster list we are (`cursor`), and the division and
 * merge-status filters. A bad value falls back on its own; the rest of the link still applies.
 */
export const duplicatesSearchSchema = z.object({
  cursor: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  status: z.catch(z.optional(z.enum(MERGE_STATUSES)), undefined),
  divisionIds: z.catch(
    z.optional(z.array(z.string()).check(z.maxLength(MAX_DIVISION_IDS))),
    undefined,
  ),
});

export type DuplicatesSearch = z.output<typeof duplicatesSearchSchema>;

export interface ClusterListParams {
  cursor: string | undefined;
  status: DuplicatesSearch['status'];
  divisionIds: string[];
}

export function toClusterListParams(search: DuplicatesSearch): ClusterListParams {
  return {
    cursor: search.cursor || undefined,
    status: search.status,
    divisionIds: [...new Set(search.divisionIds ?? [])].sort(),
  };
}
