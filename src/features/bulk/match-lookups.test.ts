import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { rowDecision, updateContacts } from './import-updates';
import { lookUpIdentities } from './match-lookups';
import type { Identity } from './row-identities';

const noWait = () => Promise.resolve();
const email = (value: string): Identity => ({ key: 'email', value, label: 'Work email' });

describe('lookUpIdentities', () => {
  it('takes the oldest contact that really holds the value, and null when none does', async () => {
    const asked: string[] = [];
    const api = (async (_path: string, options: RequestOptions = {}) => {
      const value = String(options.query?.lookupVal);
      asked.push(value);
      if (value === 'busy@example.com' && asked.filter((v) => v === value).length === 1) {
        throw new ApiError({ status: 429, code: 'x', message: 'Slow down.', retryAfterSeconds: 1 });
      }
      return {
        contacts: [
          { id: 'newer', workEmail: 'A@example.com', createDate: '2026-02-01T00:00:00Z' },
          { id: 'older', otherEmail: 'a@example.com', createDate: '2026-01-01T00:00:00Z' },
          { id: 'other', workEmail: 'someone@example.com', createDate: '2025-01-01T00:00:00Z' },
        ].filter((c) => value !== 'nobody@example.com' || c.id === 'other'),
      };
    }) as ApiClient;
    const results = new Map<string, ExternalContact | null>([['email:known@example.com', null]]);
    await lookUpIdentities(
      api,
      [
        email('a@example.com'),
        email('nobody@example.com'),
        email('known@example.com'),
        email('busy@example.com'),
      ],
      results,
      { sleep: noWait },
    );
    expect(results.get('email:a@example.com')?.id).toBe('older');
    expect(results.get('email:nobody@example.com')).toBeNull();
    expect(asked).not.toContain('known@example.com');
    expect(asked.filter((v) => v === 'busy@example.com')).toHaveLength(2);
  });

  it('keeps what it learnt when a lookup fails for good', async () => {
    const api = (async (_path: string, options: RequestOptions = {}) => {
      if (options.query?.lookupVal === 'bad@example.com') {
        throw new ApiError({ status: 403, code: 'missing.permissions', message: 'No.' });
      }
      return { contacts: [] };
    }) as ApiClient;
    const results = new Map<string, ExternalContact | null>();
    await expect(
      lookUpIdentities(api, [email('ok@example.com'), email('bad@example.com')], results, {
        sleep: noWait,
      }),
    ).rejects.toThrow('No.');
    expect(results.get('email:ok@example.com')).toBeNull();
  });
});

describe('updateContacts', () => {
  /** A sandbox-like API: bulk fetch answers the stored contacts, bulk update stores them. */
  function fakeApi(store: Map<string, ExternalContact>, failUpdate: (call: number) => boolean) {
    const sent: { id: string }[][] = [];
    const api = (async (path: string, options: RequestOptions = {}) => {
      const entities = (options.body as { entities: { id: string }[] }).entities;
      if (path === '/externalcontacts/bulk/contacts') {
        return {
          results: [...entities].reverse().map((entity) => ({
            id: entity.id,
            success: true,
            status: 200,
            entity: store.get(entity.id),
          })),
        };
      }
      expect(path).toBe('/externalcontacts/bulk/contacts/update');
      sent.push(entities);
      for (const entity of entities) {
        if (entity.id !== 'c-2') store.set(entity.id, entity as ExternalContact);
      }
      if (failUpdate(sent.length)) {
        throw new ApiError({ status: 503, code: 'x', message: 'Unavailable.' });
      }
      return {
        results: [...entities]
          .reverse()
          .map((entity) =>
            entity.id === 'c-2'
              ? { id: entity.id, success: false, status: 400, error: { message: 'Too long.' } }
              : { id: entity.id, success: true, status: 200, entity },
          ),
      };
    }) as ApiClient;
    return { api, sent };
  }

  const store = () =>
    new Map<string, ExternalContact>([
      ['c-1', { id: 'c-1', firstName: 'Ada', title: 'Old' }],
      ['c-2', { id: 'c-2', firstName: 'Alan', title: 'Old' }],
      ['c-3', { id: 'c-3', firstName: 'Grace', title: 'Admiral' }],
    ]);
  const rows = [
    {
      rowNumber: 2,
      contactId: 'c-1',
      decide: rowDecision({ title: 'A' }, new Set(['title']), 'overwrite', null),
    },
    {
      rowNumber: 3,
      contactId: 'c-2',
      decide: rowDecision({ title: 'B' }, new Set(['title']), 'overwrite', null),
    },
    // Already holds the row's value when read: nothing is sent for it.
    {
      rowNumber: 4,
      contactId: 'c-3',
      decide: rowDecision({ title: 'Admiral' }, new Set(['title']), 'overwrite', null),
    },
  ];

  it('writes the row’s values onto the contact as read, pairs results by id, sends nothing held', async () => {
    const stored = store();
    const { api, sent } = fakeApi(stored, () => false);
    const outcomes = await updateContacts({ api, rows, sleep: noWait });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((entity) => entity.id)).toEqual(['c-1', 'c-2']);
    expect(stored.get('c-1')).toMatchObject({ firstName: 'Ada', title: 'A' });
    expect(outcomes.get(2)).toEqual({ status: 'updated', contactId: 'c-1' });
    expect(outcomes.get(3)).toEqual({
      status: 'failed',
      message: 'Too long.',
      uncertainSince: undefined,
    });
    expect(outcomes.get(4)).toEqual({ status: 'updated', contactId: 'c-3' });
  });

  it('reports a lost answer as uncertain, and a retry reads before it sends again', async () => {
    const stored = store();
    const { api, sent } = fakeApi(stored, (call) => call === 1);
    const first = await updateContacts({
      api,
      rows: rows.slice(0, 1),
      sleep: noWait,
      now: () => 7,
    });
    expect(first.get(2)).toMatchObject({ status: 'failed', uncertainSince: 7 });
    // The lost write was saved: the retry reads it and sends nothing.
    const again = await updateContacts({
      api,
      rows: [{ ...rows[0]!, uncertain: true }],
      sleep: noWait,
    });
    expect(again.get(2)).toEqual({ status: 'updated', contactId: 'c-1' });
    expect(sent).toHaveLength(1);
  });
});
