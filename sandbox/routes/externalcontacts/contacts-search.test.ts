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

type Listing = {
  entities: { id: string; firstName?: string; lastName?: string }[];
  total: number;
  pageCount: number;
  pageSize: number;
  pageNumber: number;
  nextUri?: string;
};

async function search(query: string): Promise<Listing> {
  const response = await kit.call('GET', `${API}/contacts?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Listing>();
}

describe('GET /externalcontacts/contacts (search)', () => {
  beforeEach(async () => {
    const org = await kit.createOrganization({ name: 'Globex Corporation' });
    await kit.createContact({
      firstName: 'Marguerite',
      lastName: 'Zola',
      title: 'Buyer',
      workEmail: 'marguerite.zola@example.com',
      workPhone: { display: '(317) 222-2222', normalizationCountryCode: 'US' },
    });
    await kit.createContact({ firstName: 'Bob', lastName: 'Adams', title: 'Agent' });
    await kit.createContact({
      firstName: 'Carla',
      lastName: 'Mendes',
      externalOrganization: { id: org.id },
    });
  });

  it('lists every contact by lastName, firstName without q', async () => {
    const listing = await search('');
    expect(listing.total).toBe(3);
    expect(listing.entities.map((c) => c.lastName)).toEqual(['Adams', 'Mendes', 'Zola']);
  });

  it('finds by first-name prefix, email, phone as typed and as E.164, org name', async () => {
    const names = async (q: string) =>
      (await search(`q=${encodeURIComponent(q)}`)).entities.map((c) => c.firstName);
    expect(await names('marg')).toEqual(['Marguerite']);
    expect(await names('MARGUERITE.ZOLA@example.com')).toEqual(['Marguerite']);
    expect(await names('(317) 222-2222')).toEqual(['Marguerite']);
    expect(await names('+13172222222')).toEqual(['Marguerite']);
    expect(await names('13172222222')).toEqual(['Marguerite']);
    expect(await names('globex')).toEqual(['Carla']);
    expect(await names('nobody')).toEqual([]);
    expect(await names('"')).toEqual([]);
  });

  it('sorts ascending and descending, bare field meaning asc', async () => {
    const first = async (sort: string) =>
      (await search(`sortOrder=${sort}`)).entities.map((c) => c.firstName);
    expect(await first('firstName:asc')).toEqual(['Bob', 'Carla', 'Marguerite']);
    expect(await first('firstName')).toEqual(['Bob', 'Carla', 'Marguerite']);
    expect(await first('firstName:desc')).toEqual(['Marguerite', 'Carla', 'Bob']);
    // Carla has no title: contacts missing the sort field come last in both directions.
    expect(await first('title:asc')).toEqual(['Bob', 'Marguerite', 'Carla']);
    expect(await first('title:desc')).toEqual(['Marguerite', 'Bob', 'Carla']);
    for (const bad of ['email:asc', 'firstName:up']) {
      const response = await kit.call('GET', `${API}/contacts?sortOrder=${bad}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().details[0].fieldName).toBe('sortOrder');
    }
  });

  it('pages with totals and links', async () => {
    const page = await search('pageSize=2&pageNumber=1');
    expect(page).toMatchObject({ total: 3, pageCount: 2, pageSize: 2, pageNumber: 1 });
    expect(page.entities).toHaveLength(2);
    expect(page.nextUri).toContain('pageNumber=2');
    const last = await search('pageSize=2&pageNumber=2');
    expect(last.entities).toHaveLength(1);
    expect(last.nextUri).toBeUndefined();
  });

  it('allows pageSize × pageNumber = 1000 and refuses 1020', async () => {
    expect((await kit.call('GET', `${API}/contacts?pageSize=100&pageNumber=10`)).statusCode).toBe(
      200,
    );
    const response = await kit.call('GET', `${API}/contacts?pageSize=20&pageNumber=51`);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.map((d: { fieldName: string }) => d.fieldName)).toEqual([
      'pageSize',
      'pageNumber',
    ]);
  });

  it('filters by divisionIds and refuses more than 50', async () => {
    expect((await search('divisionIds=d1d1d1d1-0000-4000-8000-000000000002')).total).toBe(0);
    const many = Array.from({ length: 51 }, (_, i) => `divisionIds=d${i}`).join('&');
    const response = await kit.call('GET', `${API}/contacts?${many}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].fieldName).toBe('divisionIds');
  });
});
