import { describe, expect, it } from 'vitest';
import { combineFields } from './enrich-field-rules.ts';

describe('combineFields', () => {
  const stored = { firstName: 'Ann', title: 'CEO', tags: ['a', 'b'], address: { city: 'Oslo' } };

  it('prefers provided non-null values by default and keeps stored data for omitted fields', () => {
    const result = combineFields(stored, { firstName: 'Anna', title: null });
    expect(result).toMatchObject({ firstName: 'Anna', title: 'CEO' });
  });

  it('keeps stored scalars under PreferExisting and fills empty ones', () => {
    const result = combineFields(
      { firstName: 'Ann' },
      { firstName: 'Anna', lastName: 'Lee' },
      { defaultAction: 'PreferExisting' },
    );
    expect(result).toEqual({ firstName: 'Ann', lastName: 'Lee' });
  });

  it('fills arrays by default and replaces them on request', () => {
    expect(combineFields(stored, { tags: ['b', 'c'] }).tags).toEqual(['a', 'b', 'c']);
    const replaced = combineFields(stored, { tags: ['c'] }, { defaultArrayAction: 'Replace' });
    expect(replaced.tags).toEqual(['c']);
    const extended = combineFields(stored, { tags: ['b'] }, { defaultArrayAction: 'Extend' });
    expect(extended.tags).toEqual(['a', 'b', 'b']);
  });

  it('applies per-field rules by dot path and AlwaysUseProvided clears omitted fields', () => {
    const result = combineFields(
      stored,
      { address: { city: 'Bergen' }, firstName: 'Anna' },
      {
        defaultAction: 'AlwaysUseProvided',
        rules: [{ field: '$.address.city', action: 'PreferExisting' }],
      },
    );
    expect(result).toEqual({ firstName: 'Anna', address: { city: 'Oslo' } });
  });
});
