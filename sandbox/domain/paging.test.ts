import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../errors.ts';
import { pageListing, parsePaging, slicePage } from './paging.ts';

const rules = { defaultSize: 25, maxSize: 500 };

function problemOf(action: () => unknown): ApiProblem {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
  }
  throw new Error('expected an ApiProblem');
}

describe('parsePaging', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parsePaging({}, rules)).toEqual({ pageSize: 25, pageNumber: 1 });
  });

  it('reads query strings and JSON numbers alike', () => {
    expect(parsePaging({ pageSize: '10', pageNumber: '3' }, rules)).toEqual({
      pageSize: 10,
      pageNumber: 3,
    });
    expect(parsePaging({ pageSize: 10, pageNumber: 3 }, rules)).toEqual({
      pageSize: 10,
      pageNumber: 3,
    });
  });

  it.each([['0'], ['-1'], ['2.5'], ['ten'], [1.5]])(
    'rejects pageSize %s naming the field',
    (size) => {
      const problem = problemOf(() => parsePaging({ pageSize: size }, rules));
      expect(problem.status).toBe(400);
      expect(problem.code).toBe('bad.request');
      expect(problem.details).toEqual([{ fieldName: 'pageSize' }]);
    },
  );

  it('enforces the maximum size and the paging window', () => {
    expect(problemOf(() => parsePaging({ pageSize: '501' }, rules)).details).toEqual([
      { fieldName: 'pageSize' },
    ]);
    const windowed = { defaultSize: 20, maxSize: 200, maxWindow: 1000 };
    expect(parsePaging({ pageSize: '100', pageNumber: '10' }, windowed).pageNumber).toBe(10);
    expect(
      problemOf(() => parsePaging({ pageSize: '100', pageNumber: '11' }, windowed)).details,
    ).toEqual([{ fieldName: 'pageNumber' }]);
  });
});

describe('pageListing', () => {
  it('links first, previous, next and last pages and keeps the other parameters', () => {
    const listing = pageListing(['c', 'd'], 5, { pageSize: 2, pageNumber: 2 }, '/api/v2/users', {
      id: ['a', 'b'],
      pageSize: '2',
    });
    expect(listing).toMatchObject({ pageSize: 2, pageNumber: 2, total: 5, pageCount: 3 });
    expect(listing.firstUri).toBe('/api/v2/users?pageSize=2&pageNumber=1&id=a&id=b');
    expect(listing.previousUri).toBe('/api/v2/users?pageSize=2&pageNumber=1&id=a&id=b');
    expect(listing.nextUri).toBe('/api/v2/users?pageSize=2&pageNumber=3&id=a&id=b');
    expect(listing.lastUri).toBe('/api/v2/users?pageSize=2&pageNumber=3&id=a&id=b');
    expect(listing.selfUri).toBe('/api/v2/users?pageSize=2&pageNumber=2&id=a&id=b');
  });

  it('has no next or previous link on a single page, and a last link even when empty', () => {
    const listing = pageListing([], 0, { pageSize: 25, pageNumber: 1 }, '/x');
    expect(listing.pageCount).toBe(0);
    expect(listing.nextUri).toBeUndefined();
    expect(listing.previousUri).toBeUndefined();
    expect(listing.lastUri).toBe('/x?pageSize=25&pageNumber=1');
  });

  it('slices in-memory lists', () => {
    expect(slicePage([1, 2, 3, 4, 5], { pageSize: 2, pageNumber: 3 })).toEqual([5]);
  });
});
