import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { chunk } from './bulk-api';
import { importContacts, pairResults, type RowToSend } from './import-engine';

type Fault = 'none' | 'after-write-503' | 'before-503' | '429' | 'drop-after-write';

/** An in-memory stand-in for the bulk add and search endpoints, with scripted faults. */
function fakeApi(faults: Fault[] = []) {
  const stored: ExternalContact[] = [];
  const requests: { path: string; size: number }[] = [];
  let next = 1;
  const api = (async (path: string, options: RequestOptions = {}) => {
    if (path === '/externalcontacts/contacts') {
      const q = String(options.query?.q ?? '');
      return { entities: stored.filter((c) => JSON.stringify(c).includes(q)) };
    }
    const entities = (options.body as { entities: Record<string, unknown>[] }).entities;
    requests.push({ path, size: entities.length });
    const fault = faults.shift() ?? 'none';
    if (fault === 'before-503')
      throw new ApiError({ status: 503, code: 'x', message: 'Unavailable.' });
    if (fault === '429') {
      throw new ApiError({ status: 429, code: 'x', message: 'Slow down.', retryAfterSeconds: 2 });
    }
    const results = entities.map((entity) => {
      if (entity.lastName === 'Bad') {
        return {
          success: false,
          status: 400,
          error: { message: 'Work email is wrong.', status: 400, entity },
        };
      }
      const contact = {
        ...entity,
        id: `id-${next++}`,
        createDate: new Date().toISOString(),
      } as ExternalContact;
      stored.push(contact);
      return { id: contact.id, success: true, status: 200, entity: contact };
    });
    if (fault === 'after-write-503') {
      throw new ApiError({ status: 503, code: 'x', message: 'Unavailable.' });
    }
    if (fault === 'drop-after-write') {
      throw new ApiError({ status: 0, code: 'network.error', message: 'Unreachable.' });
    }
    return { results: results.reverse(), errorCount: 0, errorIndexes: [] };
  }) as ApiClient;
  return { api, stored, requests };
}

const rows = (count: number, lastName = 'Doe'): RowToSend[] =>
  Array.from({ length: count }, (_, i) => ({
    rowNumber: i + 2,
    body: { firstName: `P${i}`, lastName, workEmail: `p${i}@example.com` },
  }));

const waits: number[] = [];
const noWait = async (ms: number) => {
  waits.push(ms);
};

describe('chunking', () => {
  it('splits into chunks of at most 200', () => {
    expect(chunk(Array.from({ length: 450 }, (_, i) => i)).map((part) => part.length)).toEqual([
      200, 200, 50,
    ]);
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it('sends 450 rows as three bulk adds and reports each chunk as it ends', async () => {
    const { api, stored, requests } = fakeApi();
    const progress: number[] = [];
    const outcomes = await importContacts({
      api,
      rows: rows(450),
      divisionId: 'd1',
      sleep: noWait,
      onOutcomes: (_, p) => progress.push(p.done),
    });
    expect(requests.map((r) => r.size)).toEqual([200, 200, 50]);
    expect(progress).toEqual([200, 400, 450]);
    expect(stored).toHaveLength(450);
    expect(stored.every((c) => (c.division as { id: string }).id === 'd1')).toBe(true);
    // Results came back reversed: each row still gets its own contact.
    expect(outcomes.get(2)).toEqual({ status: 'created', contactId: stored[0]!.id });
  });
});

describe('faults', () => {
  it('a 503 after the write: rows are found, not sent again', async () => {
    const { api, stored, requests } = fakeApi(['after-write-503']);
    const outcomes = await importContacts({ api, rows: rows(12), divisionId: 'd1', sleep: noWait });
    expect(requests).toHaveLength(1);
    expect(stored).toHaveLength(12);
    expect([...outcomes.values()].every((o) => o.status === 'created' && o.recovered)).toBe(true);
  });

  it('a dropped connection after the write, twice identical rows: two contacts, no more', async () => {
    const { api, stored } = fakeApi(['drop-after-write']);
    const twins = [...rows(1), { ...rows(1)[0]!, rowNumber: 3 }];
    const outcomes = await importContacts({ api, rows: twins, divisionId: 'd1', sleep: noWait });
    expect(stored).toHaveLength(2);
    const ids = [...outcomes.values()].map((o) => (o.status === 'created' ? o.contactId : ''));
    expect(new Set(ids).size).toBe(2);
  });

  it('a 503 before the write: rows are looked for, not found, then sent again', async () => {
    const { api, stored, requests } = fakeApi(['before-503']);
    await importContacts({ api, rows: rows(3), divisionId: 'd1', sleep: noWait });
    expect(requests).toHaveLength(2);
    expect(stored).toHaveLength(3);
  });

  it('a 429 waits what Retry-After asks and sends the chunk again', async () => {
    waits.length = 0;
    const { api, stored } = fakeApi(['429']);
    await importContacts({ api, rows: rows(2), divisionId: 'd1', sleep: noWait });
    expect(waits).toEqual([2000]);
    expect(stored).toHaveLength(2);
  });

  it('keeps per-row refusals with the API’s message, and other rows created', async () => {
    const { api } = fakeApi();
    const outcomes = await importContacts({
      api,
      rows: [...rows(1), ...rows(1, 'Bad').map((r) => ({ ...r, rowNumber: 9 }))],
      divisionId: 'd1',
      sleep: noWait,
    });
    expect(outcomes.get(2)?.status).toBe('created');
    expect(outcomes.get(9)).toEqual({ status: 'failed', message: 'Work email is wrong.' });
  });

  it('a retry of an uncertain row looks first and takes the stored contact', async () => {
    const { api, stored, requests } = fakeApi();
    await importContacts({ api, rows: rows(1), divisionId: 'd1', sleep: noWait });
    const outcomes = await importContacts({
      api,
      rows: rows(1).map((row) => ({ ...row, uncertainSince: Date.now() - 1000 })),
      divisionId: 'd1',
      sleep: noWait,
    });
    expect(requests).toHaveLength(1);
    expect(stored).toHaveLength(1);
    expect(outcomes.get(2)).toEqual({
      status: 'created',
      contactId: stored[0]!.id,
      recovered: true,
    });
  });

  it('a 400 for the whole request fails every row of the chunk with its message', async () => {
    const api = (async () => {
      throw new ApiError({ status: 400, code: 'bad', message: 'entities must be a list.' });
    }) as ApiClient;
    const outcomes = await importContacts({ api, rows: rows(2), divisionId: 'd1', sleep: noWait });
    expect([...outcomes.values()]).toEqual([
      { status: 'failed', message: 'entities must be a list.' },
      { status: 'failed', message: 'entities must be a list.' },
    ]);
  });
});

describe('pairing results', () => {
  it('pairs by content when the order differs, and leaves an unanswered row unknown', () => {
    const sent = rows(3);
    const paired = pairResults(sent, [
      { success: true, id: 'b', entity: { id: 'b', ...sent[1]!.body } as ExternalContact },
      { success: true, id: 'a', entity: { id: 'a', ...sent[0]!.body } as ExternalContact },
    ]);
    expect(paired.map((result) => result?.id)).toEqual(['a', 'b', undefined]);
  });
});
