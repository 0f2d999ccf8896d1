import { describe, expect, it } from 'vitest';
import {
  decodePosition,
  duplicatesSearchSchema,
  encodePosition,
  toClusterListParams,
} from './search-params';

describe('duplicatesSearchSchema', () => {
  it('keeps good values', () => {
    const search = duplicatesSearchSchema.parse({
      cursor: 'Mg',
      skip: 40,
      back: ['0:', '20:'],
      status: 'ManualFailed',
      divisionIds: ['d2', 'd1', 'd2'],
      name: ' Mara ',
      kind: 'Email',
      minSize: 3,
      type: 'Curated',
      sort: 'size',
      desc: true,
    });
    expect(search.back).toEqual(['0:', '20:']);
    expect(search.sort).toBe('size');
    expect(toClusterListParams(search)).toEqual({
      cursor: 'Mg',
      skip: 40,
      status: 'ManualFailed',
      divisionIds: ['d1', 'd2'],
      name: 'Mara',
      kind: 'Email',
      minSize: 3,
      type: 'Curated',
    });
  });

  it('drops each bad value on its own', () => {
    const search = duplicatesSearchSchema.parse({
      cursor: 7,
      skip: 100,
      status: 'Merged',
      divisionIds: Array.from({ length: 51 }, (_, i) => `d${i}`),
      kind: 'Fax',
      minSize: 1,
      type: 'Canonical',
      sort: 'colour',
      name: 'x'.repeat(101),
    });
    expect(toClusterListParams(search)).toEqual({
      cursor: undefined,
      skip: 0,
      status: undefined,
      divisionIds: [],
      name: undefined,
      kind: undefined,
      minSize: undefined,
      type: undefined,
    });
    expect(search.sort).toBeUndefined();
  });
});

describe('positions', () => {
  it('round-trip through the URL, a cursor with colons included', () => {
    for (const position of [
      { cursor: undefined, skip: 0 },
      { cursor: 'a:b', skip: 40 },
    ]) {
      expect(decodePosition(encodePosition(position))).toEqual(position);
    }
  });

  it('read a damaged token as the start of its API page', () => {
    expect(decodePosition('x:Mg')).toEqual({ cursor: 'Mg', skip: 0 });
    expect(decodePosition('500:Mg')).toEqual({ cursor: 'Mg', skip: 0 });
  });
});
