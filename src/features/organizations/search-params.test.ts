import { describe, expect, it } from 'vitest';
import { toListParams } from './list-params';
import {
  nextSort,
  organizationContactsSearchSchema,
  organizationSearchSchema,
  sortDirectionOf,
} from './search-params';

describe('organization list search params', () => {
  it('fills defaults for an empty link', () => {
    expect(organizationSearchSchema.parse({})).toEqual({ pageNumber: 1, pageSize: 25 });
  });

  it('keeps valid values', () => {
    expect(
      organizationSearchSchema.parse({
        q: 'acme',
        pageNumber: 3,
        pageSize: 50,
        sortOrder: 'industry:desc',
      }),
    ).toEqual({ q: 'acme', pageNumber: 3, pageSize: 50, sortOrder: 'industry:desc' });
  });

  it('replaces each bad value on its own', () => {
    expect(
      organizationSearchSchema.parse({
        q: 'acme',
        pageNumber: 0,
        pageSize: 30,
        sortOrder: 'revenue:asc',
      }),
    ).toEqual({ q: 'acme', pageNumber: 1, pageSize: 25 });
    expect(organizationSearchSchema.parse({ sortOrder: 'name:sideways' }).sortOrder).toBe(
      undefined,
    );
  });

  it('sorts only by the documented organization fields', () => {
    for (const field of ['name', 'companyType', 'industry'])
      expect(organizationSearchSchema.parse({ sortOrder: `${field}:asc` }).sortOrder).toBe(
        `${field}:asc`,
      );
    // Contact fields belong to the Contacts tab, not the organization list.
    expect(organizationSearchSchema.parse({ sortOrder: 'lastName:asc' }).sortOrder).toBe(undefined);
    expect(organizationContactsSearchSchema.parse({ sortOrder: 'lastName:asc' }).sortOrder).toBe(
      'lastName:asc',
    );
    expect(organizationContactsSearchSchema.parse({ sortOrder: 'name:asc' }).sortOrder).toBe(
      undefined,
    );
  });

  it('stops paging at the 1,000-record window and trims the query', () => {
    const search = organizationSearchSchema.parse({ q: '  acme ', pageNumber: 99, pageSize: 100 });
    expect(toListParams(search)).toEqual({
      q: 'acme',
      pageNumber: 10,
      pageSize: 100,
      sortOrder: undefined,
    });
    expect(toListParams(organizationSearchSchema.parse({ q: '   ' })).q).toBeUndefined();
  });

  it('flips a sorted column and starts others ascending', () => {
    expect(nextSort(undefined, 'name')).toBe('name:asc');
    expect(nextSort('name:asc', 'name')).toBe('name:desc');
    expect(nextSort('name:desc', 'name')).toBe('name:asc');
    expect(nextSort('name:desc', 'industry')).toBe('industry:asc');
    expect(sortDirectionOf('industry:desc', 'industry')).toBe('desc');
    expect(sortDirectionOf('industry:desc', 'name')).toBeNull();
  });
});
