import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { invalidateResource, resourceKeys } from '@/api/resource-keys';
import { mayHaveBeenStored } from '@/api/create-once';
import { useServices } from '@/app/services';
import { isMerged } from './cluster-view';
import type { Cluster, ClusterScan, GraphSettings } from './graph-model';
import type { ClusterListParams } from './search-params';

const GRAPHS = '/externalcontacts/graphs';
const SCANS = `${GRAPHS}/clusterscans`;

export const duplicateKeys = {
  all: resourceKeys('duplicates').all,
  latest: () => [...duplicateKeys.all, 'latest'] as const,
  clusterLists: () => [...duplicateKeys.all, 'clusters'] as const,
  clusters: (scanId: string, params: ClusterListParams) =>
    [...duplicateKeys.clusterLists(), scanId, params] as const,
  settings: () => [...duplicateKeys.all, 'settings'] as const,
};

/** Asking for the latest scan is what makes the sandbox (and presumably Genesys) scan again. */
export function latestScanQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: duplicateKeys.latest(),
    queryFn: ({ signal }) =>
      api<ClusterScan>(`${SCANS}/latest`, { query: { expand: ['statistics.aggregated'] }, signal }),
    // A new scan is a new set of clusters: keep the one the user is working through (merges
    // update it in place) until they ask for a new scan.
    staleTime: 10 * 60_000,
  });
}

export function graphSettingsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: duplicateKeys.settings(),
    queryFn: ({ signal }) => api<GraphSettings>(`${GRAPHS}/settings`, { signal }),
  });
}

const clusterPath = (scanId: string, clusterId: string) =>
  `${SCANS}/${encodeURIComponent(scanId)}/clusters/${encodeURIComponent(clusterId)}`;

/** Clusters whose last merge request got no clear answer (it may have merged). */
const uncertain = new Set<string>();

/**
 * A merge whose answer was lost may still have happened. Before sending it again, read the
 * cluster: if it is merged already, that is the answer, and nothing is sent twice. If the read
 * fails, nothing is sent either; the user sees the error and tries again.
 */
export async function mergeClusterOnce(
  api: ApiClient,
  scanId: string,
  clusterId: string,
): Promise<Cluster> {
  const key = `${scanId}/${clusterId}`;
  if (uncertain.has(key)) {
    const current = await api<Cluster>(clusterPath(scanId, clusterId));
    if (isMerged(current.mergeInfo?.status)) {
      uncertain.delete(key);
      return current;
    }
  }
  try {
    const merged = await api<Cluster>(`${clusterPath(scanId, clusterId)}/merge`, { method: 'PUT' });
    uncertain.delete(key);
    return merged;
  } catch (error) {
    if (mayHaveBeenStored(error)) uncertain.add(key);
    else uncertain.delete(key);
    throw error;
  }
}

export function useSaveGraphSettings() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (automaticMergingEnabled: boolean) =>
      api<GraphSettings>(`${GRAPHS}/settings`, {
        method: 'PUT',
        body: { automaticMergingEnabled },
      }),
    onSuccess: (settings) => {
      queryClient.setQueryData(duplicateKeys.settings(), settings);
      // Turning automatic merging on makes the next scan merge: read the scan again.
      void queryClient.invalidateQueries({ queryKey: duplicateKeys.latest() });
      void queryClient.invalidateQueries({ queryKey: duplicateKeys.clusterLists() });
      if (settings.automaticMergingEnabled) {
        invalidateResource(queryClient, 'contacts');
      }
    },
  });
}
