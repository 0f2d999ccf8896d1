import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeAll(async () => {
  kit = await contactsTestKit();
});
afterAll(async () => {
  await kit.app.close();
});

/** Observed contacts come from identity resolution, which the API cannot create: set the type. */
async function observedContact(type: 'Ephemeral' | 'Identified'): Promise<string> {
  const { id } = await kit.createContact({ cellPhone: { display: '+44 7700 900123' } });
  kit.db.prepare('UPDATE contacts SET type = ? WHERE id = ?').run(type, id);
  return id;
}

async function merge(contactIds: string[]) {
  return kit.call('POST', `${API}/contacts/merge`, { contactIds });
}

async function mergedSetOf(size: number): Promise<string> {
  const ids: string[] = [];
  for (let i = 0; i < size; i += 1) ids.push((await kit.createContact({ lastName: `M${i}` })).id);
  const response = await merge(ids);
  expect(response.statusCode).toBe(200);
  return response.json<{ id: string }>().id;
}

describe('promotion of observed contacts', () => {
  it('promotes Ephemeral and Identified contacts to Curated', async () => {
    for (const type of ['Ephemeral', 'Identified'] as const) {
      const id = await observedContact(type);
      expect((await kit.call('GET', `${API}/contacts/${id}`)).json().type).toBe(type);
      const promoted = await kit.call('POST', `${API}/contacts/${id}/promotion`);
      expect(promoted.statusCode).toBe(200);
      expect(promoted.json()).toMatchObject({ id, type: 'Curated' });
    }
  });

  it('refuses the read-only user and unknown ids', async () => {
    const id = await observedContact('Ephemeral');
    const reader = await kit.call(
      'POST',
      `${API}/contacts/${id}/promotion`,
      undefined,
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
    expect(reader.json().code).toBe('missing.any.permissions');
    const unknown = await kit.call(
      'POST',
      `${API}/contacts/00000000-0000-4000-8000-000000000000/promotion`,
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('merge limits', () => {
  it('merges 25 contacts, refuses 26 and 1', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 26; i += 1) ids.push((await kit.createContact({ lastName: `L${i}` })).id);
    const tooMany = await merge(ids);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().details[0].fieldName).toBe('contactIds');
    expect((await merge(ids.slice(0, 1))).statusCode).toBe(400);
    const ok = await merge(ids.slice(0, 25));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mergedFrom).toHaveLength(25);
  });

  it('allows a merge set of 52 and refuses 53 (the documented default cap)', async () => {
    const a = await mergedSetOf(25); // a's set: 25 ancestors + a
    const b = await mergedSetOf(25);
    const c = (await kit.createContact({ lastName: 'Extra' })).id;
    const tooLarge = await merge([a, b, c]); // 26 + 26 + 1 = 53
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().details[0].errorCode).toBe('merge.set.too.large');
    expect((await merge([a, b])).statusCode).toBe(200); // 26 + 26 = 52
  });
});

describe('bulk reads of unresolved and cross-division contacts', () => {
  it('returns merged-away ancestors through bulk/contacts/unresolved', async () => {
    const first = (await kit.createContact({ lastName: 'Ancestor' })).id;
    const second = (await kit.createContact({ lastName: 'Other' })).id;
    const merged = (await merge([first, second])).json<{ id: string }>();
    const response = await kit.call('POST', `${API}/bulk/contacts/unresolved`, {
      entities: [{ id: first }, { id: 'missing-id' }],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      results: {
        id: string;
        success: boolean;
        entity?: { id: string; mergedTo?: { id: string } };
      }[];
      errorCount: number;
    }>();
    expect(body.errorCount).toBe(1);
    const ancestor = body.results.find((result) => result.success);
    expect(ancestor?.entity?.id).toBe(first);
    expect(ancestor?.entity?.mergedTo?.id).toBe(merged.id);
  });

  it('fetches contacts across divisions with bulk/contacts/divisionviews', async () => {
    const id = (await kit.createContact({ lastName: 'Divisions' })).id;
    const response = await kit.call('POST', `${API}/bulk/contacts/divisionviews`, {
      entities: [{ id }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results[0]).toMatchObject({ id, success: true });
    const reader = await kit.call(
      'POST',
      `${API}/bulk/contacts/divisionviews`,
      { entities: [{ id }] },
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
  });
});
