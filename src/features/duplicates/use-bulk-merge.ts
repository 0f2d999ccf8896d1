import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { invalidateResource } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import { duplicateKeys } from './api';
import { mergeClusterByRule, type ClusterMergeRequest } from './bulk-merge-api';
import type { ClusterPage } from './cluster-page-read';
import { clusterRow } from './cluster-rows';
import type { Cluster } from './graph-model';

export type ClusterOutcome =
  | { state: 'waiting' }
  | { state: 'merging' }
  | { state: 'merged'; resultId: string }
  | { state: 'failed'; message: string };

/** The cluster as the page should show it once merged (until the list is read again). */
function mergedCluster(cluster: Cluster, resultId: string, byScan: boolean): Cluster {
  const contacts = (cluster.graph?.vertices?.contacts ?? []).map((vertex) => ({
    ...vertex,
    ...(vertex.contact ? { contact: { ...vertex.contact, mergedTo: { id: resultId } } } : {}),
  }));
  return {
    ...cluster,
    ...(byScan
      ? { mergeInfo: { status: 'ManualSucceeded', dateMerged: new Date().toISOString() } }
      : {}),
    graph: { ...cluster.graph, vertices: { ...cluster.graph?.vertices, contacts } },
  };
}

/**
 * Runs merges one cluster after another: a failure is recorded on its cluster and the rest go
 * on; `retry` sends only the failed ones again (each merge is sent at most once in effect:
 * mergeClusterByRule checks before re-sending what may have been applied).
 */
export function useBulkMerge(scanId: string, onMerged: (clusterId: string) => void) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ClusterOutcome>>(new Map());
  const [running, setRunning] = useState(false);
  const runningRef = useRef(false);

  const set = (clusterId: string, outcome: ClusterOutcome) =>
    setOutcomes((previous) => new Map(previous).set(clusterId, outcome));

  const patchPages = (clusterId: string, resultId: string, byScan: boolean) =>
    queryClient.setQueriesData<ClusterPage>(
      { queryKey: [...duplicateKeys.clusterLists(), scanId] },
      (page) =>
        page && {
          ...page,
          rows: page.rows.map((row) =>
            row.cluster.id === clusterId
              ? clusterRow(mergedCluster(row.cluster, resultId, byScan))
              : row,
          ),
        },
    );

  async function run(requests: readonly ClusterMergeRequest[]) {
    if (runningRef.current || requests.length === 0) return;
    runningRef.current = true;
    setRunning(true);
    setOutcomes((previous) => {
      const next = new Map(previous);
      for (const request of requests) next.set(request.clusterId, { state: 'waiting' });
      return next;
    });
    for (const request of requests) {
      set(request.clusterId, { state: 'merging' });
      try {
        const resultId = await mergeClusterByRule(api, request);
        set(request.clusterId, { state: 'merged', resultId });
        patchPages(request.clusterId, resultId, request.rule === 'default');
        onMerged(request.clusterId);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'The merge failed.';
        set(request.clusterId, { state: 'failed', message });
      }
    }
    runningRef.current = false;
    setRunning(false);
    invalidateResource(queryClient, 'contacts');
    void queryClient.invalidateQueries({ queryKey: duplicateKeys.clusterLists() });
  }

  return {
    outcomes,
    running,
    run,
    reset: () => setOutcomes(new Map()),
  };
}
