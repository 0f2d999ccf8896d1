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

describe('combineFields with list limits', () => {
  const limits = { '$.facebookId.ids': 1, '$.appleOpaqueIds': 3 };

  it('fills a list only up to its limit and keeps what is stored first', () => {
    const stored = { facebookId: { ids: [{ scopedId: 'a' }] } };
    const result = combineFields(stored, { facebookId: { ids: [{ scopedId: 'b' }] } }, {}, limits);
    expect(result).toEqual({ facebookId: { ids: [{ scopedId: 'a' }] } });
    const apple = combineFields(
      { appleOpaqueIds: [{ value: '1' }, { value: '2' }] },
      { appleOpaqueIds: [{ value: '3' }, { value: '4' }] },
      {},
      limits,
    );
    expect(apple.appleOpaqueIds).toEqual([{ value: '1' }, { value: '2' }, { value: '3' }]);
  });

  it('leaves Replace and Extend alone: an over-long list is for the write rules to refuse', () => {
    const stored = { facebookId: { ids: [{ scopedId: 'a' }] } };
    const provided = { facebookId: { ids: [{ scopedId: 'b' }] } };
    const replaced = combineFields(stored, provided, { defaultArrayAction: 'Replace' }, limits);
    expect(replaced).toEqual(provided);
    const extended = combineFields(stored, provided, { defaultArrayAction: 'Extend' }, limits);
    expect(extended).toEqual({ facebookId: { ids: [{ scopedId: 'a' }, { scopedId: 'b' }] } });
  });

  it('fills an empty stored list with the provided items, still within the limit', () => {
    const result = combineFields(
      {},
      { appleOpaqueIds: [{ value: '1' }, { value: '2' }, { value: '3' }, { value: '4' }] },
      {},
      limits,
    );
    // Nothing stored: the provided list is taken as sent, and the write rules judge its length.
    expect(result.appleOpaqueIds).toHaveLength(4);
  });

  it('applies a per-field array rule over the default', () => {
    const result = combineFields(
      { tags: ['a'], websites: ['x'] },
      { tags: ['b'], websites: ['y'] },
      { defaultArrayAction: 'Replace', rules: [{ field: '$.tags', arrayAction: 'Extend' }] },
    );
    expect(result).toEqual({ tags: ['a', 'b'], websites: ['y'] });
  });
});
