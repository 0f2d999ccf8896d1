import { describe, expect, it } from 'vitest';
import { clusterRow, matchesHere, sortRows } from './cluster-rows';
import type { Cluster } from './graph-model';
import { toClusterListParams } from './search-params';

const cluster = (id: string, names: string[], extra: Partial<Cluster> = {}): Cluster => ({
  id,
  division: { id: 'd1', name: id === 'k3' ? 'Asia' : 'Home' },
  mergeInfo: { status: 'NotMerged' },
  graph: {
    vertices: {
      contacts: names.map((name, index) => ({
        vertexId: `c${index}`,
        contact: {
          id: `${id}-${index}`,
          firstName: name,
          type: index === 0 ? 'Curated' : 'Identified',
        },
      })),
      identifiers: [
        {
          vertexId: 'i0',
          normalizedType: id === 'k2' ? 'Phone' : 'Email',
          normalizedValue: `${id}@x.example`,
        },
      ],
    },
    edges: names.map((_, index) => ({ from: `c${index}`, to: 'i0' })),
  },
  ...extra,
});

const params = (search: Parameters<typeof toClusterListParams>[0]) => toClusterListParams(search);

describe('clusterRow', () => {
  it('names each name once and orders the types', () => {
    const row = clusterRow(cluster('k1', ['Ann', 'Ann', 'Anne']));
    expect(row.names).toEqual(['Ann', 'Anne']);
    expect(row.types).toEqual(['Curated', 'Identified']);
    expect(row.state).toBe('NotMerged');
  });

  it('sees a cluster whose contacts were all merged into one since the scan', () => {
    const merged = cluster('k1', ['Ann', 'Anne']);
    for (const vertex of merged.graph?.vertices?.contacts ?? []) {
      if (vertex.contact) vertex.contact.mergedTo = { id: 'r' };
    }
    expect(clusterRow(merged)).toMatchObject({ state: 'MergedSince', resultId: 'r' });
  });
});

describe('matchesHere', () => {
  const rows = [
    clusterRow(cluster('k1', ['Ann', 'Anne'])),
    clusterRow(cluster('k2', ['Bob', 'Bobby', 'Rob'])),
  ];
  const ids = (search: Parameters<typeof params>[0]) =>
    rows.filter((row) => matchesHere(row, params(search))).map((row) => row.cluster.id);

  it('filters by name or identifier, kind, size and type', () => {
    expect(ids({ name: 'bobby' })).toEqual(['k2']);
    expect(ids({ name: 'k1@x' })).toEqual(['k1']);
    expect(ids({ kind: 'Phone' })).toEqual(['k2']);
    expect(ids({ minSize: 3 })).toEqual(['k2']);
    expect(ids({ type: 'Ephemeral' })).toEqual([]);
    expect(ids({})).toEqual(['k1', 'k2']);
  });
});

describe('sortRows', () => {
  const rows = [
    clusterRow(cluster('k1', ['Cleo', 'Cleo'])),
    clusterRow(cluster('k2', ['Ann', 'Ann', 'Ann'])),
    clusterRow(cluster('k3', ['Bea', 'Bea'])),
  ];
  const ids = (sorted: typeof rows) => sorted.map((row) => row.cluster.id);

  it('sorts the page both ways; ties keep the scan order', () => {
    expect(ids(sortRows(rows, 'name'))).toEqual(['k2', 'k3', 'k1']);
    expect(ids(sortRows(rows, 'name', true))).toEqual(['k1', 'k3', 'k2']);
    expect(ids(sortRows(rows, 'size'))).toEqual(['k1', 'k3', 'k2']);
    expect(ids(sortRows(rows, 'division'))).toEqual(['k3', 'k1', 'k2']);
    expect(ids(sortRows(rows))).toEqual(['k1', 'k2', 'k3']);
  });
});
