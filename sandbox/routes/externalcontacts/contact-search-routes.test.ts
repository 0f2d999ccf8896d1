import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

describe('POST /contacts/search', () => {
  let kit: ContactsTestKit;
  const ids: string[] = [];
  beforeAll(async () => {
    kit = await contactsTestKit();
    for (const firstName of ['Bea', 'Ada', 'Cy']) {
      ids.push((await kit.createContact({ firstName, lastName: 'Searchable' })).id);
    }
  });
  afterAll(async () => {
    await kit.app.close();
  });

  const search = (body: unknown, token?: string) =>
    kit.call('POST', `${API}/contacts/search`, body, token);

  it('restricts results to ids and sorts by sortOrder', async () => {
    const response = await search({
      pageSize: 10,
      operation: { simpleSearch: { ids: ids.slice(0, 2), sortOrder: ['firstName:desc'] } },
    });
    expect(response.statusCode).toBe(200);
    const listing = response.json<{ entities: { firstName: string }[]; total: number }>();
    expect(listing.total).toBe(2);
    expect(listing.entities.map((entity) => entity.firstName)).toEqual(['Bea', 'Ada']);
  });

  it('searches by query with the GET /contacts listing shape', async () => {
    const response = await search({
      operation: { simpleSearch: { query: 'Searchable', sortOrder: ['firstName:asc'] } },
    });
    const listing = response.json<{ entities: { firstName: string }[]; pageSize: number }>();
    expect(listing.pageSize).toBe(20);
    expect(listing.entities.map((entity) => entity.firstName)).toEqual(['Ada', 'Bea', 'Cy']);
  });

  it('refuses other operations, bad paging and more than 100 ids with 400', async () => {
    const other = await search({ operation: { complexSearch: {} } });
    expect(other.statusCode).toBe(400);
    expect(other.body).toContain('operation');
    expect((await search({ pageSize: 500, pageNumber: 3 })).statusCode).toBe(400);
    const manyIds = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    expect((await search({ operation: { simpleSearch: { ids: manyIds } } })).statusCode).toBe(400);
  });

  it('refuses a caller without externalContacts:contact:view', async () => {
    const response = await search({}, 'not-a-token');
    expect(response.statusCode).toBe(401);
  });
});
