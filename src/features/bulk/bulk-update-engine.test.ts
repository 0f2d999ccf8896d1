import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ExternalContact } from '@/models/contact-fields';
import type { BulkResponse } from './bulk-api';
import type { BulkRecordEndpoints } from './bulk-edit-api';
import { pairById, updateRecords, type RecordDecision } from './bulk-update-engine';

type Fault = 'none' | 'after-write-503' | 'before-503' | 'drop-after-write' | '429' | 'forbidden';

/**
 * An in-memory bulk fetch/update with scripted faults on updates. `writes` counts how many
 * times each record was really written, which is what "never applied twice" is about.
 */
function fakeStore(count: number, faults: Fault[] = []) {
  const stored = new Map<string, ExternalContact>();
  for (let i = 0; i < count; i += 1) {
    stored.set(`c${i}`, { id: `c${i}`, firstName: `P${i}`, title: 'Sales lead' });
  }
  const writes = new Map<string, number>();
  const requests: { kind: 'fetch' | 'update'; size: number }[] = [];
  const endpoints: BulkRecordEndpoints<ExternalContact> = {
    fetch: async (ids) => {
      requests.push({ kind: 'fetch', size: ids.length });
      // Reversed: Genesys does not promise the order of results.
      const results = ids
        .map((id) => {
          const contact = stored.get(id);
          return contact
            ? { id, success: true, status: 200, entity: structuredClone(contact) }
            : { id, success: false, status: 404, error: { status: 404, message: 'Not found.' } };
        })
        .reverse();
      return { results } as BulkResponse<ExternalContact>;
    },
    update: async (entities) => {
      requests.push({ kind: 'update', size: entities.length });
      const fault = faults.shift() ?? 'none';
      if (fault === 'before-503') throw new ApiError({ status: 503, code: 'x', message: 'Down.' });
      if (fault === '429')
        throw new ApiError({ status: 429, code: 'x', message: 'Slow.', retryAfterSeconds: 1 });
      if (fault === 'forbidden') throw new ApiError({ status: 403, code: 'x', message: 'No.' });
      const results = entities.map((entity) => {
        const id = String(entity.id);
        if (entity.title === 'Refused') {
          return {
            success: false,
            status: 400,
            error: { status: 400, message: 'Title is refused.', entity },
          };
        }
        stored.set(id, entity as unknown as ExternalContact);
        writes.set(id, (writes.get(id) ?? 0) + 1);
        return { id, success: true, status: 200, entity };
      });
      if (fault === 'after-write-503')
        throw new ApiError({ status: 503, code: 'x', message: 'Service unavailable.' });
      if (fault === 'drop-after-write')
        throw new ApiError({ status: 0, code: 'network.error', message: 'Unreachable.' });
      return { results: results.reverse() } as BulkResponse<ExternalContact>;
    },
  };
  return { stored, writes, requests, endpoints };
}

const setTitle =
  (title: string) =>
  (record: ExternalContact): RecordDecision =>
    record.title === title ? { kind: 'none' } : { kind: 'write', body: { ...record, title } };

const ids = (count: number) => Array.from({ length: count }, (_, i) => `c${i}`);
const waits: number[] = [];
const noWait = async (ms: number) => {
  waits.push(ms);
};

describe('pairById', () => {
  it('pairs results by the id they name, whatever their order', () => {
    const paired = pairById(
      ['a', 'b'],
      [
        { id: 'b', success: true },
        { success: false, error: { entity: { id: 'a' } } },
      ],
    );
    expect(paired.get('a')?.success).toBe(false);
    expect(paired.get('b')?.success).toBe(true);
  });

  it('pairs by position only results that name nothing, when there is one per key', () => {
    expect(pairById(['a', 'b'], [{ success: true }, { id: 'a', success: true }]).get('b')).toBe(
      undefined,
    );
    expect(pairById(['a', 'b'], [{ id: 'b', success: true }, { success: true }]).get('a')).toBe(
      undefined,
    );
    expect(pairById(['a'], [{ success: true, status: 200 }]).get('a')?.status).toBe(200);
    expect(pairById(['a', 'b'], [{ success: true }]).size).toBe(0);
  });
});

describe('updateRecords', () => {
  it('reads and writes 450 records in chunks of 200, each written once', async () => {
    const store = fakeStore(450);
    const progress: number[] = [];
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(450),
      decide: setTitle('Account manager'),
      onOutcomes: (_outcomes, at) => progress.push(at.done),
    });
    expect(store.requests).toEqual([
      { kind: 'fetch', size: 200 },
      { kind: 'update', size: 200 },
      { kind: 'fetch', size: 200 },
      { kind: 'update', size: 200 },
      { kind: 'fetch', size: 50 },
      { kind: 'update', size: 50 },
    ]);
    expect(progress).toEqual([200, 400, 450]);
    expect([...outcomes.values()].every((outcome) => outcome.status === 'updated')).toBe(true);
    expect([...store.writes.values()].every((times) => times === 1)).toBe(true);
    expect(store.stored.get('c449')?.title).toBe('Account manager');
  });

  it('writes what is stored now: a change saved since the preview is kept', async () => {
    const store = fakeStore(2);
    store.stored.set('c1', { id: 'c1', firstName: 'Renamed since', title: 'Sales lead' });
    await updateRecords({
      endpoints: store.endpoints,
      ids: ['c0', 'c1'],
      decide: setTitle('Account manager'),
    });
    expect(store.stored.get('c1')).toMatchObject({
      firstName: 'Renamed since',
      title: 'Account manager',
    });
  });

  it('sends nothing for records that already hold the change', async () => {
    const store = fakeStore(3);
    store.stored.set('c2', { id: 'c2', title: 'Account manager' });
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(3),
      decide: setTitle('Account manager'),
    });
    expect(outcomes.get('c2')).toEqual({ status: 'unchanged', recordId: 'c2' });
    expect(store.requests.find((request) => request.kind === 'update')?.size).toBe(2);
    expect(store.writes.has('c2')).toBe(false);
  });

  it('reports a lost answer as uncertain; the retry finds the change saved and sends nothing', async () => {
    const store = fakeStore(300, ['none', 'after-write-503']);
    const first = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(300),
      decide: setTitle('Account manager'),
    });
    const failed = [...first].filter(([, outcome]) => outcome.status === 'failed');
    expect(failed).toHaveLength(100);
    expect(failed[0]?.[1]).toMatchObject({ status: 'failed', uncertain: true });
    expect(failed[0]?.[1].status === 'failed' && failed[0][1].message).toMatch(
      /The answer was lost \(Service unavailable\.\), so it may have been saved/,
    );

    const updatesBefore = store.requests.filter((request) => request.kind === 'update').length;
    const retry = await updateRecords({
      endpoints: store.endpoints,
      ids: failed.map(([id]) => id),
      uncertainIds: new Set(failed.map(([id]) => id)),
      decide: setTitle('Account manager'),
    });
    expect(store.requests.filter((request) => request.kind === 'update')).toHaveLength(
      updatesBefore,
    );
    expect([...retry.values()].every((o) => o.status === 'updated' && o.recovered)).toBe(true);
    expect(store.writes.size).toBe(300);
    expect([...store.writes.values()].every((times) => times === 1)).toBe(true);
  });

  it('re-sends on retry what the failure kept from being saved', async () => {
    const store = fakeStore(5, ['before-503']);
    const first = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(5),
      decide: setTitle('Account manager'),
    });
    expect([...first.values()].every((o) => o.status === 'failed' && o.uncertain)).toBe(true);
    expect(store.writes.size).toBe(0);
    const retry = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(5),
      uncertainIds: new Set(ids(5)),
      decide: setTitle('Account manager'),
    });
    expect([...retry.values()].every((o) => o.status === 'updated' && !o.recovered)).toBe(true);
    expect([...store.writes.values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it('treats a dropped connection as a lost answer too', async () => {
    const store = fakeStore(2, ['drop-after-write']);
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(2),
      decide: setTitle('Account manager'),
    });
    expect(outcomes.get('c0')).toMatchObject({ status: 'failed', uncertain: true });
  });

  it('waits what a 429 asks and sends the chunk again (it was refused before any work)', async () => {
    waits.length = 0;
    const store = fakeStore(3, ['429']);
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(3),
      decide: setTitle('Account manager'),
      sleep: noWait,
    });
    expect(waits).toEqual([1000]);
    expect([...outcomes.values()].every((o) => o.status === 'updated')).toBe(true);
    expect([...store.writes.values()]).toEqual([1, 1, 1]);
  });

  it('reports a refusal as certain: nothing was saved, so no look-up is needed', async () => {
    const store = fakeStore(2, ['forbidden']);
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ids(2),
      decide: setTitle('Account manager'),
    });
    expect(outcomes.get('c0')).toEqual({ status: 'failed', message: 'No.' });
  });

  it('gives each record its own result: item errors, refusals and records gone', async () => {
    const store = fakeStore(3);
    store.stored.delete('c2');
    const outcomes = await updateRecords({
      endpoints: store.endpoints,
      ids: ['c0', 'c1', 'c2'],
      decide: (record) =>
        record.id === 'c0'
          ? { kind: 'write', body: { ...record, title: 'Refused' } }
          : { kind: 'refuse', message: 'Not on the schema.' },
    });
    expect(outcomes.get('c0')).toEqual({ status: 'failed', message: 'Title is refused.' });
    expect(outcomes.get('c1')).toEqual({ status: 'failed', message: 'Not on the schema.' });
    expect(outcomes.get('c2')).toEqual({ status: 'failed', message: 'It no longer exists.' });
  });

  it('keeps a record uncertain while it cannot be read again', async () => {
    const store = fakeStore(1);
    const endpoints = {
      ...store.endpoints,
      fetch: async () => {
        throw new ApiError({ status: 403, code: 'x', message: 'Not allowed.' });
      },
    };
    const outcomes = await updateRecords({
      endpoints,
      ids: ['c0'],
      uncertainIds: new Set(['c0']),
      decide: setTitle('Account manager'),
    });
    expect(outcomes.get('c0')).toEqual({
      status: 'failed',
      message: 'It could not be read: Not allowed.',
      uncertain: true,
    });
  });

  it('writes the record a merged id resolves to, and reports it under the id asked for', async () => {
    const store = fakeStore(1);
    const endpoints: BulkRecordEndpoints<ExternalContact> = {
      ...store.endpoints,
      fetch: async () => ({
        results: [
          { id: 'old', success: true, status: 200, entity: { id: 'c0', title: 'Sales lead' } },
        ],
      }),
    };
    const outcomes = await updateRecords({
      endpoints,
      ids: ['old'],
      decide: setTitle('Account manager'),
    });
    expect(outcomes.get('old')).toEqual({ status: 'updated', recordId: 'c0' });
    expect(store.writes.get('c0')).toBe(1);
  });
});
