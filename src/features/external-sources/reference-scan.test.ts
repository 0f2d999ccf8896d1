import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { scanReferences, type KindScanProgress } from './reference-scan';

const contact = (id: string, sourceIds: string[]) => ({
  id,
  firstName: 'Ada',
  lastName: id,
  externalIds: sourceIds.map((sourceId) => ({ externalSource: { id: sourceId }, value: 'x' })),
});

/** Serves `pages` in order; page n's cursor is `c<n+1>` (none on the last). */
function pagedApi(pages: object[][], calls: unknown[] = []): ApiClient {
  return (async (_path: string, options?: { query?: Record<string, unknown> }) => {
    calls.push(options?.query);
    const index = options?.query?.cursor ? Number(String(options.query.cursor).slice(1)) : 0;
    const after = index + 1 < pages.length ? `c${index + 1}` : undefined;
    return { entities: pages[index], cursors: after ? { after } : {} };
  }) as ApiClient;
}

describe('scanReferences', () => {
  it('reads every page and reports the records on the source', async () => {
    const calls: unknown[] = [];
    const reports: KindScanProgress[] = [];
    await scanReferences(
      pagedApi([[contact('a', ['s1']), contact('b', ['s2'])], [contact('c', ['s2', 's1'])]], calls),
      'contacts',
      's1',
      new AbortController().signal,
      (progress) => reports.push(progress),
    );
    expect(calls).toEqual([
      { limit: 200, cursor: undefined },
      { limit: 200, cursor: 'c1' },
    ]);
    expect(reports.at(-1)).toEqual({
      scanned: 3,
      status: 'done',
      matches: [
        { id: 'a', name: 'Ada a' },
        { id: 'c', name: 'Ada c' },
      ],
    });
  });

  it('stops between pages and keeps what it found', async () => {
    const abort = new AbortController();
    const reports: KindScanProgress[] = [];
    await scanReferences(
      pagedApi([[contact('a', ['s1'])], [contact('b', ['s1'])]]),
      'contacts',
      's1',
      abort.signal,
      (progress) => {
        reports.push(progress);
        if (progress.scanned === 1) abort.abort();
      },
    );
    expect(reports.at(-1)).toMatchObject({ scanned: 1, status: 'stopped' });
    expect(reports.at(-1)?.matches).toHaveLength(1);
  });

  it('says when the scan fails, with what it read so far', async () => {
    const reports: KindScanProgress[] = [];
    const failing = (async () => {
      throw new ApiError({ status: 403, code: 'missing.permissions', message: 'No access.' });
    }) as ApiClient;
    await scanReferences(failing, 'organizations', 's1', new AbortController().signal, (p) =>
      reports.push(p),
    );
    expect(reports.at(-1)).toEqual({
      scanned: 0,
      matches: [],
      status: 'failed',
      error: 'No access.',
    });
  });
});
