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

type Note = Record<string, unknown> & { id: string };
type Listing = { entities: Note[]; total: number; pageSize: number };

async function addNote(path: string, noteText: string): Promise<Note> {
  const response = await kit.call('POST', `${API}/${path}/notes`, { noteText });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Note>();
}

describe('contact notes', () => {
  it('creates, reads, updates, patches and deletes a note', async () => {
    const contact = await kit.createContact({ lastName: 'Noted' });
    const note = await addNote(`contacts/${contact.id}`, '  <b>keep</b> me  ');
    expect(note).toMatchObject({
      entityId: contact.id,
      entityType: 'contact',
      noteText: '  <b>keep</b> me  ',
      createdBy: { id: USER_IDS.alexAdmin, selfUri: `/api/v2/users/${USER_IDS.alexAdmin}` },
      selfUri: `/api/v2/externalcontacts/contacts/${contact.id}/notes/${note.id}`,
    });
    expect(note.createDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const url = `${API}/contacts/${contact.id}/notes/${note.id}`;

    const got = await kit.call('GET', `${url}?expand=author`);
    expect(got.json()).toMatchObject({ createdBy: { name: expect.any(String) } });

    const put = await kit.call('PUT', url, { noteText: 'replaced' });
    expect(put.json()).toMatchObject({
      noteText: 'replaced',
      createdBy: { id: USER_IDS.alexAdmin },
    });

    const patched = await kit.call('PATCH', url, {
      changes: [{ action: 'Update', field: '$.noteText', value: 'patched' }],
    });
    expect(patched.json()).toMatchObject({ noteText: 'patched' });

    expect((await kit.call('DELETE', url)).json()).toEqual({});
    expect((await kit.call('GET', url)).statusCode).toBe(404);
  });

  it('enforces the noteText limits', async () => {
    const contact = await kit.createContact({ lastName: 'Long' });
    const path = `${API}/contacts/${contact.id}/notes`;
    expect((await kit.call('POST', path, { noteText: 'x'.repeat(32_000) })).statusCode).toBe(200);
    const tooLong = await kit.call('POST', path, { noteText: 'x'.repeat(32_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({
      message: 'noteText: A note must be 1 to 32,000 characters.',
      details: [{ fieldName: 'noteText' }],
    });
    expect((await kit.call('POST', path, { noteText: '' })).statusCode).toBe(400);
    const badUser = await kit.call('POST', path, { noteText: 'x', createdBy: { id: 'nobody' } });
    expect(badUser.json()).toMatchObject({ status: 400, details: [{ fieldName: 'createdBy.id' }] });
  });

  it('answers 404 for unknown contacts, unknown notes and notes of another contact', async () => {
    const a = await kit.createContact({ lastName: 'A' });
    const b = await kit.createContact({ lastName: 'B' });
    const note = await addNote(`contacts/${a.id}`, 'on a');
    expect((await kit.call('GET', `${API}/contacts/nope/notes`)).statusCode).toBe(404);
    expect((await kit.call('GET', `${API}/contacts/${a.id}/notes/nope`)).statusCode).toBe(404);
    expect((await kit.call('GET', `${API}/contacts/${b.id}/notes/${note.id}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses writes by a reader but lets them list', async () => {
    const contact = await kit.createContact({ lastName: 'Read' });
    const path = `${API}/contacts/${contact.id}/notes`;
    expect((await kit.call('POST', path, { noteText: 'x' }, kit.readerToken)).statusCode).toBe(403);
    expect((await kit.call('GET', path, undefined, kit.readerToken)).statusCode).toBe(200);
  });

  it('sorts newest first by default, pages, and caps pageSize at 100', async () => {
    const contact = await kit.createContact({ lastName: 'Sorted' });
    for (const text of ['one', 'two', 'three']) await addNote(`contacts/${contact.id}`, text);
    const path = `${API}/contacts/${contact.id}/notes`;
    const texts = async (query: string) =>
      (await kit.call('GET', `${path}${query}`))
        .json<Listing>()
        .entities.map((note) => note.noteText);
    expect(await texts('')).toEqual(['three', 'two', 'one']);
    expect(await texts('?sortOrder=createDate:asc')).toEqual(['one', 'two', 'three']);
    expect(await texts('?pageSize=2&pageNumber=2')).toEqual(['one']);
    expect((await kit.call('GET', `${path}?pageSize=100`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${path}?pageSize=101`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${path}?sortOrder=noteText:asc`)).statusCode).toBe(400);
  });

  it('lists the notes of merged ancestors with expand=mergeset', async () => {
    const a = await kit.createContact({ lastName: 'Old' });
    const b = await kit.createContact({ lastName: 'New' });
    await addNote(`contacts/${a.id}`, 'from a');
    await addNote(`contacts/${b.id}`, 'from b');
    const merge = await kit.call('POST', `${API}/contacts/merge`, { contactIds: [a.id, b.id] });
    expect(merge.statusCode, merge.body).toBe(200);
    const merged = merge.json<{ id: string }>();
    await addNote(`contacts/${merged.id}`, 'on merged');
    const list = async (id: string, query: string) =>
      (await kit.call('GET', `${API}/contacts/${id}/notes${query}`)).json<Listing>();
    expect((await list(merged.id, '')).total).toBe(1);
    const all = await list(merged.id, '?expand=mergeset');
    expect(all.entities.map((note) => note.noteText).sort()).toEqual([
      'from a',
      'from b',
      'on merged',
    ]);
    // A merged-away id resolves to the canonical contact.
    expect((await list(a.id, '')).entities.map((note) => note.noteText)).toEqual(['on merged']);
  });

  it('deletes notes with their contact', async () => {
    const contact = await kit.createContact({ lastName: 'Gone' });
    await addNote(`contacts/${contact.id}`, 'bye');
    expect((await kit.call('DELETE', `${API}/contacts/${contact.id}`)).statusCode).toBe(200);
    const scan = await kit.call('GET', `${API}/scan/notes`);
    expect(scan.json<Listing>().entities).toEqual([]);
  });
});

describe('organization notes', () => {
  it('works like contact notes and goes away with the organization', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    const note = await addNote(`organizations/${org.id}`, 'org note');
    expect(note).toMatchObject({ entityType: 'organization', entityId: org.id });
    const url = `${API}/organizations/${org.id}/notes`;
    const listing = (await kit.call('GET', `${url}?expand=division`)).json<Listing>();
    expect(listing.entities[0]).toMatchObject({ division: { name: expect.any(String) } });
    expect((await kit.call('GET', `${url}/${note.id}`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${API}/organizations/nope/notes`)).statusCode).toBe(404);
    const org2 = await kit.createOrganization({ name: 'Other' });
    expect(
      (await kit.call('GET', `${API}/organizations/${org2.id}/notes/${note.id}`)).statusCode,
    ).toBe(404);
    expect((await kit.call('DELETE', `${API}/organizations/${org.id}`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${API}/scan/notes`)).json<Listing>().entities).toEqual([]);
  });
});
