import { describe, expect, it } from 'vitest';
import type { ApiClient, RequestOptions } from '@/api/client';
import { readClusterPage } from './cluster-page-read';
import type { Cluster } from './graph-model';
import { toClusterListParams, type DuplicatesSearch } from './search-params';

/** A scan of `count` clusters of 2 contacts (every third of 3), served 100 at a time. */
function fakeScan(count: number) {
  const clusters: Cluster[] = Array.from({ length: count }, (_, index) => {
    const size = index % 3 === 0 ? 3 : 2;
    return {
      id: `k${index}`,
      graph: {
        vertices: {
          contacts: Array.from({ length: size }, (__, member) => ({
            vertexId: `c${member}`,
            contact: { id: `k${index}-${member}`, firstName: `N${index}` },
          })),
        },
      },
    };
  });
  let reads = 0;
  const api = (async (_path: string, options: RequestOptions = {}) => {
    reads += 1;
    const query = options.query as { limit: number; cursor?: string };
    const start = Number(query.cursor ?? 0);
    const end = start + query.limit;
    return {
      entities: clusters.slice(start, end),
      cursors: end < clusters.length ? { after: String(end) } : {},
    };
  }) as ApiClient;
  return { api, reads: () => reads };
}

const read = (api: ApiClient, search: DuplicatesSearch) =>
  readClusterPage(api, 'scan', toClusterListParams(search));

describe('readClusterPage', () => {
  it('pages through every cluster once, across API pages', async () => {
    const { api } = fakeScan(130);
    const seen: string[] = [];
    let search: DuplicatesSearch = {};
    for (;;) {
      const page = await read(api, search);
      seen.push(...page.rows.map((row) => row.cluster.id));
      if (!page.next) break;
      search = { cursor: page.next.cursor, skip: page.next.skip };
    }
    expect(seen).toEqual(Array.from({ length: 130 }, (_, index) => `k${index}`));
  });

  it('fills a page with matches from several API pages and starts the next after them', async () => {
    const { api } = fakeScan(130);
    const page = await read(api, { minSize: 3 });
    expect(page.rows).toHaveLength(20);
    expect(page.rows.every((row) => row.members.length === 3)).toBe(true);
    expect(page.next).toEqual({ cursor: undefined, skip: 58 });
    const second = await read(api, {
      minSize: 3,
      cursor: page.next?.cursor,
      skip: page.next?.skip,
    });
    expect(second.rows.map((row) => row.cluster.id)[0]).toBe('k60');
    expect(second.rows).toHaveLength(20);
    const third = await read(api, {
      minSize: 3,
      cursor: second.next?.cursor,
      skip: second.next?.skip,
    });
    expect(third.rows).toHaveLength(4);
    expect(third.next).toBeUndefined();
  });

  it('stops after ten API reads and says where to go on', async () => {
    const { api, reads } = fakeScan(1500);
    const page = await read(api, { name: 'nobody' });
    expect(page.rows).toEqual([]);
    expect(page).toMatchObject({ cutShort: true, looked: 1000, next: { cursor: '1000', skip: 0 } });
    expect(reads()).toBe(10);
  });
});
