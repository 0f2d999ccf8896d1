import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { contactsTable, exportFileName, organizationsTable } from './export-csv';
import { fetchContactsById, scanContacts } from './scan-export';

const contacts = (from: number, count: number): ExternalContact[] =>
  Array.from({ length: count }, (_, i) => ({ id: `c${from + i}`, lastName: `L${from + i}` }));

/** Three scan pages (200, 200, 50); the second answers 503 once before it succeeds. */
function scanApi() {
  const calls: Record<string, unknown>[] = [];
  let failedOnce = false;
  const api = (async (_path: string, options: RequestOptions = {}) => {
    const query = options.query ?? {};
    calls.push(query);
    const cursor = query.cursor as string | undefined;
    if (cursor === 'p2' && !failedOnce) {
      failedOnce = true;
      throw new ApiError({ status: 503, code: 'x', message: 'Unavailable.' });
    }
    if (cursor === undefined)
      return { entities: contacts(0, 200), cursors: { after: 'p2' }, nextUri: '/n' };
    if (cursor === 'p2')
      return { entities: contacts(200, 200), cursors: { after: 'p3' }, nextUri: '/n' };
    return { entities: contacts(400, 50), cursors: { after: 'p4' } };
  }) as ApiClient;
  return { api, calls };
}

const noWait = async () => undefined;

describe('export through the scan', () => {
  it('follows the cursors to the last page, retrying a failed page, with progress', async () => {
    const { api, calls } = scanApi();
    const progress: number[] = [];
    const all = await scanContacts({
      api,
      divisionId: 'd1',
      sleep: noWait,
      onProgress: (n) => progress.push(n),
    });
    expect(all).toHaveLength(450);
    expect(progress).toEqual([200, 400, 450]);
    expect(calls.map((query) => query.cursor)).toEqual([undefined, 'p2', 'p2', 'p3']);
    expect(calls.every((query) => query.limit === 200 && query.divisionId === 'd1')).toBe(true);
  });

  it('stops at maxRecords, and when aborted', async () => {
    const { api } = scanApi();
    expect(
      await scanContacts({ api, divisionId: undefined, maxRecords: 250, sleep: noWait }),
    ).toHaveLength(250);
    const controller = new AbortController();
    controller.abort(new Error('Cancelled.'));
    const aborting = (async (_path: string, options: RequestOptions = {}) => {
      if (options.signal?.aborted) throw options.signal.reason;
      return { entities: [] };
    }) as ApiClient;
    await expect(
      scanContacts({ api: aborting, divisionId: undefined, signal: controller.signal }),
    ).rejects.toThrow('Cancelled.');
  });

  it('fetches selected contacts in order and lists the ones it could not read', async () => {
    const sizes: number[] = [];
    const api = (async (_path: string, options: RequestOptions = {}) => {
      const ids = (options.body as { entities: { id: string }[] }).entities.map((e) => e.id);
      sizes.push(ids.length);
      return {
        results: ids
          .reverse()
          .map((id) =>
            id === 'gone'
              ? { id, success: false, status: 404, error: { message: 'Contact not found.' } }
              : { id, success: true, status: 200, entity: { id, lastName: id } },
          ),
      };
    }) as ApiClient;
    const ids = [...Array.from({ length: 250 }, (_, i) => `k${i}`), 'gone'];
    const { contacts: found, missing } = await fetchContactsById(api, ids);
    expect(sizes).toEqual([200, 51]);
    expect(found.map((c) => c.id)).toEqual(ids.slice(0, 250));
    expect(missing).toEqual([{ id: 'gone', message: 'Contact not found.' }]);
  });
});

describe('export tables', () => {
  it('fills division names from the divisions the user can see, and guards every cell', () => {
    const table = contactsTable(
      [{ id: 'c1', firstName: '@cmd', division: { id: 'd1' } }],
      new Map([['d1', 'Home']]),
    );
    const row = Object.fromEntries(table.header.map((header, i) => [header, table.rows[0]![i]]));
    expect(row).toMatchObject({ Id: 'c1', 'First name': "'@cmd", Division: 'Home' });
  });

  it('writes organizations with their lists in one cell', () => {
    const table = organizationsTable([
      {
        id: 'o1',
        name: 'Acme',
        websites: ['https://a.example', 'https://b.example'],
        tags: ['-vip'],
      },
    ]);
    const row = Object.fromEntries(table.header.map((header, i) => [header, table.rows[0]![i]]));
    expect(row).toMatchObject({
      Name: 'Acme',
      Websites: 'https://a.example; https://b.example',
      Tags: "'-vip",
    });
  });

  it('names the file by kind and time', () => {
    expect(exportFileName('organizations', new Date('2026-11-23T18:05:00Z'))).toBe(
      'organizations-2026-11-23-18-05.csv',
    );
  });
});
