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

type CursorPage = {
  entities: { id: string }[];
  cursors: { after?: string };
  nextUri?: string;
  selfUri: string;
};

describe('GET /externalcontacts/scan/contacts', () => {
  it('walks every contact once in id order, with no cursor on the last page', async () => {
    for (let i = 0; i < 25; i += 1) await kit.createContact({ lastName: `C${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const url = `${API}/scan/contacts?limit=10${cursor === undefined ? '' : `&cursor=${cursor}`}`;
      const response = await kit.call('GET', url);
      expect(response.statusCode).toBe(200);
      const page = response.json<CursorPage>();
      seen.push(...page.entities.map((e) => e.id));
      cursor = page.cursors.after;
      if (cursor === undefined) expect(page.nextUri).toBeUndefined();
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect([...seen].sort()).toEqual(seen);
  });

  it('checks limit 10–200 and the cursor', async () => {
    expect((await kit.call('GET', `${API}/scan/contacts?limit=10`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${API}/scan/contacts?limit=200`)).statusCode).toBe(200);
    for (const limit of ['9', '201', 'x']) {
      const response = await kit.call('GET', `${API}/scan/contacts?limit=${limit}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().details[0].fieldName).toBe('limit');
    }
    const bad = await kit.call('GET', `${API}/scan/contacts?cursor=***`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].fieldName).toBe('cursor');
  });

  it('scans organizations, and divisionviews/all needs viewAll', async () => {
    await kit.createOrganization({ name: 'Scan Co' });
    const page = (await kit.call('GET', `${API}/scan/organizations`)).json<CursorPage>();
    expect(page.entities).toHaveLength(1);
    expect(page.cursors).toEqual({});
    const all = await kit.call('GET', `${API}/scan/organizations/divisionviews/all`);
    expect(all.statusCode).toBe(200);
    const reader = await kit.call(
      'GET',
      `${API}/scan/contacts/divisionviews/all`,
      undefined,
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
  });
});
