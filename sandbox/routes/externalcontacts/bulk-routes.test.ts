import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

type BulkBody = {
  results: {
    id?: string;
    success: boolean;
    status: number;
    entity?: { id: string };
    error?: { code: string; details: { fieldName?: string }[]; entity: unknown };
  }[];
  errorCount: number;
  errorIndexes: number[];
};

describe('bulk contacts and organizations', () => {
  it('adds with partial success and commits the good items', async () => {
    const response = await kit.call('POST', `${API}/bulk/contacts/add`, {
      entities: [{ lastName: 'Good' }, { workEmail: 'bad' }, { lastName: 'Also good' }],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<BulkBody>();
    expect(body.errorCount).toBe(1);
    expect(body.errorIndexes).toEqual([1]);
    expect(body.results[0]).toMatchObject({ success: true, status: 200 });
    expect(body.results[1]?.error).toMatchObject({
      code: 'bad.request',
      details: [{ fieldName: 'workEmail' }],
      entity: { workEmail: 'bad' },
    });
    const listing = await kit.call('GET', `${API}/contacts`);
    expect(listing.json().total).toBe(2);
  });

  it('fetches, updates and removes by id', async () => {
    const a = await kit.createContact({ lastName: 'A' });
    const fetched = (
      await kit.call('POST', `${API}/bulk/contacts`, { entities: [{ id: a.id }, { id: 'nope' }] })
    ).json<BulkBody>();
    expect(fetched.results.map((r) => r.status)).toEqual([200, 404]);
    const updated = (
      await kit.call('POST', `${API}/bulk/contacts/update`, {
        entities: [{ id: a.id, lastName: 'A2' }, { lastName: 'no id' }],
      })
    ).json<BulkBody>();
    expect(updated.results[0]?.entity).toMatchObject({ lastName: 'A2' });
    expect(updated.errorIndexes).toEqual([1]);
    const removed = (
      await kit.call('POST', `${API}/bulk/contacts/remove`, { entities: [{ id: a.id }] })
    ).json<BulkBody>();
    expect(removed.results[0]).toEqual({ id: a.id, success: true, status: 200 });
    expect((await kit.call('GET', `${API}/contacts/${a.id}`)).statusCode).toBe(404);
  });

  it('takes 200 entities and refuses 201 naming entities', async () => {
    const entities = (n: number) => Array.from({ length: n }, (_, i) => ({ lastName: `N${i}` }));
    const ok = await kit.call('POST', `${API}/bulk/contacts/add`, { entities: entities(200) });
    expect(ok.json<BulkBody>().errorCount).toBe(0);
    const tooMany = await kit.call('POST', `${API}/bulk/contacts/add`, { entities: entities(201) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      message: 'A bulk request holds at most 200 entities.',
      details: [{ fieldName: 'entities' }],
    });
  });

  it('handles organizations and refuses the reader', async () => {
    const added = (
      await kit.call('POST', `${API}/bulk/organizations/add`, { entities: [{ name: 'O' }, {}] })
    ).json<BulkBody>();
    expect(added.errorIndexes).toEqual([1]);
    const id = added.results[0]?.entity?.id ?? '';
    const fetched = await kit.call('POST', `${API}/bulk/organizations`, { entities: [{ id }] });
    expect(fetched.json<BulkBody>().results[0]).toMatchObject({ success: true });
    const reader = await kit.call(
      'POST',
      `${API}/bulk/contacts/add`,
      { entities: [] },
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
  });
});
