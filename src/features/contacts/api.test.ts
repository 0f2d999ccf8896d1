import { describe, expect, it } from 'vitest';
import { contactDetailQueryOptions, contactKeys, contactListQueryOptions } from './api';
import { toListParams } from '@/record-kit/list-params';
import type { ApiClient } from '@/api/client';

describe('contact query keys', () => {
  it('nests lists and details under one root, so writes can invalidate exactly', () => {
    const params = toListParams({ pageNumber: 1, pageSize: 25 });
    expect(contactKeys.list(params).slice(0, 2)).toEqual(contactKeys.lists());
    expect(contactKeys.detail('c1')).toEqual(['contacts', 'detail', 'c1']);
    expect(contactKeys.detail('c1').slice(0, 2)).toEqual(contactKeys.details());
    expect(contactKeys.lists()[0]).toBe(contactKeys.all[0]);
  });

  it('gives equal searches the same key', () => {
    const a = toListParams({ q: '  ada ', pageNumber: 1, pageSize: 25, divisionIds: ['b', 'a'] });
    const b = toListParams({ q: 'ada', pageNumber: 1, pageSize: 25, divisionIds: ['a', 'b'] });
    expect(contactKeys.list(a)).toEqual(contactKeys.list(b));
    expect(toListParams({ q: '   ', pageNumber: 1, pageSize: 25 }).q).toBeUndefined();
  });

  it('never asks for a page past the 1,000-record window', () => {
    expect(toListParams({ pageNumber: 999, pageSize: 25 }).pageNumber).toBe(40);
    expect(toListParams({ pageNumber: 11, pageSize: 100 }).pageNumber).toBe(10);
  });
});

describe('contact queries', () => {
  it('sends the list parameters and the abort signal', async () => {
    const calls: unknown[][] = [];
    const api = (async (...args: unknown[]) => {
      calls.push(args);
      return { entities: [] };
    }) as ApiClient;
    const options = contactListQueryOptions(
      api,
      toListParams({ q: 'ada', pageNumber: 2, pageSize: 50, sortOrder: 'title:asc' }),
    );
    const signal = new AbortController().signal;
    await (options.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal });
    expect(calls[0]).toEqual([
      '/externalcontacts/contacts',
      {
        query: {
          q: 'ada',
          pageNumber: 2,
          pageSize: 50,
          sortOrder: 'title:asc',
          divisionIds: undefined,
          expand: ['externalOrganization', 'division'],
        },
        signal,
      },
    ]);
  });

  it('reads a contact with its organization, identifiers and division in one request', async () => {
    const calls: unknown[][] = [];
    const api = (async (...args: unknown[]) => {
      calls.push(args);
      return { id: 'c/1' };
    }) as ApiClient;
    const options = contactDetailQueryOptions(api, 'c/1');
    expect(options.queryKey).toEqual(['contacts', 'detail', 'c/1']);
    const signal = new AbortController().signal;
    await (options.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal });
    expect(calls[0]).toEqual([
      '/externalcontacts/contacts/c%2F1',
      { query: { expand: ['externalOrganization', 'identifiers', 'division'] }, signal },
    ]);
  });
});
