import { describe, expect, it } from 'vitest';
import { findClusters } from './cluster-finder.ts';
import type { ScannedContact } from './cluster-finder.ts';

const email = (value: string) => ({ type: 'Email' as const, value });
const phone = (value: string) => ({ type: 'Phone' as const, value });

describe('findClusters', () => {
  it('links contacts through chains of shared identifiers', () => {
    const contacts: ScannedContact[] = [
      { id: 'a', divisionId: 'd1', keys: [email('ann@x.example'), phone('+13170000001')] },
      { id: 'b', divisionId: 'd1', keys: [email('ann@x.example')] },
      { id: 'c', divisionId: 'd1', keys: [phone('+13170000001'), email('c@x.example')] },
      { id: 'd', divisionId: 'd1', keys: [email('d@x.example')] },
    ];
    const [cluster, ...rest] = findClusters(contacts);
    expect(rest).toEqual([]);
    expect(cluster?.contactIds).toEqual(['a', 'b', 'c']);
    // Only shared values are vertices: c@x.example links nobody.
    expect(cluster?.identifiers).toEqual([email('ann@x.example'), phone('+13170000001')]);
    expect(cluster?.edges).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [2, 1],
    ]);
  });

  it('never clusters across divisions', () => {
    const contacts: ScannedContact[] = [
      { id: 'a', divisionId: 'd1', keys: [email('same@x.example')] },
      { id: 'b', divisionId: 'd2', keys: [email('same@x.example')] },
      { id: 'c', divisionId: 'd2', keys: [email('same@x.example')] },
    ];
    const clusters = findClusters(contacts);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ divisionId: 'd2', contactIds: ['b', 'c'] });
  });

  it('keeps types apart and finds nothing when nothing is shared', () => {
    expect(
      findClusters([
        { id: 'a', divisionId: 'd1', keys: [{ type: 'TwitterId', value: '42' }] },
        { id: 'b', divisionId: 'd1', keys: [{ type: 'FacebookId', value: '42' }] },
      ]),
    ).toEqual([]);
    expect(findClusters([])).toEqual([]);
  });

  it('lists clusters in a stable order whatever the input order', () => {
    const contacts: ScannedContact[] = [
      { id: 'z', divisionId: 'd1', keys: [email('z@x.example')] },
      { id: 'y', divisionId: 'd1', keys: [email('z@x.example')] },
      { id: 'b', divisionId: 'd1', keys: [phone('+1')] },
      { id: 'a', divisionId: 'd1', keys: [phone('+1')] },
    ];
    const forward = findClusters(contacts).map((cluster) => cluster.contactIds);
    const backward = findClusters([...contacts].reverse()).map((cluster) => cluster.contactIds);
    expect(forward).toEqual([
      ['a', 'b'],
      ['y', 'z'],
    ]);
    expect(backward).toEqual(forward);
  });
});
