import { describe, expect, it } from 'vitest';
import { mergeIds, mergeSearchSchema } from './merge-search';

describe('merge search params', () => {
  it('reads a list, a single id, or nothing', () => {
    expect(mergeIds(mergeSearchSchema.parse({ ids: ['a', 'b'] }))).toEqual(['a', 'b']);
    expect(mergeIds(mergeSearchSchema.parse({ ids: 'a' }))).toEqual(['a']);
    expect(mergeIds(mergeSearchSchema.parse({}))).toEqual([]);
  });

  it('drops blanks and repeats, and a bad value falls back to no ids', () => {
    expect(mergeIds(mergeSearchSchema.parse({ ids: [' a ', '', 'a', 'b'] }))).toEqual(['a', 'b']);
    expect(mergeIds(mergeSearchSchema.parse({ ids: 42 }))).toEqual([]);
    expect(mergeIds(mergeSearchSchema.parse({ ids: { a: 1 } }))).toEqual([]);
    // ?ids=1&ids=2: the router turns all-digit values into numbers.
    expect(mergeIds(mergeSearchSchema.parse({ ids: [1, 'b'] }))).toEqual(['1', 'b']);
  });

  it('never reads more ids than one bulk request takes', () => {
    const ids = Array.from({ length: 250 }, (_, index) => `c${index}`);
    expect(mergeIds(mergeSearchSchema.parse({ ids }))).toHaveLength(200);
  });
});
