import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { recordNameQueryOptions } from '@/record-kit/list/record-names';

/** Where organization names come from: the same bulk read, and cache, as the lists' links. */
const ORGANIZATIONS = {
  resource: 'organizations',
  bulkPath: '/externalcontacts/bulk/organizations',
} as const;

/**
 * Organization id → name for the given ids. Asked for in one tick, so they are read in batches
 * of 100 (record-names.ts), and cached with the names the lists show. A name that cannot be read
 * (a deleted organization, no permission, a failed read) is left out: the file keeps the id.
 */
export async function organizationNames(
  queryClient: QueryClient,
  api: ApiClient,
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter(Boolean);
  const answers = await Promise.allSettled(
    unique.map((id) => queryClient.fetchQuery(recordNameQueryOptions(api, ORGANIZATIONS, id))),
  );
  const names = new Map<string, string>();
  answers.forEach((answer, index) => {
    const id = unique[index];
    if (id && answer.status === 'fulfilled' && answer.value) names.set(id, answer.value);
  });
  return names;
}
