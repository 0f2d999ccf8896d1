import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { invalidateLists } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import type { ExternalOrganization, OrganizationTrustorLink } from '@/models/organization-fields';
import type { Trustor, TrustorListing } from '@/models/trustor';
import { organizationApi } from './api';

const organizationKeys = organizationApi.keys;
const orgPath = organizationApi.path;

const TRUSTORS_PATH = '/orgauthorization/trustors';
/** The largest page the sandbox serves (Genesys documents only the default, 25). */
const TRUSTOR_PAGE_SIZE = 100;
/** Trusts are set up one by one by admins: a few at most. Ten pages is far beyond any org. */
const MAX_TRUSTOR_PAGES = 10;

/** Every trustor, all pages read. */
export interface LoadedTrustors {
  entities: Trustor[];
  total: number;
}

/**
 * Every org that trusts this one, by name. Trustors are few and the API cannot search them, so
 * the picker loads them all once and filters as the user types.
 */
export const trustorsQueryOptions = (
  api: ApiClient,
  /** Narrows what a component sees; the cache keeps every trustor (one load for all filters). */
  select?: (loaded: LoadedTrustors) => LoadedTrustors,
) =>
  queryOptions({
    queryKey: ['trustors', 'list'] as const,
    queryFn: async ({ signal }): Promise<LoadedTrustors> => {
      const entities: Trustor[] = [];
      for (let pageNumber = 1; pageNumber <= MAX_TRUSTOR_PAGES; pageNumber += 1) {
        const page = await api<TrustorListing>(TRUSTORS_PATH, {
          query: { pageSize: TRUSTOR_PAGE_SIZE, pageNumber },
          signal,
        });
        entities.push(...(page.entities ?? []));
        if (pageNumber >= (page.pageCount ?? 1)) break;
      }
      return { entities, total: entities.length };
    },
    staleTime: 5 * 60_000,
    ...(select ? { select } : {}),
  });

/** The trust changes the detail (its `trustor`) and trustor searches over the lists. */
function trustorChanged(queryClient: QueryClient, organizationId: string) {
  void queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organizationId) });
  invalidateLists(queryClient, 'organizations');
}

export function useLinkTrustor(organizationId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trustor: Trustor) =>
      api<OrganizationTrustorLink>(
        `${orgPath(organizationId)}/trustor/${encodeURIComponent(trustor.id)}`,
        { method: 'PUT' },
      ),
    // The detail embeds the whole Trustor (includeTrustors): the picked one is that, already.
    onSuccess: (_link, trustor) => {
      queryClient.setQueryData<ExternalOrganization>(
        organizationKeys.detail(organizationId),
        (previous) => previous && { ...previous, trustor },
      );
      trustorChanged(queryClient, organizationId);
    },
  });
}

export function useUnlinkTrustor(organizationId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>(`${orgPath(organizationId)}/trustor`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.setQueryData<ExternalOrganization>(
        organizationKeys.detail(organizationId),
        (previous) => previous && { ...previous, trustor: undefined },
      );
      trustorChanged(queryClient, organizationId);
    },
  });
}
