import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import { runBulkEnrich, trackerOf, type EnrichRow } from './bulk-enrich-engine';
import { ENRICH_KINDS } from './enrich-kinds';
import { buildEnrichRequest, defaultSettings } from './enrich-request';

const kind = ENRICH_KINDS.contacts;

const row = (rowNumber: number, uncertainSince?: number): EnrichRow => ({
  rowNumber,
  request: buildEnrichRequest(
    kind,
    [{ type: 'Email', value: `r${rowNumber}@example.com` }],
    { lastName: `R${rowNumber}` },
    defaultSettings(),
  ),
  ...(uncertainSince === undefined ? {} : { uncertainSince }),
});
const rows = (count: number) => Array.from({ length: count }, (_, i) => row(i + 2));

interface Sent {
  path: string;
  query: RequestOptions['query'];
  ids: string[];
}

/**
 * A fake API: bulk enrich answers each entity with `answer` (by its tracker, in reverse order:
 * Genesys does not promise the order), identifier lookups with `lookup`.
 */
function fakeApi(options: {
  answer?: (id: string, call: number) => { status: number; message?: string };
  fail?: (call: number) => ApiError | undefined;
  lookup?: (value: string) => { id: string; modifyDate: string } | undefined;
}) {
  const sent: Sent[] = [];
  const lookups: string[] = [];
  let calls = 0;
  const api = (async (path: string, request: RequestOptions = {}) => {
    if (path.endsWith('/identifierlookup/contacts')) {
      const value = (request.body as { value: string }).value;
      lookups.push(value);
      const found = options.lookup?.(value);
      if (!found) throw new ApiError({ status: 404, code: 'not.found', message: 'Not found.' });
      return found;
    }
    calls += 1;
    const entities = (request.body as { entities: { id: string }[] }).entities;
    sent.push({ path, query: request.query, ids: entities.map((entity) => entity.id) });
    const failure = options.fail?.(calls);
    if (failure) throw failure;
    const results = entities.map((entity) => {
      const { status, message } = options.answer?.(entity.id, calls) ?? { status: 200 };
      return status < 300
        ? { id: entity.id, success: true, status, entity: { id: `contact-${entity.id}` } }
        : { id: entity.id, success: false, status, error: { status, message } };
    });
    return { results: results.reverse() };
  }) as ApiClient;
  return { api, sent, lookups };
}

const noSleep = async () => undefined;

describe('runBulkEnrich', () => {
  it('sends at most 10 rows a request, each with its tracker, and reports progress', async () => {
    const { api, sent } = fakeApi({});
    const progress: number[] = [];
    const answers = await runBulkEnrich({
      api,
      kind,
      rows: rows(25),
      dryRun: true,
      onProgress: (_answers, done) => progress.push(done.done),
    });
    expect(sent.map((request) => request.ids.length)).toEqual([10, 10, 5]);
    expect(sent[0]?.ids[0]).toBe(trackerOf(2));
    expect(sent.every((request) => request.path === kind.bulkPath)).toBe(true);
    expect(sent[0]?.query).toEqual({ dryRun: true });
    expect(progress).toEqual([10, 20, 25]);
    expect(answers.get(2)).toEqual({ record: { id: 'contact-row-2' }, created: false });
  });

  it('keeps going past a failed row, and tells created from updated', async () => {
    const { api } = fakeApi({
      answer: (id) =>
        id === trackerOf(3)
          ? { status: 400, message: 'Work email must be a valid email address.' }
          : { status: id === trackerOf(4) ? 201 : 200 },
    });
    const answers = await runBulkEnrich({ api, kind, rows: rows(3), dryRun: false });
    expect(answers.get(2)).toMatchObject({ created: false });
    expect(answers.get(3)).toEqual({
      error: { status: 400, message: 'Work email must be a valid email address.' },
    });
    expect(answers.get(4)).toMatchObject({ created: true });
  });

  it('marks the rows of a lost answer uncertain, and a retry looks them up before sending', async () => {
    const lost = new ApiError({ status: 503, code: 'unavailable', message: 'Lost.' });
    const first = fakeApi({ fail: () => lost });
    const failed = await runBulkEnrich({
      api: first.api,
      kind,
      rows: rows(2),
      dryRun: false,
      now: () => 1_000,
    });
    expect(failed.get(2)).toEqual({
      error: { status: 503, message: 'Lost.' },
      uncertainSince: 1_000,
    });

    // Row 2 was stored (found, modified since); row 3 was not (not found): only it is sent.
    const retry = fakeApi({
      lookup: (value) =>
        value === 'r2@example.com'
          ? { id: 'c2', modifyDate: new Date(5_000).toISOString() }
          : undefined,
    });
    const answers = await runBulkEnrich({
      api: retry.api,
      kind,
      rows: [row(2, 1_000), row(3, 1_000)],
      dryRun: false,
    });
    expect(retry.lookups).toEqual(['r2@example.com', 'r3@example.com']);
    expect(retry.sent.map((request) => request.ids)).toEqual([[trackerOf(3)]]);
    expect(answers.get(2)).toEqual({
      record: { id: 'c2', modifyDate: new Date(5_000).toISOString() },
      recovered: true,
    });
    expect(answers.get(3)).toMatchObject({ record: { id: 'contact-row-3' } });
  });

  it('does not take a record that was last changed before the attempt as the row’s result', async () => {
    const retry = fakeApi({
      lookup: () => ({ id: 'old', modifyDate: new Date(500).toISOString() }),
    });
    await runBulkEnrich({ api: retry.api, kind, rows: [row(2, 1_000)], dryRun: false });
    expect(retry.sent.map((request) => request.ids)).toEqual([[trackerOf(2)]]);
  });

  it('sends nothing for an uncertain row it could not check, and keeps it uncertain', async () => {
    const api = (async () => {
      throw new ApiError({ status: 0, code: 'network.error', message: 'Offline.' });
    }) as ApiClient;
    const answers = await runBulkEnrich({ api, kind, rows: [row(2, 1_000)], dryRun: false });
    expect(answers.get(2)).toMatchObject({ uncertainSince: 1_000, error: { status: 0 } });
    expect(answers.get(2)?.error?.message).toMatch(
      /checking failed: Offline\. Retry to check again/,
    );
  });

  it('waits what a 429 asks and sends the same request again', async () => {
    const waits: number[] = [];
    const { api, sent } = fakeApi({
      fail: (call) =>
        call === 1
          ? new ApiError({
              status: 429,
              code: 'too.many',
              message: 'Slow down.',
              retryAfterSeconds: 3,
            })
          : undefined,
    });
    const answers = await runBulkEnrich({
      api,
      kind,
      rows: rows(2),
      dryRun: false,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([3_000]);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.ids).toEqual(sent[0]?.ids);
    expect(answers.get(2)).toMatchObject({ record: { id: 'contact-row-2' } });
  });

  it('never calls a dry run uncertain, and fails a refused request’s rows plainly', async () => {
    const dry = fakeApi({ fail: () => new ApiError({ status: 503, code: 'x', message: 'Down.' }) });
    const answers = await runBulkEnrich({
      api: dry.api,
      kind,
      rows: rows(1),
      dryRun: true,
      sleep: noSleep,
    });
    expect(answers.get(2)).toEqual({ error: { status: 503, message: 'Down.' } });
    const refused = fakeApi({
      fail: () => new ApiError({ status: 400, code: 'x', message: 'Bad.' }),
    });
    const plain = await runBulkEnrich({ api: refused.api, kind, rows: rows(1), dryRun: false });
    expect(plain.get(2)).toEqual({ error: { status: 400, message: 'Bad.' } });
  });

  it('treats a row the answer does not name as uncertain', async () => {
    const api = (async () => ({ results: [] })) as unknown as ApiClient;
    const answers = await runBulkEnrich({ api, kind, rows: rows(1), dryRun: false, now: () => 7 });
    expect(answers.get(2)).toEqual({
      error: { status: 0, message: 'The answer did not name this row.' },
      uncertainSince: 7,
    });
  });
});
