import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';

/** An external source as the API returns it (models.json ExternalSource). */
export interface ExternalSource {
  id: string;
  name: string;
  active?: boolean;
  linkConfiguration?: { uriTemplate?: string };
  selfUri?: string;
}

export const externalSourcePath = (id: string) =>
  `/externalcontacts/externalsources/${encodeURIComponent(id)}`;

/**
 * One source by id, or null once the API says it no longer exists: Genesys leaves the external
 * ids of a deleted source on its records, so "deleted" is an answer to show, not an error.
 * Sources change rarely; one read serves every record page for a few minutes.
 */
export const externalSourceQueryOptions = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: resourceKeys('sources').detail(id),
    queryFn: async ({ signal }): Promise<ExternalSource | null> => {
      try {
        return await api<ExternalSource>(externalSourcePath(id), { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 5 * 60 * 1000,
  });
