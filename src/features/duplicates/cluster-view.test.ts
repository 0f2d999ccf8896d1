import { describe, expect, it } from 'vitest';
import {
  canMergeCluster,
  clusterMembers,
  identifierLabel,
  mergeResultId,
  reviewIds,
} from './cluster-view';
import type { Cluster } from './graph-model';

const cluster: Cluster = {
  id: 'k1',
  mergeInfo: { status: 'NotMerged' },
  graph: {
    vertices: {
      contacts: [
        { vertexId: 'c0', contact: { id: 'a', firstName: 'Ann' } },
        { vertexId: 'c1', contact: { id: 'b', firstName: 'Annie' } },
        { vertexId: 'c2', contact: { id: 'c', firstName: 'A.' } },
      ],
      identifiers: [
        { vertexId: 'i0', normalizedType: 'Email', normalizedValue: 'ann@x.example' },
        { vertexId: 'i1', normalizedType: 'TwitterHandle', normalizedValue: 'ann' },
      ],
    },
    edges: [
      { from: 'c0', to: 'i0' },
      { from: 'c1', to: 'i0' },
      { from: 'c1', to: 'i1' },
      { from: 'c2', to: 'i1' },
    ],
  },
};

describe('clusterMembers', () => {
  it('gives each contact the shared identifiers its edges reach', () => {
    const members = clusterMembers(cluster);
    expect(members.map((member) => member.links.map(identifierLabel))).toEqual([
      ['Email: ann@x.example'],
      ['Email: ann@x.example', 'Twitter handle: @ann'],
      ['Twitter handle: @ann'],
    ]);
  });

  it('copes with a cluster without a graph', () => {
    expect(clusterMembers({ id: 'empty' })).toEqual([]);
  });
});

describe('merge state', () => {
  it('offers a merge only for clusters not merged yet or failed', () => {
    expect(canMergeCluster('NotMerged')).toBe(true);
    expect(canMergeCluster('ManualFailed')).toBe(true);
    expect(canMergeCluster('AutoFailed')).toBe(true);
    expect(canMergeCluster('ManualSucceeded')).toBe(false);
    expect(canMergeCluster('AutoQueued')).toBe(false);
  });

  it('finds the result of a merged cluster through its contacts', () => {
    expect(mergeResultId(cluster)).toBeUndefined();
    const merged: Cluster = {
      ...cluster,
      mergeInfo: { status: 'ManualSucceeded' },
      graph: {
        ...cluster.graph,
        vertices: {
          contacts: [
            { vertexId: 'c0', contact: { id: 'a', mergedTo: { id: 'r' } } },
            { vertexId: 'c1', contact: { id: 'b', canonicalContact: { id: 'r2' } } },
          ],
        },
      },
    };
    expect(mergeResultId(merged)).toBe('r');
  });

  it('sends the merge screen the contacts as they are now, once each', () => {
    expect(reviewIds(cluster)).toEqual(['a', 'b', 'c']);
    const moved: Cluster = {
      id: 'k2',
      graph: {
        vertices: {
          contacts: [
            { vertexId: 'c0', contact: { id: 'a', canonicalContact: { id: 'r' } } },
            { vertexId: 'c1', contact: { id: 'b', canonicalContact: { id: 'r' } } },
            { vertexId: 'c2', contact: { id: 'c' } },
          ],
        },
      },
    };
    expect(reviewIds(moved)).toEqual(['r', 'c']);
  });
});
