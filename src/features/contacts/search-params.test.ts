import { describe, expect, it } from 'vitest';
import {
  contactSearchSchema,
  lastReachablePage,
  nextSortOrder,
  parseSortOrder,
} from './search-params';

describe('contact list search params', () => {
  it('defaults page and size when absent', () => {
    expect(contactSearchSchema.parse({})).toEqual({ pageNumber: 1, pageSize: 25 });
  });

  it('keeps valid values', () => {
    expect(
      contactSearchSchema.parse({
        q: 'ada',
        pageNumber: 3,
        pageSize: 100,
        sortOrder: 'title:desc',
        divisionIds: ['d1'],
      }),
    ).toEqual({
      q: 'ada',
      pageNumber: 3,
      pageSize: 100,
      sortOrder: 'title:desc',
      divisionIds: ['d1'],
    });
  });

  it('falls back on each bad value without losing the good ones', () => {
    expect(
      contactSearchSchema.parse({
        q: 42,
        pageNumber: -2,
        pageSize: 7,
        sortOrder: 'email:asc',
        divisionIds: 'd1',
      }),
    ).toEqual({
      q: undefined,
      pageNumber: 1,
      pageSize: 25,
      sortOrder: undefined,
      divisionIds: undefined,
    });
    expect(contactSearchSchema.parse({ pageNumber: 2.5, pageSize: '50', q: 'x' })).toEqual({
      q: 'x',
      pageNumber: 1,
      pageSize: 25,
    });
  });

  it('refuses more than 50 division ids', () => {
    const ids = Array.from({ length: 51 }, (_, index) => `d${index}`);
    expect(contactSearchSchema.parse({ divisionIds: ids }).divisionIds).toBeUndefined();
  });
});

describe('sorting', () => {
  it('sorts a new column ascending, then flips it', () => {
    expect(nextSortOrder(undefined, 'lastName')).toBe('lastName:asc');
    expect(nextSortOrder('lastName:asc', 'lastName')).toBe('lastName:desc');
    expect(nextSortOrder('lastName:desc', 'lastName')).toBe('lastName:asc');
    expect(nextSortOrder('lastName:desc', 'title')).toBe('title:asc');
  });

  it('reads a sort order', () => {
    expect(parseSortOrder('title:desc')).toEqual({ field: 'title', direction: 'desc' });
    expect(parseSortOrder(undefined)).toBeNull();
  });
});

describe('the 1,000-record window', () => {
  it('stops paging at 1,000 records', () => {
    expect(lastReachablePage(25, 80)).toBe(40);
    expect(lastReachablePage(100, 80)).toBe(10);
    expect(lastReachablePage(25, 3)).toBe(3);
    expect(lastReachablePage(25, 0)).toBe(1);
    expect(lastReachablePage(25, undefined)).toBe(40);
  });
});
