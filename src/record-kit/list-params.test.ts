import { describe, expect, it } from 'vitest';
import { CONTACT_SORT_FIELDS } from '@/models/contact-fields';
import { ORGANIZATION_SORT_FIELDS } from '@/models/organization-fields';
import {
  lastReachablePage,
  nextSortOrder,
  parseSortOrder,
  recordSearchSchema,
  toListParams,
} from './list-params';

const contactSearchSchema = recordSearchSchema(CONTACT_SORT_FIELDS);
const organizationSearchSchema = recordSearchSchema(ORGANIZATION_SORT_FIELDS);

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
    // The Contacts tab (GET …/organizations/{id}/contacts) sorts by the contact search's fields.
    expect(contactSearchSchema.parse({ sortOrder: 'lastName:asc' }).sortOrder).toBe('lastName:asc');
    expect(contactSearchSchema.parse({ sortOrder: 'name:asc' }).sortOrder).toBe(undefined);
  });

  it('stops paging at the 1,000-record window and trims the query', () => {
    const search = organizationSearchSchema.parse({ q: '  acme ', pageNumber: 99, pageSize: 100 });
    expect(toListParams(search)).toEqual({
      q: 'acme',
      pageNumber: 10,
      pageSize: 100,
      sortOrder: undefined,
      divisionIds: undefined,
    });
    expect(toListParams(organizationSearchSchema.parse({ q: '   ' })).q).toBeUndefined();
  });
});

describe('sorting', () => {
  it('sorts a new column ascending, then flips it', () => {
    expect(nextSortOrder(undefined, 'lastName')).toBe('lastName:asc');
    expect(nextSortOrder('lastName:asc', 'lastName')).toBe('lastName:desc');
    expect(nextSortOrder('lastName:desc', 'lastName')).toBe('lastName:asc');
    expect(nextSortOrder('lastName:desc', 'title')).toBe('title:asc');
    expect(nextSortOrder(undefined, 'name')).toBe('name:asc');
    expect(nextSortOrder('name:asc', 'name')).toBe('name:desc');
    expect(nextSortOrder('name:desc', 'name')).toBe('name:asc');
    expect(nextSortOrder('name:desc', 'industry')).toBe('industry:asc');
  });

  it('reads a sort order', () => {
    expect(parseSortOrder('title:desc')).toEqual({ field: 'title', direction: 'desc' });
    expect(parseSortOrder('industry:desc')?.direction).toBe('desc');
    expect(parseSortOrder(undefined)).toBeNull();
    expect(parseSortOrder('name:sideways')).toBeNull();
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
