import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import { mergeClusterByRule, type ClusterMergeRequest } from './bulk-merge-api';

/**
 * A fake API holding two contacts: each POST merge commits (or not) and answers (or loses its
 * answer to a late 503); the bulk unresolved read tells where the contacts went.
 */
function fakeApi(script: { commit: boolean; answer: boolean }[]) {
  let mergedTo: string | undefined;
  const calls: string[] = [];
  const bodies: unknown[] = [];
  const api = (async (path: string, options: RequestOptions = {}) => {
    calls.push(`${options.method ?? 'GET'} ${path}`);
    if (path === '/externalcontacts/contacts/merge') {
      bodies.push(options.body);
      const step = script.shift() ?? { commit: true, answer: true };
      if (step.commit) mergedTo = `result-${calls.length}`;
      if (!step.answer) throw new ApiError({ status: 503, code: 'failed', message: 'Late.' });
      return { id: mergedTo };
    }
    if (path === '/externalcontacts/bulk/contacts/unresolved') {
      return {
        results: ['a', 'b'].map((id) => ({
          id,
          success: true,
          entity: { id, ...(mergedTo ? { mergedTo: { id: mergedTo } } : {}) },
        })),
      };
    }
    throw new Error(`unexpected ${path}`);
  }) as ApiClient;
  return { api, calls, bodies };
}

const request = (clusterId: string): ClusterMergeRequest => ({
  scanId: 's',
  clusterId,
  contactIds: ['a', 'b'],
  rule: 'complete',
  valueOverride: { title: 'Head buyer' },
});

const posts = (calls: string[]) =>
  calls.filter((call) => call.startsWith('POST /externalcontacts/contacts/merge'));

describe('mergeClusterByRule', () => {
  it('sends the contacts and the plan’s override once', async () => {
    const { api, calls, bodies } = fakeApi([{ commit: true, answer: true }]);
    await expect(mergeClusterByRule(api, request('k1'))).resolves.toBe('result-1');
    expect(posts(calls)).toHaveLength(1);
    expect(bodies[0]).toEqual({ contactIds: ['a', 'b'], valueOverride: { title: 'Head buyer' } });
  });

  it('takes a merge whose answer was lost as done, without sending it again', async () => {
    const { api, calls } = fakeApi([{ commit: true, answer: false }]);
    await expect(mergeClusterByRule(api, request('k2'))).resolves.toBe('result-1');
    // And a retry of the same cluster finds it merged too.
    await expect(mergeClusterByRule(api, request('k2'))).resolves.toBe('result-1');
    expect(posts(calls)).toHaveLength(1);
  });

  it('sends again only when the merge surely did not happen', async () => {
    const { api, calls } = fakeApi([
      { commit: false, answer: false },
      { commit: true, answer: true },
    ]);
    await expect(
      mergeClusterByRule(api, { ...request('k3'), contactIds: ['a', 'b'] }),
    ).rejects.toThrow('Late.');
    await expect(mergeClusterByRule(api, request('k3'))).resolves.toMatch(/^result-/);
    expect(posts(calls)).toHaveLength(2);
  });
});
