import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { duplicateKeys } from './api';
import { clusterRow, matchesHere, type ClusterRow } from './cluster-rows';
import type { ClusterList } from './graph-model';
import {
  CLUSTER_PAGE_SIZE,
  CLUSTER_READ_SIZE,
  type ClusterListParams,
  type ClusterPosition,
} from './search-params';

/** API pages one page of the table reads at most while looking for matches (1,000 clusters). */
export const MAX_READS_PER_PAGE = 10;

export interface ClusterPage {
  rows: ClusterRow[];
  /** Where the next page starts; undefined when the scan has no more clusters. */
  next: ClusterPosition | undefined;
  /** Clusters looked at to fill this page (more than shown when filters apply here). */
  looked: number;
  /** True when the page stopped at MAX_READS_PER_PAGE before finding a full page. */
  cutShort: boolean;
}

/**
 * One page of the table: API pages of 100 from `params`' position, the clusters the API
 * returned filtered by what it cannot filter, until 20 match. The next page starts right
 * after the last cluster taken (its API page's cursor and how many of it were used), so no
 * cluster is skipped or shown twice, whatever the filters.
 */
export async function readClusterPage(
  api: ApiClient,
  scanId: string,
  params: ClusterListParams,
  signal?: AbortSignal,
): Promise<ClusterPage> {
  const rows: ClusterRow[] = [];
  let position: ClusterPosition = { cursor: params.cursor, skip: params.skip };
  let looked = 0;
  for (let read = 0; read < MAX_READS_PER_PAGE; read += 1) {
    const list = await api<ClusterList>(
      `/externalcontacts/graphs/clusterscans/${encodeURIComponent(scanId)}/clusters`,
      {
        query: {
          limit: CLUSTER_READ_SIZE,
          cursor: position.cursor,
          divisionIds: params.divisionIds,
          'mergeInfo.status': params.status,
        },
        signal,
      },
    );
    const entities = list.entities ?? [];
    const after = list.cursors?.after;
    for (let index = position.skip; index < entities.length; index += 1) {
      const cluster = entities[index];
      if (!cluster) continue;
      looked += 1;
      const row = clusterRow(cluster);
      if (!matchesHere(row, params)) continue;
      rows.push(row);
      if (rows.length === CLUSTER_PAGE_SIZE) {
        const rest = index + 1 < entities.length;
        const next = rest
          ? { cursor: position.cursor, skip: index + 1 }
          : after
            ? { cursor: after, skip: 0 }
            : undefined;
        return { rows, next, looked, cutShort: false };
      }
    }
    if (!after || entities.length === 0) return { rows, next: undefined, looked, cutShort: false };
    position = { cursor: after, skip: 0 };
  }
  return { rows, next: position, looked, cutShort: true };
}

/** Kept apart from api.ts, which the start page reaches through the feature's index. */
export function clusterPageQueryOptions(api: ApiClient, scanId: string, params: ClusterListParams) {
  return queryOptions({
    queryKey: duplicateKeys.clusters(scanId, params),
    queryFn: ({ signal }) => readClusterPage(api, scanId, params, signal),
  });
}
