import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { mergeOnce } from './api';

/**
 * A fake API holding one merge's state: `commit` decides whether a POST stores the merge, and
 * `answer` whether its answer arrives or is replaced by a late 503 (the after-write fault).
 */
function fakeApi(script: { commit: boolean; answer: boolean }[]) {
  let mergedTo: string | undefined;
  const calls: string[] = [];
  const api = (async (path: string, options: RequestOptions = {}) => {
    calls.push(`${options.method ?? 'GET'} ${path}`);
    if (path.endsWith('/contacts/merge')) {
      const step = script.shift() ?? { commit: true, answer: true };
      if (step.commit) mergedTo = `result-${calls.length}`;
      if (!step.answer) {
        throw new ApiError({ status: 503, code: 'service.unavailable', message: 'Unavailable.' });
      }
      return { id: mergedTo ?? '' } satisfies ExternalContact;
    }
    if (path.endsWith('/bulk/contacts/unresolved')) {
      const body = options.body as { entities: { id: string }[] };
      return {
        results: body.entities.map(({ id }) => ({
          id,
          success: true,
          status: 200,
          entity: { id, ...(mergedTo ? { mergedTo: { id: mergedTo } } : {}) },
        })),
      };
    }
    if (mergedTo && path.endsWith(`/contacts/${mergedTo}`)) return { id: mergedTo };
    throw new ApiError({ status: 404, code: 'not.found', message: 'Not found.' });
  }) as ApiClient;
  return { api, calls };
}

const merges = (calls: string[]) => calls.filter((call) => call.endsWith('/contacts/merge'));

describe('mergeOnce', () => {
  it('lands on the result when the merge was stored but its answer lost', async () => {
    const { api, calls } = fakeApi([{ commit: true, answer: false }]);
    const result = await mergeOnce(api, { contactIds: ['a', 'b'], valueOverride: null });
    expect(result.id).toBe('result-1');
    expect(merges(calls)).toHaveLength(1);
  });

  it('reports a failure that stored nothing, then checks before sending again', async () => {
    const { api, calls } = fakeApi([
      { commit: false, answer: false },
      { commit: true, answer: true },
    ]);
    const request = { contactIds: ['c', 'd'], valueOverride: { lastName: 'King' } };
    await expect(mergeOnce(api, request)).rejects.toThrow('Unavailable.');
    const result = await mergeOnce(api, request);
    expect(result.id).toMatch(/^result-/);
    expect(merges(calls)).toHaveLength(2);
    // The retry looked at the sources first.
    const retryStart = calls.indexOf('POST /externalcontacts/contacts/merge') + 1;
    expect(calls.slice(retryStart)).toContain('POST /externalcontacts/bulk/contacts/unresolved');
  });

  it('does not look anywhere after a refusal', async () => {
    const calls: string[] = [];
    const api = (async (path: string) => {
      calls.push(path);
      throw new ApiError({ status: 400, code: 'invalid.value', message: 'No.' });
    }) as ApiClient;
    await expect(mergeOnce(api, { contactIds: ['e', 'f'], valueOverride: null })).rejects.toThrow(
      'No.',
    );
    expect(calls).toEqual(['/externalcontacts/contacts/merge']);
  });
});
