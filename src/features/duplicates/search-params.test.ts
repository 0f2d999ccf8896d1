import { describe, expect, it } from 'vitest';
import { duplicatesSearchSchema, toClusterListParams } from './search-params';

describe('duplicatesSearchSchema', () => {
  it('keeps good values', () => {
    const search = duplicatesSearchSchema.parse({
      cursor: 'Mg',
      status: 'ManualFailed',
      divisionIds: ['d2', 'd1', 'd2'],
    });
    expect(toClusterListParams(search)).toEqual({
      cursor: 'Mg',
      status: 'ManualFailed',
      divisionIds: ['d1', 'd2'],
    });
  });

  it('drops each bad value on its own', () => {
    const search = duplicatesSearchSchema.parse({
      cursor: 7,
      status: 'Merged',
      divisionIds: Array.from({ length: 51 }, (_, i) => `d${i}`),
    });
    expect(toClusterListParams(search)).toEqual({
      cursor: undefined,
      status: undefined,
      divisionIds: [],
    });
  });
});
