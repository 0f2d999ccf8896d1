import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { signIn } from '../../testing/sandbox-test-kit.ts';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

type Ref = { id: string };

describe('POST /externalcontacts/contacts/merge', () => {
  it('takes the organization from valueOverride, and refuses one that does not exist', async () => {
    const older = await kit.createOrganization({ name: 'Older Org' });
    const newer = await kit.createOrganization({ name: 'Newer Org' });
    const a = await kit.createContact({ lastName: 'A', externalOrganization: { id: older.id } });
    const b = await kit.createContact({ lastName: 'B', externalOrganization: { id: newer.id } });
    const missing = '00000000-0000-4000-8000-000000000000';
    const refused = await kit.call('POST', `${API}/contacts/merge`, {
      contactIds: [a.id, b.id],
      valueOverride: { externalOrganization: { id: missing } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      details: [{ fieldName: 'valueOverride.externalOrganization.id' }],
    });
    const merged = await kit.call('POST', `${API}/contacts/merge?expand=externalOrganization`, {
      contactIds: [a.id, b.id],
      valueOverride: { externalOrganization: { id: older.id } },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const read = await kit.call(
      'GET',
      `${API}/contacts/${merged.json<{ id: string }>().id}?expand=externalOrganization`,
    );
    expect(read.json()).toMatchObject({
      externalOrganization: { id: older.id, name: 'Older Org' },
    });
  });

  it('creates a new curated contact and turns the inputs into ancestors', async () => {
    const a = await kit.createContact({
      firstName: 'Ann',
      lastName: 'Old',
      workEmail: 'ann@old.example',
      workPhone: { display: '+13172222222' },
    });
    const b = await kit.createContact({
      lastName: 'New',
      title: 'CTO',
      workEmail: 'ann@new.example',
      workPhone: { display: '+13173333333' },
    });
    const response = await kit.call('POST', `${API}/contacts/merge`, {
      contactIds: [a.id, b.id],
      valueOverride: { title: 'Chief' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const merged = response.json<Record<string, unknown> & { id: string }>();
    expect(merged.id).not.toBe(a.id);
    expect(merged).toMatchObject({
      type: 'Curated',
      firstName: 'Ann',
      lastName: 'New',
      title: 'Chief',
      workEmail: 'ann@new.example',
      personalEmail: 'ann@old.example',
      workPhone: { e164: '+13173333333' },
      cellPhone: { e164: '+13172222222' },
      canonicalContact: { id: merged.id },
    });
    expect((merged.mergedFrom as Ref[]).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((merged.mergeSet as Ref[]).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());

    const resolved = await kit.call('GET', `${API}/contacts/${a.id}`);
    expect(resolved.json()).toMatchObject({ id: merged.id });
    const unresolved = await kit.call('GET', `${API}/contacts/${a.id}/unresolved`);
    expect(unresolved.json()).toMatchObject({
      id: a.id,
      mergedTo: { id: merged.id },
      canonicalContact: { id: merged.id },
    });
    const search = await kit.call('GET', `${API}/contacts`);
    expect(search.json().entities.map((c: Ref) => c.id)).toEqual([merged.id]);
    // A text search, which counts from the index: the ancestors are neither listed nor counted.
    const byText = await kit.call('GET', `${API}/contacts?q=ann`);
    expect(byText.json()).toMatchObject({ total: 1, entities: [{ id: merged.id }] });
    const scan = await kit.call('GET', `${API}/scan/contacts`);
    expect(scan.json().entities.map((c: Ref) => c.id)).toEqual([merged.id]);
  });

  it('nests merge sets and refuses bad input lists', async () => {
    const [a, b, c] = [
      await kit.createContact({ lastName: 'A' }),
      await kit.createContact({ lastName: 'B' }),
      await kit.createContact({ lastName: 'C' }),
    ];
    const first = (
      await kit.call('POST', `${API}/contacts/merge`, { contactIds: [a.id, b.id] })
    ).json();
    const second = await kit.call('POST', `${API}/contacts/merge`, {
      contactIds: [first.id, c.id],
    });
    expect(
      second
        .json()
        .mergeSet.map((r: Ref) => r.id)
        .sort(),
    ).toEqual([a.id, b.id, c.id, first.id].sort());
    const ancestor = await kit.call('GET', `${API}/contacts/${a.id}/unresolved`);
    expect(ancestor.json().canonicalContact).toMatchObject({ id: second.json().id });
    for (const contactIds of [[c.id], [c.id, c.id], [c.id, 'missing'], [a.id, c.id]]) {
      const response = await kit.call('POST', `${API}/contacts/merge`, { contactIds });
      expect(response.statusCode).toBe(400);
      expect(response.json().details[0].fieldName).toBe('contactIds');
    }
    const tooMany = Array.from({ length: 26 }, (_, i) => `id-${i}`);
    expect(
      (await kit.call('POST', `${API}/contacts/merge`, { contactIds: tooMany })).statusCode,
    ).toBe(400);
  });

  it('needs the merge permission', async () => {
    const editor = (await signIn(kit.app, USER_IDS.caseyCurator)).token;
    const response = await kit.call(
      'POST',
      `${API}/contacts/merge`,
      { contactIds: ['a', 'b'] },
      editor,
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('promotion and the deprecated pair merge', () => {
  it('refuses to promote or pair-merge curated contacts', async () => {
    const a = await kit.createContact({ lastName: 'A' });
    const b = await kit.createContact({ lastName: 'B' });
    const promote = await kit.call('POST', `${API}/contacts/${a.id}/promotion`);
    expect(promote.statusCode).toBe(400);
    const pair = await kit.call('POST', `${API}/merge/contacts`, {
      sourceContactId: a.id,
      targetContactId: b.id,
    });
    expect(pair.statusCode).toBe(400);
    expect((await kit.call('POST', `${API}/contacts/missing/promotion`)).statusCode).toBe(404);
  });
});
