import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { RecordBase } from '@/models/record-fields';
import { answerOfError, findEnriched, outcomesOf } from './enrich-api';
import { ENRICH_KINDS } from './enrich-kinds';

const kind = ENRICH_KINDS.contacts;

/** A fake API holding stored contacts and organizations, logging each call. */
function fakeApi(stored: Record<string, object>, options: { failReads?: boolean } = {}) {
  const calls: { path: string; ids: string[] }[] = [];
  const api = (async (path: string, request: RequestOptions = {}) => {
    const ids = ((request.body as { entities?: { id: string }[] })?.entities ?? []).map(
      (entity) => entity.id,
    );
    calls.push({ path, ids });
    if (options.failReads) throw new ApiError({ status: 403, code: 'x', message: 'Not allowed.' });
    return {
      results: ids.map((id) =>
        stored[id]
          ? { id, success: true, entity: stored[id] }
          : { id, success: false, status: 404 },
      ),
    };
  }) as ApiClient;
  return { api, calls };
}

describe('outcomesOf', () => {
  const ada = {
    id: 'c1',
    lastName: 'Lovelace',
    title: 'Analyst',
    externalOrganization: { id: 'o1' },
  };
  const stored = { c1: ada, o1: { id: 'o1', name: 'Acme' }, o2: { id: 'o2', name: 'Globex' } };

  it('reads what the answers name in one request, and names their organizations', async () => {
    const { api, calls } = fakeApi(stored);
    const answers = [
      { record: { ...ada, title: 'Director', externalOrganization: { id: 'o2' } } as RecordBase },
      { record: { id: 'new', lastName: 'New' } as RecordBase },
    ];
    const { outcomes, current } = await outcomesOf(api, kind, answers);
    expect(calls).toEqual([
      { path: '/externalcontacts/bulk/contacts', ids: ['c1', 'new'] },
      { path: '/externalcontacts/bulk/organizations', ids: ['o1', 'o2'] },
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['update', 'create']);
    const update = outcomes[0];
    if (update?.kind !== 'update') throw new Error('not an update');
    expect(update.changes.filter((change) => change.changed)).toEqual([
      { key: 'title', label: 'Title', before: ['Analyst'], after: 'Director', changed: true },
      {
        key: 'externalOrganization',
        label: 'Organization',
        before: ['Acme'],
        after: 'Globex',
        changed: true,
      },
    ]);
    expect([...current.keys()]).toEqual(['c1']);
  });

  it('compares with records read before instead of reading again', async () => {
    const { api, calls } = fakeApi(stored);
    const known = new Map<string, RecordBase>([['c1', ada as RecordBase]]);
    const { outcomes } = await outcomesOf(
      api,
      kind,
      [{ record: { ...ada, title: 'Director' } as RecordBase }],
      known,
    );
    expect(calls.map((call) => call.path)).toEqual(['/externalcontacts/bulk/organizations']);
    expect(outcomes[0]?.kind).toBe('update');
  });

  it('says so when what is stored cannot be read', async () => {
    const { api } = fakeApi(stored, { failReads: true });
    const read = await outcomesOf(api, kind, [{ record: ada as RecordBase }]);
    expect(read.readError).toBe('Not allowed.');
    // Not called new: it may well be a match.
    expect(read.outcomes[0]).toMatchObject({ kind: 'update', before: [] });
  });
});

describe('answerOfError', () => {
  it('keeps the records a 409 names, and the message of any refusal', () => {
    const conflict = new ApiError({
      status: 409,
      code: 'enrich.match.exists',
      message: 'Insert found existing records.',
      details: [{ fieldName: 'matchingIdentifiers', entityId: 'c1' }],
    });
    expect(answerOfError(conflict)).toEqual({
      error: { status: 409, message: 'Insert found existing records.', conflictIds: ['c1'] },
    });
    expect(answerOfError(new Error('boom'))).toEqual({ error: { status: 0, message: 'boom' } });
  });
});

describe('findEnriched', () => {
  const lookups = (answers: Record<string, { id: string; modifyDate: string } | undefined>) => {
    const asked: string[] = [];
    const api = (async (_path: string, request: RequestOptions = {}) => {
      const value = (request.body as { value: string }).value;
      asked.push(value);
      const found = answers[value];
      if (!found) throw new ApiError({ status: 404, code: 'not.found', message: 'No.' });
      return found;
    }) as ApiClient;
    return { api, asked };
  };
  const identifiers = [
    { type: 'Email', value: 'a@example.com' },
    { type: 'Phone', value: '+13175550100' },
  ];

  it('takes the first record an identifier leads to that was written since the attempt', async () => {
    const { api, asked } = lookups({
      'a@example.com': { id: 'old', modifyDate: '2026-01-01T00:00:00.000Z' },
      '+13175550100': { id: 'fresh', modifyDate: '2026-01-02T00:00:00.000Z' },
    });
    const since = Date.parse('2026-01-01T12:00:00.000Z');
    expect(await findEnriched(api, kind, identifiers, since)).toMatchObject({ id: 'fresh' });
    expect(asked).toEqual(['a@example.com', '+13175550100']);
  });

  it('finds nothing when no identifier leads anywhere, and passes other failures on', async () => {
    expect(await findEnriched(lookups({}).api, kind, identifiers, 0)).toBeUndefined();
    const failing = (async () => {
      throw new ApiError({ status: 503, code: 'x', message: 'Down.' });
    }) as ApiClient;
    await expect(findEnriched(failing, kind, identifiers, 0)).rejects.toThrow('Down.');
  });
});
