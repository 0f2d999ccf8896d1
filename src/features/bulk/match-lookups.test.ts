import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { updateContacts } from './import-updates';
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
  it('sends the same whole contact again after a lost answer and pairs results by id', async () => {
    const sent: unknown[][] = [];
    let calls = 0;
    const api = (async (path: string, options: RequestOptions = {}) => {
      expect(path).toBe('/externalcontacts/bulk/contacts/update');
      const entities = (options.body as { entities: { id: string }[] }).entities;
      sent.push(entities);
      calls += 1;
      if (calls === 1) throw new ApiError({ status: 503, code: 'x', message: 'Unavailable.' });
      return {
        results: [...entities].reverse().map((entity) =>
          entity.id === 'c-2'
            ? {
                id: entity.id,
                success: false,
                status: 400,
                error: { message: 'Title is too long.' },
              }
            : { id: entity.id, success: true, status: 200, entity },
        ),
      };
    }) as ApiClient;
    const outcomes = await updateContacts({
      api,
      rows: [
        { rowNumber: 2, contactId: 'c-1', body: { title: 'A' } },
        { rowNumber: 3, contactId: 'c-2', body: { title: 'B' } },
      ],
      sleep: noWait,
    });
    expect(sent[0]).toEqual(sent[1]);
    expect(outcomes.get(2)).toEqual({ status: 'updated', contactId: 'c-1' });
    expect(outcomes.get(3)).toEqual({ status: 'failed', message: 'Title is too long.' });
  });
});
