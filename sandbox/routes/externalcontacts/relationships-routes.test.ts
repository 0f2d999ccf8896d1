import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

type Entity = Record<string, unknown> & { id: string };
type Listing = { entities: Entity[]; total: number; cursors: { after?: string } };
type Bulk = { results: { id?: string; success: boolean; status: number }[]; errorCount: number };

const body = (organizationId: string, relationship: string) => ({
  user: { id: USER_IDS.alexAdmin },
  externalOrganization: { id: organizationId },
  relationship,
});

describe('relationships', () => {
  it('creates, reads, updates, patches, lists and deletes', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    const created = await kit.call(
      'POST',
      `${API}/relationships`,
      body(org.id, ' Account Manager '),
    );
    expect(created.statusCode, created.body).toBe(200);
    const rel = created.json<Entity>();
    expect(rel).toMatchObject({
      relationship: 'Account Manager',
      user: { id: USER_IDS.alexAdmin, name: expect.any(String) },
      externalOrganization: { id: org.id, name: 'Acme' },
      selfUri: `/api/v2/externalcontacts/relationships/${rel.id}`,
    });
    const url = `${API}/relationships/${rel.id}`;
    expect((await kit.call('PUT', url, body(org.id, 'Sales Engineer'))).json()).toMatchObject({
      relationship: 'Sales Engineer',
    });
    const patched = await kit.call('PATCH', url, {
      changes: [{ action: 'Update', field: '$.relationship', value: 'Advisor' }],
    });
    expect(patched.json()).toMatchObject({ relationship: 'Advisor' });
    await kit.call('POST', `${API}/relationships`, body(org.id, 'Buyer'));
    const list = async (query: string) =>
      (await kit.call('GET', `${API}/organizations/${org.id}/relationships${query}`))
        .json<Listing>()
        .entities.map((entity) => entity.relationship);
    expect(await list('?sortOrder=relationship:asc')).toEqual(['Advisor', 'Buyer']);
    expect(await list('?sortOrder=relationship:desc')).toEqual(['Buyer', 'Advisor']);
    expect((await kit.call('DELETE', url)).json()).toEqual({});
    expect((await kit.call('GET', url)).statusCode).toBe(404);
  });

  it('validates the text, the user and the organization', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    const post = (payload: unknown) => kit.call('POST', `${API}/relationships`, payload);
    expect((await post(body(org.id, 'x'.repeat(100)))).statusCode).toBe(200);
    const long = await post(body(org.id, 'x'.repeat(101)));
    expect(long.json()).toMatchObject({ status: 400, details: [{ fieldName: 'relationship' }] });
    expect((await post(body(org.id, '  '))).statusCode).toBe(400);
    const noUser = await post({ ...body(org.id, 'x'), user: { id: 'nobody' } });
    expect(noUser.json()).toMatchObject({ details: [{ fieldName: 'user.id' }] });
    const noOrg = await post(body('nope', 'x'));
    expect(noOrg.json()).toMatchObject({ details: [{ fieldName: 'externalOrganization.id' }] });
    expect((await post(body(org.id, 'x'))).statusCode).toBe(200);
    expect(
      (await kit.call('POST', `${API}/relationships`, body(org.id, 'x'), kit.readerToken))
        .statusCode,
    ).toBe(403);
    expect((await kit.call('GET', `${API}/organizations/nope/relationships`)).statusCode).toBe(404);
  });

  it('goes away with its organization', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    await kit.call('POST', `${API}/relationships`, body(org.id, 'x'));
    await kit.call('DELETE', `${API}/organizations/${org.id}`);
    expect((await kit.call('GET', `${API}/scan/relationships`)).json<Listing>().entities).toEqual(
      [],
    );
  });
});

describe('scan and bulk', () => {
  it('pages a note scan with cursors', async () => {
    const contact = await kit.createContact({ lastName: 'Scan' });
    for (let i = 0; i < 12; i += 1) {
      await kit.call('POST', `${API}/contacts/${contact.id}/notes`, { noteText: `n${i}` });
    }
    const first = (await kit.call('GET', `${API}/scan/notes?limit=10`)).json<Listing>();
    expect(first.entities).toHaveLength(10);
    const after = first.cursors.after ?? '';
    const second = (
      await kit.call('GET', `${API}/scan/notes?limit=10&cursor=${after}`)
    ).json<Listing>();
    expect(second.entities).toHaveLength(2);
    expect(second.cursors.after).toBeUndefined();
    expect((await kit.call('GET', `${API}/scan/notes?limit=9`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${API}/scan/notes/divisionviews/all`)).statusCode).toBe(200);
  });

  it('bulk-adds notes with partial success and needs ALL permissions', async () => {
    const contact = await kit.createContact({ lastName: 'Bulk' });
    const org = await kit.createOrganization({ name: 'Acme' });
    const add = await kit.call('POST', `${API}/bulk/notes/add`, {
      entities: [
        { entityType: 'contact', entityId: contact.id, noteText: 'ok' },
        { entityType: 'organization', entityId: org.id, noteText: 'ok too' },
        { noteText: 'no owner' },
        { entityType: 'contact', entityId: contact.id, noteText: '' },
      ],
    });
    const added = add.json<Bulk>();
    expect(added.errorCount).toBe(2);
    expect(added.results.map((result) => result.success)).toEqual([true, true, false, false]);
    const ids = added.results.slice(0, 2).map((result) => ({ id: result.id }));
    const fetched = await kit.call('POST', `${API}/bulk/notes`, {
      entities: [...ids, { id: 'nope' }],
    });
    expect(fetched.json<Bulk>().results.map((result) => result.status)).toEqual([200, 200, 404]);
    const removed = await kit.call('POST', `${API}/bulk/notes/remove`, { entities: ids });
    expect(removed.json<Bulk>().errorCount).toBe(0);
    const tooMany = await kit.call('POST', `${API}/bulk/notes`, {
      entities: Array.from({ length: 201 }, () => ({ id: 'x' })),
    });
    expect(tooMany.json()).toMatchObject({
      message: 'A bulk request holds at most 200 entities.',
    });
    const reader = await kit.call(
      'POST',
      `${API}/bulk/notes/add`,
      { entities: [] },
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
  });

  it('bulk-adds and updates relationships', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    const add = await kit.call('POST', `${API}/bulk/relationships/add`, {
      entities: [body(org.id, 'Manager'), body('nope', 'Manager')],
    });
    const added = add.json<Bulk>();
    expect(added.errorCount).toBe(1);
    const id = added.results[0]?.id ?? '';
    const update = await kit.call('POST', `${API}/bulk/relationships/update`, {
      entities: [{ id, ...body(org.id, 'Lead') }],
    });
    expect(update.json()).toMatchObject({
      errorCount: 0,
      results: [{ entity: { relationship: 'Lead' } }],
    });
    const scan = (await kit.call('GET', `${API}/scan/relationships`)).json<Listing>();
    expect(scan.entities).toHaveLength(1);
  });
});
