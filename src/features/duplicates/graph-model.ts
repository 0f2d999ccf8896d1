import type { ExternalContact } from '@/models/contact-fields';

/**
 * What the console reads from the `graphs/*` preview endpoints (models.json ClusterScan, Cluster,
 * ClusterList, GraphSettings). Types only; every field optional because Genesys omits empty ones.
 */

export const MERGE_STATUSES = [
  'NotMerged',
  'ManualSucceeded',
  'ManualFailed',
  'AutoSucceeded',
  'AutoFailed',
  'ManualQueued',
  'AutoQueued',
] as const;
export type MergeStatus = (typeof MERGE_STATUSES)[number];

export interface ClusterStatistics {
  totalClusters?: number;
  totalAutomaticMergeSuccesses?: number;
  totalAutomaticMergeFailures?: number;
}

export interface ClusterScanStatistics {
  aggregated?: ClusterStatistics;
}

export interface ClusterScan {
  id: string;
  dateCompleted?: string;
  statistics?: ClusterScanStatistics;
}

export interface MergeInfo {
  status?: MergeStatus;
  error?: { code?: string; message?: string };
  dateMerged?: string;
}

export interface ContactVertex {
  vertexId?: string;
  contact?: ExternalContact;
}

export interface IdentifierVertex {
  vertexId?: string;
  normalizedType?: string;
  normalizedValue?: string;
}

export interface Cluster {
  id: string;
  division?: { id: string; name?: string };
  clusterScan?: { id: string };
  mergeInfo?: MergeInfo;
  graph?: {
    vertices?: { contacts?: ContactVertex[]; identifiers?: IdentifierVertex[] };
    edges?: { from?: string; to?: string }[];
  };
  dateCreated?: string;
}

export interface ClusterList {
  entities?: Cluster[];
  cursors?: { before?: string; after?: string };
  nextUri?: string;
}

export interface GraphSettings {
  automaticMergingEnabled?: boolean;
  dateModified?: string;
}
