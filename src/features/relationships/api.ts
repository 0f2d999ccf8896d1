import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { createOnce } from '@/api/create-once';
import { useApiWrite } from '@/app/use-api-write';
import { cursorScanQueryOptions } from '@/ui/virtual-scan-list';
import type {
  CursorRelationshipListing,
  Relationship,
  RelationshipListing,
  User,
  UsersSearchResponse,
} from './relationship-model';
import type { RelationshipsSearch } from './search-params';

const BASE = '/externalcontacts/relationships';

/** Every relationship query key, widest first. */
export const relationshipKeys = {
  all: resourceKeys('relationships').all,
  organization: (organizationId: string) =>
    [...relationshipKeys.all, 'organization', organizationId] as const,
  list: (organizationId: string, params: RelationshipsSearch) =>
    [...relationshipKeys.organization(organizationId), params] as const,
  scan: () => [...relationshipKeys.all, 'scan'] as const,
  /** Everything the scan holds, read to the end (roles in use, a user's organizations). */
  scanAll: () => [...relationshipKeys.all, 'scan-all'] as const,
};

export const userKeys = {
  search: (text: string) => ['users', 'search', text] as const,
  detail: (userId: string) => ['users', 'detail', userId] as const,
};

export function relationshipListQueryOptions(
  api: ApiClient,
  organizationId: string,
  params: RelationshipsSearch,
) {
  return queryOptions({
    queryKey: relationshipKeys.list(organizationId, params),
    queryFn: ({ signal }) =>
      api<RelationshipListing>(
        `/externalcontacts/organizations/${encodeURIComponent(organizationId)}/relationships`,
        { query: { ...params }, signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export const RELATIONSHIP_SCAN_LIMIT = 200;

export function fetchRelationshipScanPage(
  api: ApiClient,
  cursor: string | undefined,
  signal: AbortSignal,
) {
  return api<CursorRelationshipListing>('/externalcontacts/scan/relationships', {
    query: { limit: RELATIONSHIP_SCAN_LIMIT, cursor },
    signal,
  });
}

export function relationshipScanQueryOptions(api: ApiClient) {
  return cursorScanQueryOptions<Relationship>(relationshipKeys.scan(), (cursor, signal) =>
    fetchRelationshipScanPage(api, cursor, signal),
  );
}

/** Safety stop: a scan that keeps answering cursors is read for at most this many pages. */
const MAX_SCAN_PAGES = 100;

/**
 * The whole relationship scan. The API has no "relationships of a user" read nor a list of
 * roles in use, so both come from reading the scan to its end (200 per page) and cached.
 */
export function allRelationshipsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: relationshipKeys.scanAll(),
    queryFn: async ({ signal }) => {
      const all: Relationship[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_SCAN_PAGES; page++) {
        const listing = await fetchRelationshipScanPage(api, cursor, signal);
        const entities = listing.entities ?? [];
        all.push(...entities);
        cursor = listing.cursors?.after;
        if (!cursor || entities.length === 0) break;
      }
      return all;
    },
    staleTime: 60_000,
  });
}

export function userQueryOptions(api: ApiClient, userId: string) {
  return queryOptions({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => api<User>(`/users/${encodeURIComponent(userId)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The picker's search: name or email containing what was typed (POST /users/search). */
export function userSearchQueryOptions(api: ApiClient, text: string) {
  return queryOptions({
    queryKey: userKeys.search(text),
    queryFn: ({ signal }) =>
      api<UsersSearchResponse>('/users/search', {
        method: 'POST',
        body: {
          pageSize: 10,
          query: [{ type: 'CONTAINS', fields: ['name', 'email'], value: text }],
        },
        signal,
      }),
    enabled: text.trim().length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

function invalidateAfterWrite(queryClient: QueryClient, organizationId: string): void {
  void queryClient.invalidateQueries({ queryKey: relationshipKeys.organization(organizationId) });
  void queryClient.invalidateQueries({ queryKey: relationshipKeys.scan() });
  void queryClient.invalidateQueries({ queryKey: relationshipKeys.scanAll() });
}

/**
 * The organization's relationship of this user with this role, if one exists. Relationships carry
 * no dates, so any match counts: a second identical one would only be a duplicate.
 */
async function findStoredRelationship(
  api: ApiClient,
  organizationId: string,
  values: { userId: string; relationship: string },
): Promise<Relationship | undefined> {
  const listing = await api<RelationshipListing>(
    `/externalcontacts/organizations/${encodeURIComponent(organizationId)}/relationships`,
    { query: { pageSize: 100, sortOrder: 'createDate:desc' } },
  );
  return listing.entities?.find(
    (entry) => entry.user?.id === values.userId && entry.relationship === values.relationship,
  );
}

export function useCreateRelationship(organizationId: string) {
  // After an uncertain failure (late 5xx, dropped connection) the next try looks first.
  return useApiWrite(
    (api, values: { userId: string; relationship: string }) =>
      createOnce(
        `relationship:${organizationId}:${values.userId}:${values.relationship}`,
        () =>
          api<Relationship>(BASE, {
            method: 'POST',
            body: {
              user: { id: values.userId },
              externalOrganization: { id: organizationId },
              relationship: values.relationship,
            },
          }),
        () => findStoredRelationship(api, organizationId, values),
      ),
    (queryClient) => invalidateAfterWrite(queryClient, organizationId),
  );
}

export function useUpdateRelationship(organizationId: string) {
  // PUT replaces the whole relationship: the user and organization are sent unchanged.
  return useApiWrite(
    (api, { existing, relationship }: { existing: Relationship; relationship: string }) =>
      api<Relationship>(`${BASE}/${encodeURIComponent(existing.id)}`, {
        method: 'PUT',
        body: {
          user: { id: existing.user?.id },
          externalOrganization: { id: organizationId },
          relationship,
        },
      }),
    (queryClient) => invalidateAfterWrite(queryClient, organizationId),
  );
}

export function useDeleteRelationship(organizationId: string) {
  return useApiWrite(
    (api, relationshipId: string) =>
      api<unknown>(`${BASE}/${encodeURIComponent(relationshipId)}`, { method: 'DELETE' }),
    (queryClient) => invalidateAfterWrite(queryClient, organizationId),
  );
}
