import type { ClusterRecord, GraphSettingsRecord, ScanRecord } from '../db/graphs-repo.ts';
import type { DivisionRecord } from '../db/identity-records.ts';
import { contactRef, divisionRefJson } from './entity-refs.ts';

/** Cluster scans, clusters and graph settings as the API returns them. */

export const GRAPHS_PATH = '/api/v2/externalcontacts/graphs';
export const SCANS_PATH = `${GRAPHS_PATH}/clusterscans`;

export const scanUri = (id: string) => `${SCANS_PATH}/${id}`;
export const clusterUri = (scanId: string, clusterId: string) =>
  `${scanUri(scanId)}/clusters/${clusterId}`;

export function statisticsJson(scan: ScanRecord): Record<string, unknown> {
  return {
    aggregated: {
      totalClusters: scan.totalClusters,
      totalAutomaticMergeSuccesses: scan.autoSuccesses,
      totalAutomaticMergeFailures: scan.autoFailures,
    },
    selfUri: `${scanUri(scan.id)}/statistics`,
  };
}

export function scanJson(scan: ScanRecord, withStatistics: boolean): Record<string, unknown> {
  return {
    id: scan.id,
    dateCompleted: scan.dateCompleted,
    ...(withStatistics ? { statistics: statisticsJson(scan) } : {}),
    selfUri: scanUri(scan.id),
  };
}

export interface ClusterViewParts {
  scan: ScanRecord;
  division: DivisionRecord | null;
  /** The contact as stored now (unresolved: a merged-away contact shows where it went). */
  contactJson: (id: string) => Record<string, unknown> | null;
}

export function clusterJson(
  cluster: ClusterRecord,
  parts: ClusterViewParts,
): Record<string, unknown> {
  const { graph } = cluster;
  const mergeInfo: Record<string, unknown> = { status: cluster.status };
  if (cluster.errorCode !== null || cluster.errorMessage !== null) {
    mergeInfo.error = { code: cluster.errorCode ?? '', message: cluster.errorMessage ?? '' };
  }
  if (cluster.dateMerged !== null) mergeInfo.dateMerged = cluster.dateMerged;
  return {
    id: cluster.id,
    division: divisionRefJson(cluster.divisionId, parts.division, true),
    clusterScan: { id: parts.scan.id, selfUri: scanUri(parts.scan.id) },
    mergeInfo,
    graph: {
      vertices: {
        contacts: graph.contactIds.map((id, index) => ({
          vertexId: `c${index}`,
          contact: parts.contactJson(id) ?? contactRef(id),
        })),
        identifiers: graph.identifiers.map((identifier, index) => ({
          vertexId: `i${index}`,
          normalizedType: identifier.type,
          normalizedValue: identifier.value,
        })),
      },
      edges: graph.edges.map(([contact, identifier]) => ({
        from: `c${contact}`,
        to: `i${identifier}`,
      })),
    },
    dateCreated: cluster.dateCreated,
    selfUri: clusterUri(parts.scan.id, cluster.id),
  };
}

export function settingsJson(settings: GraphSettingsRecord): Record<string, unknown> {
  return {
    automaticMergingEnabled: settings.automaticMergingEnabled,
    ...(settings.dateModified === null ? {} : { dateModified: settings.dateModified }),
    selfUri: `${GRAPHS_PATH}/settings`,
  };
}
