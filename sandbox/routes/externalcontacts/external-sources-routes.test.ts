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

const SOURCES = `${API}/externalsources`;
type Source = { id: string; name: string; active: boolean; selfUri: string };
type Listing = { entities: Source[]; cursors: { after?: string }; nextUri?: string };

async function createSource(body: Record<string, unknown>): Promise<Source> {
  const response = await kit.call('POST', SOURCES, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Source>();
}

describe('external sources', () => {
  it('creates, reads, replaces and deletes a source', async () => {
    const created = await createSource({
      name: '  Salesforce ',
      linkConfiguration: { uriTemplate: 'https://crm.example.com/records/{{externalId}}' },
    });
    expect(created).toEqual({
      id: created.id,
      name: 'Salesforce',
      active: true,
      linkConfiguration: { uriTemplate: 'https://crm.example.com/records/{{externalId}}' },
      selfUri: `/api/v2/externalcontacts/externalsources/${created.id}`,
    });
    expect((await kit.call('GET', `${SOURCES}/${created.id}`)).json()).toEqual(created);

    const replaced = await kit.call('PUT', `${SOURCES}/${created.id}`, {
      name: 'SALESFORCE',
      active: false,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toEqual({
      id: created.id,
      name: 'SALESFORCE',
      active: false,
      selfUri: created.selfUri,
    });

    const deleted = await kit.call('DELETE', `${SOURCES}/${created.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({});
    expect((await kit.call('GET', `${SOURCES}/${created.id}`)).statusCode).toBe(404);
    expect((await kit.call('DELETE', `${SOURCES}/${created.id}`)).statusCode).toBe(404);
    expect((await kit.call('PUT', `${SOURCES}/${created.id}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('enforces the name and URI limits', async () => {
    await createSource({ name: 'n'.repeat(200) });
    const tooLong = await kit.call('POST', SOURCES, { name: 'm'.repeat(201) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ details: [{ fieldName: 'name' }] });
    const missing = await kit.call('POST', SOURCES, {});
    expect(missing.statusCode).toBe(400);
    const badUri = await kit.call('POST', SOURCES, {
      name: 'Ftp',
      linkConfiguration: { uriTemplate: 'ftp://files.example.com' },
    });
    expect(badUri.json()).toMatchObject({
      status: 400,
      details: [{ fieldName: 'linkConfiguration.uriTemplate' }],
    });
    const longUri = await kit.call('POST', SOURCES, {
      name: 'Long',
      linkConfiguration: { uriTemplate: `https://x.example/${'a'.repeat(400)}` },
    });
    expect(longUri.statusCode).toBe(400);
  });

  it('rejects a duplicate name ignoring case, on create and on rename', async () => {
    await createSource({ name: 'Zendesk' });
    const other = await createSource({ name: 'Hubspot' });
    const dup = await kit.call('POST', SOURCES, { name: 'zendesk' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({ details: [{ fieldName: 'name' }] });
    const rename = await kit.call('PUT', `${SOURCES}/${other.id}`, { name: 'ZENDESK' });
    expect(rename.statusCode).toBe(400);
    const keep = await kit.call('PUT', `${SOURCES}/${other.id}`, { name: 'HubSpot' });
    expect(keep.statusCode).toBe(200);
  });

  it('pages with cursors and filters by name prefix and active', async () => {
    for (let i = 0; i < 12; i += 1) {
      await createSource({ name: `Source ${String(i).padStart(2, '0')}`, active: i % 2 === 0 });
    }
    await createSource({ name: 'Other' });
    const first = (await kit.call('GET', `${SOURCES}?limit=10`)).json<Listing>();
    expect(first.entities).toHaveLength(10);
    expect(first.nextUri).toContain('cursor=');
    const second = (
      await kit.call('GET', `${SOURCES}?limit=10&cursor=${first.cursors.after ?? ''}`)
    ).json<Listing>();
    expect(second.entities).toHaveLength(3);
    expect(second.cursors.after).toBeUndefined();
    const ids = [...first.entities, ...second.entities].map((s) => s.id);
    expect(new Set(ids).size).toBe(13);

    const prefixed = (await kit.call('GET', `${SOURCES}?name=source%200`)).json<Listing>();
    expect(prefixed.entities).toHaveLength(10);
    const active = (await kit.call('GET', `${SOURCES}?name=SOURCE&active=false`)).json<Listing>();
    expect(active.entities).toHaveLength(6);
    expect(active.entities.every((s) => !s.active)).toBe(true);
  });

  it('validates limit, cursor and active', async () => {
    expect((await kit.call('GET', `${SOURCES}?limit=10`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${SOURCES}?limit=200`)).statusCode).toBe(200);
    expect((await kit.call('GET', `${SOURCES}?limit=9`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${SOURCES}?limit=201`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${SOURCES}?cursor=%21%21`)).statusCode).toBe(400);
    expect((await kit.call('GET', `${SOURCES}?active=yes`)).statusCode).toBe(400);
  });

  it('lets the reader list but not write', async () => {
    const source = await createSource({ name: 'Readable' });
    expect((await kit.call('GET', SOURCES, undefined, kit.readerToken)).statusCode).toBe(200);
    const post = await kit.call('POST', SOURCES, { name: 'Nope' }, kit.readerToken);
    expect(post.statusCode).toBe(403);
    const put = await kit.call('PUT', `${SOURCES}/${source.id}`, { name: 'x' }, kit.readerToken);
    expect(put.statusCode).toBe(403);
    const del = await kit.call('DELETE', `${SOURCES}/${source.id}`, undefined, kit.readerToken);
    expect(del.statusCode).toBe(403);
  });
});
