import { describe, expect, it } from 'vitest';
import type { ApiClient, RequestOptions } from '@/api/client';
import { allSourcesQueryOptions } from './api';

const source = (id: string, name: string, active = true) => ({ id, name, active });

/** A fake API that answers the listing in pages, following the cursor it gave. */
function pagedApi(pages: { entities: object[]; after?: string }[]) {
  const calls: RequestOptions['query'][] = [];
  const api = (async (path: string, options?: RequestOptions) => {
    expect(path).toBe('/externalcontacts/externalsources');
    calls.push(options?.query);
    const index = options?.query?.cursor ? Number(options.query.cursor) : 0;
    const page = pages[index] ?? { entities: [] };
    return { entities: page.entities, cursors: page.after ? { after: page.after } : {} };
  }) as ApiClient;
  return { api, calls };
}

const run = (api: ApiClient) =>
  (
    allSourcesQueryOptions(api).queryFn as (context: {
      signal: AbortSignal;
    }) => Promise<{ id: string; name: string }[]>
  )({ signal: new AbortController().signal });

describe('every external source, for a picker', () => {
  it('reads every cursor page at the largest size and sorts by name', async () => {
    const { api, calls } = pagedApi([
      { entities: [source('a', 'Zendesk'), source('b', 'CRM 10')], after: '1' },
      { entities: [source('c', 'CRM 9', false)], after: '2' },
      { entities: [source('d', 'billing')] },
    ]);
    const sources = await run(api);
    expect(sources.map((item) => item.name)).toEqual(['billing', 'CRM 9', 'CRM 10', 'Zendesk']);
    expect(calls).toEqual([
      { limit: 200, cursor: undefined },
      { limit: 200, cursor: '1' },
      { limit: 200, cursor: '2' },
    ]);
  });

  it('stops on an empty page even if a cursor came with it', async () => {
    const { api, calls } = pagedApi([{ entities: [], after: '0' }]);
    expect(await run(api)).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('shares the sources resource key, so a source write refreshes the picker', () => {
    const { api } = pagedApi([]);
    expect(allSourcesQueryOptions(api).queryKey[0]).toBe('sources');
  });
});
