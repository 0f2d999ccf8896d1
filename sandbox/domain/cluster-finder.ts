import type { IdentifierVertexKey } from './cluster-vertices.ts';

/**
 * Connected components of the contact–identifier graph, one division at a time: two contacts are
 * in the same cluster when a chain of shared identifiers links them. Contacts in different
 * divisions are never clustered together (a merge keeps one division). Pure.
 */

export interface ScannedContact {
  id: string;
  divisionId: string;
  keys: readonly IdentifierVertexKey[];
}

export interface FoundCluster {
  divisionId: string;
  contactIds: string[];
  /** Only identifiers shared by at least two contacts of the cluster: the links. */
  identifiers: IdentifierVertexKey[];
  /** [index into contactIds, index into identifiers] */
  edges: [number, number][];
}

function find(parent: number[], index: number): number {
  let root = index;
  while (parent[root] !== root) root = parent[root] ?? root;
  let node = index;
  while (parent[node] !== root) {
    const next = parent[node] ?? root;
    parent[node] = root;
    node = next;
  }
  return root;
}

const keyId = (divisionId: string, key: IdentifierVertexKey) =>
  `${divisionId}\u0000${key.type}\u0000${key.value}`;

/** Clusters in a stable order: by division, then by the first contact id of each cluster. */
export function findClusters(contacts: readonly ScannedContact[]): FoundCluster[] {
  const sorted = [...contacts].sort((a, b) => a.id.localeCompare(b.id));
  const holders = new Map<string, { key: IdentifierVertexKey; members: number[] }>();
  sorted.forEach((contact, index) => {
    for (const key of contact.keys) {
      const id = keyId(contact.divisionId, key);
      const entry = holders.get(id) ?? { key, members: [] };
      // Keys of one contact are distinct, so an index is pushed at most once per key.
      entry.members.push(index);
      holders.set(id, entry);
    }
  });
  const parent = sorted.map((_, index) => index);
  const shared = [...holders.values()].filter((entry) => entry.members.length > 1);
  for (const { members } of shared) {
    const [first, ...rest] = members;
    if (first === undefined) continue;
    for (const other of rest) {
      const a = find(parent, first);
      const b = find(parent, other);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const linked = new Set(shared.flatMap((entry) => entry.members));
  const byRoot = new Map<number, FoundCluster>();
  const memberIndex = new Map<number, number>();
  sorted.forEach((contact, index) => {
    const root = find(parent, index);
    if (!linked.has(index)) return;
    const cluster = byRoot.get(root) ?? {
      divisionId: contact.divisionId,
      contactIds: [],
      identifiers: [],
      edges: [],
    };
    memberIndex.set(index, cluster.contactIds.length);
    cluster.contactIds.push(contact.id);
    byRoot.set(root, cluster);
  });
  for (const { key, members } of shared) {
    const first = members[0];
    if (first === undefined) continue;
    const cluster = byRoot.get(find(parent, first));
    if (cluster === undefined) continue;
    const identifierIndex = cluster.identifiers.length;
    cluster.identifiers.push(key);
    for (const member of members) {
      const contactIndex = memberIndex.get(member);
      if (contactIndex !== undefined) cluster.edges.push([contactIndex, identifierIndex]);
    }
  }
  return [...byRoot.values()]
    .filter((cluster) => cluster.contactIds.length > 1)
    .sort(
      (a, b) =>
        a.divisionId.localeCompare(b.divisionId) ||
        (a.contactIds[0] ?? '').localeCompare(b.contactIds[0] ?? ''),
    );
}
