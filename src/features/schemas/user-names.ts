import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useServices } from '@/app/services';

const userListingSchema = z.object({
  entities: z.optional(z.array(z.object({ id: z.string(), name: z.optional(z.string()) }))),
});

/**
 * Names of the people who saved schema versions, in one request. A creator that is no user (an
 * OAuth client, an integration) stays unnamed and is shown as such.
 */
export function useUserNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const { api } = useServices();
  const unique = [...new Set(ids)].sort();
  const query = useQuery({
    queryKey: ['users', 'names', unique],
    enabled: unique.length > 0,
    staleTime: 10 * 60_000,
    queryFn: async ({ signal }) => {
      const listing = userListingSchema.parse(
        await api('/users', { query: { id: unique, pageSize: unique.length }, signal }),
      );
      return new Map(
        (listing.entities ?? []).map((user) => [user.id, user.name ?? user.id] as const),
      );
    },
  });
  return query.data ?? new Map<string, string>();
}

export function creatorName(
  names: ReadonlyMap<string, string>,
  createdBy: { id?: string | undefined; selfUri?: string | undefined } | undefined,
): string {
  if (!createdBy?.id) return 'Unknown';
  if (createdBy.selfUri?.includes('/oauth/clients/')) return `OAuth client ${createdBy.id}`;
  return names.get(createdBy.id) ?? createdBy.id;
}
