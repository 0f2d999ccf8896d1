import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// React Query sets no polling timer where there is no window (a server render): these tests
// follow a job the way the browser does, so they give it one before it loads.
vi.hoisted(() => {
  Object.assign(globalThis, { window: globalThis });
});

import { InfiniteQueryObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExportJob } from './export-jobs-api';
import {
  addStartedJob,
  exportJobQueryOptions,
  kindLists,
  recentJobsQueryOptions,
  recentKey,
  type RecentData,
} from './export-jobs-queries';

const T0 = Date.parse('2026-05-04T10:00:00.000Z');
const running = (id: string): ExportJob => ({
  id,
  status: 'RUNNING',
  dateCreated: new Date(T0).toISOString(),
});

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('following a running job', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads it at once and every second until it ends, then stops reading', async () => {
    const answers: ExportJob[] = [
      running('j1'),
      running('j1'),
      { ...running('j1'), status: 'SUCCEEDED', resultRowCount: 42, downloadUrl: 'https://x/f' },
    ];
    const paths: string[] = [];
    const api = (async (path: string) => {
      paths.push(path);
      return answers.shift() ?? answers.at(-1);
    }) as ApiClient;
    const client = newClient();
    const observer = new QueryObserver(
      client,
      exportJobQueryOptions(api, 'contacts', running('j1')),
    );
    const seen: (string | null | undefined)[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data?.status));

    await vi.advanceTimersByTimeAsync(0);
    expect(paths).toEqual(['/externalcontacts/contacts/exports/j1']);
    await vi.advanceTimersByTimeAsync(999);
    expect(paths).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(paths).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(paths).toHaveLength(3);
    expect(observer.getCurrentResult().data).toMatchObject({
      status: 'SUCCEEDED',
      resultRowCount: 42,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(paths).toHaveLength(3);
    expect(seen.at(-1)).toBe('SUCCEEDED');
    unsubscribe();
  });

  it('keeps following through a failed read (a 503), and never reads a finished job', async () => {
    let calls = 0;
    const api = (async () => {
      calls += 1;
      if (calls === 1) throw new ApiError({ status: 503, code: 'x', message: 'Busy.' });
      return { ...running('j2'), status: 'FAILED', dateCompletion: new Date(T0).toISOString() };
    }) as ApiClient;
    const client = newClient();
    const observer = new QueryObserver(client, exportJobQueryOptions(api, 'notes', running('j2')));
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult().isError).toBe(true);
    expect(observer.getCurrentResult().data?.status).toBe('RUNNING');
    await vi.advanceTimersByTimeAsync(1000);
    expect(observer.getCurrentResult().data?.status).toBe('FAILED');
    unsubscribe();

    const finished = new QueryObserver(
      newClient(),
      exportJobQueryOptions(api, 'notes', { ...running('j3'), status: 'SUCCEEDED' }),
    );
    const stop = finished.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
    stop();
  });
});

describe('the recent jobs listing', () => {
  it('reads every kind, then only the kinds with older pages; one failing kind is reported', async () => {
    const requests: string[] = [];
    const api = (async (path: string, options: RequestOptions = {}) => {
      const after = options.query?.after as string | undefined;
      requests.push(`${path}${after ? `?after=${after}` : ''}`);
      if (path.includes('/notes/')) {
        throw new ApiError({ status: 403, code: 'missing.permissions', message: 'No.' });
      }
      if (path.includes('/contacts/') && !after) {
        return { entities: [running('c2')], nextUri: `${path}?pageSize=25&after=Mg` };
      }
      return { entities: [running(after ? 'c1' : 'o1')] };
    }) as ApiClient;
    const client = newClient();
    const kinds = ['contacts', 'organizations', 'notes'] as const;
    const observer = new InfiniteQueryObserver(client, recentJobsQueryOptions(api, kinds));
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    const first = observer.getCurrentResult();
    expect(first.data?.pages[0]?.failures).toEqual({
      notes:
        'Your roles do not include the permission to do this. Ask an administrator if you need it.',
    });
    expect(first.hasNextPage).toBe(true);
    expect(kindLists(first.data?.pages ?? [], kinds).map((list) => list.hasMore)).toEqual([
      true,
      false,
      false,
    ]);

    await observer.fetchNextPage();
    expect(requests.slice(3)).toEqual(['/externalcontacts/contacts/exports?after=Mg']);
    const lists = kindLists(observer.getCurrentResult().data?.pages ?? [], kinds);
    expect(lists[0]?.jobs.map((job) => job.id)).toEqual(['c2', 'c1']);
    expect(observer.getCurrentResult().hasNextPage).toBe(false);

    // A job just started is first in its kind's list before the listing is read again.
    addStartedJob(client, kinds, 'organizations', running('o-new'));
    const data = client.getQueryData<RecentData>(recentKey(kinds));
    expect(kindLists(data?.pages ?? [], kinds)[1]?.jobs.map((job) => job.id)).toEqual([
      'o-new',
      'o1',
    ]);
    unsubscribe();
  });

  it('fails only when no listing can be read', async () => {
    const api = (async () => {
      throw new ApiError({ status: 500, code: 'x', message: 'Down.' });
    }) as ApiClient;
    const client = newClient();
    await expect(
      client.fetchInfiniteQuery(recentJobsQueryOptions(api, ['contacts', 'notes'])),
    ).rejects.toThrow('Down.');
  });
});
