import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { phoneCountrySetting } from '@/app/phone-country-setting';
import { searchTextAsE164 } from '@/models/phone-countries';
import type { RecordBase, RecordListing, RecordScanPage } from '@/models/record-fields';
import type { RecordEntity } from './entity';
import type { RecordListParams } from './list-params';

/** 200 is the scan API's largest page: fewest round trips for a full browse. */
export const SCAN_LIMIT = 200;

/**
 * The reads of one record kind, made from its definition. Apart from the writes (record-api.ts)
 * so the first screen's loader, which only reads, does not carry the mutations into the entry.
 */
/** What the reads need of an entity: its paths and query parameters, not its fields. */
export type RecordResource = Pick<
  RecordEntity<RecordBase>,
  'resource' | 'apiPath' | 'scanPath' | 'detailQuery' | 'listQuery'
>;

export function createRecordQueries<Read extends RecordBase>(entity: RecordResource) {
  const keys = resourceKeys(entity.resource);
  const path = (id: string) => `${entity.apiPath}/${encodeURIComponent(id)}`;

  const listQueryOptions = (api: ApiClient, typed: RecordListParams) => {
    // A national number is searched as E.164 in the organisation's country, as stored phones
    // are (`020 7946 0321` finds `+44 20 7946 0321`); the URL keeps what was typed.
    const e164 = typed.q ? searchTextAsE164(typed.q, phoneCountrySetting()) : undefined;
    const params = e164 ? { ...typed, q: e164 } : typed;
    return queryOptions({
      queryKey: keys.list(params),
      // The signal aborts a search nobody waits for any more (the user typed on), so only the
      // newest search reaches the screen.
      queryFn: ({ signal }) =>
        api<RecordListing<Read>>(entity.apiPath, {
          query: { ...entity.listQuery, ...params },
          signal,
        }),
      placeholderData: keepPreviousData,
    });
  };

  const detailQueryOptions = (api: ApiClient, id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: ({ signal }) => api<Read>(path(id), { query: entity.detailQuery, signal }),
    });

  /** The scan filters by one division (`divisionId`), not by a list as search does. */
  const scanQueryOptions = (api: ApiClient, divisionId: string | undefined) =>
    infiniteQueryOptions({
      queryKey: keys.scan(divisionId),
      initialPageParam: undefined as string | undefined,
      queryFn: ({ pageParam, signal }) =>
        api<RecordScanPage<Read>>(entity.scanPath, {
          query: { limit: SCAN_LIMIT, cursor: pageParam, divisionId },
          signal,
        }),
      getNextPageParam: (page) => (page.nextUri ? page.cursors?.after : undefined),
    });

  return { keys, path, listQueryOptions, detailQueryOptions, scanQueryOptions };
}

export type RecordQueries<Read extends RecordBase> = ReturnType<typeof createRecordQueries<Read>>;
