import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import { mergeClusterOnce } from './api';
import type { Cluster } from './graph-model';

/**
 * A fake API holding one cluster: `commit` decides whether a PUT merges it, `answer` whether
 * the answer arrives or is replaced by a late 503 (the after-write fault).
 */
function fakeApi(script: { commit: boolean; answer: boolean; status?: number }[]) {
  let status: NonNullable<Cluster['mergeInfo']>['status'] = 'NotMerged';
  const calls: string[] = [];
  const api = (async (path: string, options: RequestOptions = {}) => {
    calls.push(`${options.method ?? 'GET'} ${path}`);
    if (path.endsWith('/merge')) {
      const step = script.shift() ?? { commit: true, answer: true };
      if (step.commit) status = 'ManualSucceeded';
      if (!step.answer) {
        throw new ApiError({ status: step.status ?? 503, code: 'failed', message: 'Failed.' });
      }
    }
    return { id: 'c1', mergeInfo: { status } } satisfies Cluster;
  }) as ApiClient;
  return { api, calls };
}

const puts = (calls: string[]) => calls.filter((call) => call.startsWith('PUT'));

describe('mergeClusterOnce', () => {
  it('sends once when the answer arrives', async () => {
    const { api, calls } = fakeApi([{ commit: true, answer: true }]);
    const cluster = await mergeClusterOnce(api, 'scan-1', 'c1');
    expect(cluster.mergeInfo?.status).toBe('ManualSucceeded');
    expect(calls).toEqual(['PUT /externalcontacts/graphs/clusterscans/scan-1/clusters/c1/merge']);
  });

  it('re-reads the cluster after an uncertain failure and does not merge again', async () => {
    const { api, calls } = fakeApi([{ commit: true, answer: false }]);
    await expect(mergeClusterOnce(api, 'scan-2', 'c1')).rejects.toThrow('Failed.');
    const cluster = await mergeClusterOnce(api, 'scan-2', 'c1');
    expect(cluster.mergeInfo?.status).toBe('ManualSucceeded');
    expect(puts(calls)).toHaveLength(1);
    expect(calls.at(-1)).toBe('GET /externalcontacts/graphs/clusterscans/scan-2/clusters/c1');
  });

  it('sends again when the re-read shows the merge did not happen', async () => {
    const { api, calls } = fakeApi([
      { commit: false, answer: false },
      { commit: true, answer: true },
    ]);
    await expect(mergeClusterOnce(api, 'scan-3', 'c1')).rejects.toThrow();
    await mergeClusterOnce(api, 'scan-3', 'c1');
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['PUT', 'GET', 'PUT']);
  });

  it('does not re-read after a clear refusal', async () => {
    const { api, calls } = fakeApi([
      { commit: false, answer: false, status: 403 },
      { commit: true, answer: true },
    ]);
    await expect(mergeClusterOnce(api, 'scan-4', 'c1')).rejects.toThrow();
    await mergeClusterOnce(api, 'scan-4', 'c1');
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['PUT', 'PUT']);
  });
});
