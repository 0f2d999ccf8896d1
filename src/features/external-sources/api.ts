import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { createOnce } from '@/api/create-once';
import { resourceKeys } from '@/api/resource-keys';
import { useApiWrite } from '@/app/use-api-write';
import {
  externalSourcePath,
  externalSourceQueryOptions,
  type ExternalSource,
} from '@/record-kit/details/external-source-query';
import type { SourcesSearch } from './search-params';

export { externalSourceQueryOptions, type ExternalSource };

const BASE = '/externalcontacts/externalsources';
export const SOURCES_PAGE_SIZE = 50;

export interface CursorSourceListing {
  entities?: ExternalSource[];
  cursors?: { after?: string };
}

/** What POST and PUT send: Genesys strips the name; the template goes in linkConfiguration. */
export interface ExternalSourceWriteBody {
  name: string;
  active: boolean;
  linkConfiguration?: { uriTemplate: string };
}

const keys = resourceKeys('sources');

export const sourceListQueryOptions = (api: ApiClient, search: SourcesSearch) =>
  queryOptions({
    queryKey: keys.list(search),
    queryFn: ({ signal }) =>
      api<CursorSourceListing>(BASE, {
        query: {
          limit: SOURCES_PAGE_SIZE,
          name: search.name.trim() || undefined,
          active: search.active === 'all' ? undefined : String(search.active === 'active'),
          cursor: search.cursor,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The stored source named `name` (names are unique ignoring case), if any. */
async function findByName(api: ApiClient, name: string): Promise<ExternalSource | undefined> {
  const listing = await api<CursorSourceListing>(BASE, { query: { name, limit: 200 } });
  return listing.entities?.find((source) => source.name.toLowerCase() === name.toLowerCase());
}

const afterWrite = (queryClient: QueryClient) =>
  void queryClient.invalidateQueries({ queryKey: keys.all });

export function useCreateSource() {
  // A POST has no idempotency key: after an uncertain failure the next try looks for the name.
  return useApiWrite(
    (api, body: ExternalSourceWriteBody) =>
      createOnce(
        `external-source:${body.name.toLowerCase()}`,
        () => api<ExternalSource>(BASE, { method: 'POST', body }),
        () => findByName(api, body.name),
      ),
    afterWrite,
  );
}

export function useUpdateSource(id: string) {
  // PUT replaces the source: a template left out is removed, not kept.
  return useApiWrite(
    (api, body: ExternalSourceWriteBody) =>
      api<ExternalSource>(externalSourcePath(id), { method: 'PUT', body }),
    afterWrite,
  );
}

export function useDeleteSource() {
  return useApiWrite(
    (api, id: string) => api<unknown>(externalSourcePath(id), { method: 'DELETE' }),
    afterWrite,
  );
}
