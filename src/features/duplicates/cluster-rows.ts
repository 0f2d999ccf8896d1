import { contactName, type ContactType } from '@/models/contact-fields';
import {
  clusterMembers,
  identifierLabel,
  isMerged,
  mergeResultId,
  type ClusterMember,
} from './cluster-view';
import type { Cluster, IdentifierVertex, MergeStatus } from './graph-model';
import type { ClusterListParams, ClusterSort } from './search-params';

/**
 * A cluster as one row of the workbench's table, and the filters and sorts the API does not
 * offer (name, identifier kind, size, contact type), applied to what it returns. Pure.
 */

/**
 * The API's merge status, or `MergedSince`: every contact of a cluster the scan left unmerged
 * has been merged since (by a rule on this page, or on the merge screen), into one contact.
 */
export type ClusterState = MergeStatus | 'MergedSince';

export interface ClusterRow {
  cluster: Cluster;
  members: ClusterMember[];
  /** Each name once: duplicates usually share theirs. */
  names: string[];
  identifiers: IdentifierVertex[];
  types: ContactType[];
  divisionName: string;
  state: ClusterState;
  /** The merged contact, when the cluster was merged and its contacts say where to. */
  resultId: string | undefined;
}

const TYPE_ORDER: readonly ContactType[] = ['Curated', 'Identified', 'Ephemeral'];

function stateOf(
  cluster: Cluster,
  members: ClusterMember[],
): {
  state: ClusterState;
  resultId: string | undefined;
} {
  const status = cluster.mergeInfo?.status ?? 'NotMerged';
  const targets = new Set(
    members.map(({ contact }) => contact.mergedTo?.id ?? contact.canonicalContact?.id ?? ''),
  );
  const [only] = [...targets];
  const oneResult = targets.size === 1 && only !== '' ? only : undefined;
  if (isMerged(status)) return { state: status, resultId: mergeResultId(cluster) };
  const mergedSince = members.length > 1 && members.every(({ contact }) => contact.mergedTo);
  return mergedSince && oneResult
    ? { state: 'MergedSince', resultId: oneResult }
    : { state: status, resultId: undefined };
}

export function clusterRow(cluster: Cluster): ClusterRow {
  const members = clusterMembers(cluster);
  const types = new Set(members.flatMap(({ contact }) => (contact.type ? [contact.type] : [])));
  return {
    cluster,
    members,
    names: [...new Set(members.map(({ contact }) => contactName(contact)))],
    identifiers: cluster.graph?.vertices?.identifiers ?? [],
    types: TYPE_ORDER.filter((type) => types.has(type)),
    divisionName: cluster.division?.name ?? cluster.division?.id ?? '',
    ...stateOf(cluster, members),
  };
}

/** Whether a row passes the filters applied here; the API applied division and status. */
export function matchesHere(row: ClusterRow, params: ClusterListParams): boolean {
  if (params.minSize !== undefined && row.members.length < params.minSize) return false;
  if (params.type !== undefined && !row.types.includes(params.type)) return false;
  if (
    params.kind !== undefined &&
    !row.identifiers.some((vertex) => vertex.normalizedType === params.kind)
  ) {
    return false;
  }
  if (params.name !== undefined) {
    const wanted = params.name.toLocaleLowerCase();
    const text = [...row.names, ...row.identifiers.map(identifierLabel)]
      .join('\n')
      .toLocaleLowerCase();
    if (!text.includes(wanted)) return false;
  }
  return true;
}

const STATE_ORDER: readonly ClusterState[] = [
  'NotMerged',
  'ManualFailed',
  'AutoFailed',
  'ManualQueued',
  'AutoQueued',
  'MergedSince',
  'ManualSucceeded',
  'AutoSucceeded',
];

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<Exclude<ClusterSort, 'scan'>, (a: ClusterRow, b: ClusterRow) => number> = {
  name: (a, b) => collator.compare(a.names.join(', '), b.names.join(', ')),
  size: (a, b) => a.members.length - b.members.length,
  division: (a, b) => collator.compare(a.divisionName, b.divisionName),
  status: (a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state),
};

/** The page's rows in the chosen order; ties (and `scan`) keep the scan's order. */
export function sortRows(
  rows: readonly ClusterRow[],
  sort: ClusterSort = 'scan',
  desc = false,
): ClusterRow[] {
  if (sort === 'scan') return desc ? [...rows].reverse() : [...rows];
  const compare = COMPARE[sort];
  return [...rows].sort((a, b) => (desc ? compare(b, a) : compare(a, b)));
}
