import type { ExternalContact } from '@/models/contact-fields';
import type { Cluster, IdentifierVertex, MergeStatus } from './graph-model';

/** Pure reading of a cluster's graph for the page: who is in it and what links them. */

export interface ClusterMember {
  contact: ExternalContact;
  /** The shared identifiers this contact holds (the edges from its vertex). */
  links: IdentifierVertex[];
}

export function clusterMembers(cluster: Cluster): ClusterMember[] {
  const vertices = cluster.graph?.vertices;
  const identifiers = new Map(
    (vertices?.identifiers ?? []).map((vertex) => [vertex.vertexId ?? '', vertex]),
  );
  const edges = cluster.graph?.edges ?? [];
  return (vertices?.contacts ?? []).flatMap((vertex) => {
    if (!vertex.contact) return [];
    const links = edges
      .filter((edge) => edge.from === vertex.vertexId)
      .flatMap((edge) => identifiers.get(edge.to ?? '') ?? []);
    return [{ contact: vertex.contact, links }];
  });
}

/** Ids for the merge screen: the contacts as they are now (a merged one by its result). */
export function reviewIds(cluster: Cluster): string[] {
  const ids = clusterMembers(cluster).map(
    ({ contact }) => contact.canonicalContact?.id ?? contact.id ?? '',
  );
  return [...new Set(ids.filter((id) => id !== ''))];
}

/** The contact the cluster's merge produced, read from where its contacts went. */
export function mergeResultId(cluster: Cluster): string | undefined {
  if (!isMerged(cluster.mergeInfo?.status)) return undefined;
  for (const { contact } of clusterMembers(cluster)) {
    const id = contact.canonicalContact?.id ?? contact.mergedTo?.id;
    if (id) return id;
  }
  return undefined;
}

export function isMerged(status: MergeStatus | undefined): boolean {
  return status === 'ManualSucceeded' || status === 'AutoSucceeded';
}

export function canMergeCluster(status: MergeStatus | undefined): boolean {
  return status === undefined || status === 'NotMerged' || status.endsWith('Failed');
}

export const STATUS_LABELS: Record<MergeStatus, string> = {
  NotMerged: 'Not merged',
  ManualSucceeded: 'Merged',
  ManualFailed: 'Merge failed',
  AutoSucceeded: 'Merged automatically',
  AutoFailed: 'Automatic merge failed',
  ManualQueued: 'Merge queued',
  AutoQueued: 'Automatic merge queued',
};

const IDENTIFIER_LABELS: Record<string, string> = {
  Phone: 'Phone',
  Email: 'Email',
  ExternalId: 'External id',
  TwitterId: 'Twitter id',
  TwitterHandle: 'Twitter handle',
  FacebookId: 'Facebook id',
  InstagramId: 'Instagram id',
  InstagramHandle: 'Instagram handle',
};

export function identifierLabel(vertex: IdentifierVertex): string {
  const type = vertex.normalizedType ?? '';
  const value = vertex.normalizedValue ?? '';
  const label = IDENTIFIER_LABELS[type] ?? type;
  const shown = type.endsWith('Handle') ? `@${value}` : value;
  return `${label}: ${shown}`;
}
