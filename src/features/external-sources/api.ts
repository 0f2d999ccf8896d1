import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { createOnce } from '@/api/create-once';
import { resourceKeys } from '@/api/resource-keys';
import { useServices } from '@/app/services';
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

/** Genesys' largest page of sources (limit 10–200). */
const ALL_SOURCES_PAGE_SIZE = 200;
/** 10,000 sources: far past any org's CRMs, and a stop should a cursor never end. */
const ALL_SOURCES_MAX_PAGES = 50;

/**
 * Every source of the org, sorted by name, for a picker: the cursor pages read one after another
 * (an org has a handful of sources; a page holds 200). Any source write invalidates it with the
 * rest of the resource's queries.
 */
export const allSourcesQueryOptions = (api: ApiClient) =>
  queryOptions({
    queryKey: keys.list({ all: true }),
    queryFn: async ({ signal }): Promise<ExternalSource[]> => {
      const sources: ExternalSource[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < ALL_SOURCES_MAX_PAGES; page += 1) {
        const listing = await api<CursorSourceListing>(BASE, {
          query: { limit: ALL_SOURCES_PAGE_SIZE, cursor },
          signal,
        });
        sources.push(...(listing.entities ?? []));
        cursor = listing.cursors?.after;
        if (!cursor || (listing.entities ?? []).length === 0) break;
      }
      return sources.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    },
    staleTime: 60 * 1000,
  });

/** Every source of the org, for a record form's external-id picker (the kit's ExternalIdsEditing). */
export function useAllExternalSources() {
  const { api } = useServices();
  return useQuery(allSourcesQueryOptions(api));
}

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
