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

const names = (body: { details?: { fieldName?: string }[] }) =>
  (body.details ?? []).map((detail) => detail.fieldName);

describe('organizations', () => {
  it('creates, reads, replaces, patches and deletes', async () => {
    const org = await kit.createOrganization({
      name: ' Initech ',
      tags: ['b2b'],
      websites: ['https://initech.example'],
      tickers: [{ symbol: 'INTC', exchange: 'NYSE' }],
      employeeCount: 120,
      revenue: 5000000,
      externalSystemUrl: 'https://crm.example/initech',
    });
    expect(org).toMatchObject({
      name: 'Initech',
      tags: ['b2b'],
      division: { name: 'Home' },
      selfUri: `/api/v2/externalcontacts/organizations/${org.id}`,
    });
    const url = `${API}/organizations/${org.id}`;
    expect((await kit.call('GET', url)).json()).toMatchObject({ id: org.id, employeeCount: 120 });
    const put = await kit.call('PUT', url, { name: 'Initech Ltd', industry: 'Software' });
    expect(put.json()).toMatchObject({ name: 'Initech Ltd', industry: 'Software' });
    expect(put.json()).not.toHaveProperty('tags');
    const patch = await kit.call('PATCH', url, {
      changes: [{ action: 'AppendToCollection', field: '$.tags', value: 'vip' }],
    });
    expect(patch.json()).toMatchObject({ tags: ['vip'] });
    expect((await kit.call('DELETE', url)).json()).toEqual({});
    expect((await kit.call('GET', url)).statusCode).toBe(404);
  });

  it('requires a name and validates numbers and URLs', async () => {
    const missing = await kit.call('POST', `${API}/organizations`, {});
    expect(missing.statusCode).toBe(400);
    expect(names(missing.json())).toEqual(['name']);
    expect(missing.json().message).toContain('Name is required.');
    const bad = await kit.call('POST', `${API}/organizations`, {
      name: 'x',
      employeeCount: 1.5,
      externalSystemUrl: 'crm.example',
      tags: 'nope',
    });
    expect(names(bad.json())).toEqual(['employeeCount', 'tags', 'externalSystemUrl']);
  });

  it('unlinks contacts when their organization is deleted', async () => {
    const org = await kit.createOrganization({ name: 'Doomed' });
    const contact = await kit.createContact({
      lastName: 'Kept',
      externalOrganization: { id: org.id },
    });
    expect(contact.externalOrganization).toMatchObject({ id: org.id });
    const listed = await kit.call('GET', `${API}/organizations/${org.id}/contacts`);
    expect(listed.json()).toMatchObject({ total: 1, entities: [{ id: contact.id }] });
    const expanded = await kit.call(
      'GET',
      `${API}/contacts/${contact.id}?expand=externalOrganization`,
    );
    expect(expanded.json().externalOrganization).toMatchObject({ id: org.id, name: 'Doomed' });
    await kit.call('DELETE', `${API}/organizations/${org.id}`);
    const after = (await kit.call('GET', `${API}/contacts/${contact.id}`)).json();
    expect(after).not.toHaveProperty('externalOrganization');
    const search = await kit.call('GET', `${API}/contacts?q=doomed`);
    expect(search.json().total).toBe(0);
  });

  it('refuses an unknown organization link naming externalOrganization.id', async () => {
    const response = await kit.call('POST', `${API}/contacts`, {
      externalOrganization: { id: 'missing' },
    });
    expect(response.statusCode).toBe(400);
    expect(names(response.json())).toEqual(['externalOrganization.id']);
  });

  it('searches and sorts organizations', async () => {
    await kit.createOrganization({ name: 'Alpha', industry: 'Zinc' });
    await kit.createOrganization({ name: 'Beta', industry: 'Apples' });
    const byName = await kit.call('GET', `${API}/organizations?sortOrder=name:desc`);
    expect(byName.json().entities.map((o: { name: string }) => o.name)).toEqual(['Beta', 'Alpha']);
    const byIndustry = await kit.call('GET', `${API}/organizations?sortOrder=industry`);
    expect(byIndustry.json().entities.map((o: { name: string }) => o.name)).toEqual([
      'Beta',
      'Alpha',
    ]);
    const q = await kit.call('GET', `${API}/organizations?q=alp`);
    expect(q.json()).toMatchObject({ total: 1, entities: [{ name: 'Alpha' }] });
    const bad = await kit.call('GET', `${API}/organizations?sortOrder=firstName`);
    expect(bad.statusCode).toBe(400);
  });

  it('links and unlinks a trustor', async () => {
    const org = await kit.createOrganization({ name: 'Trusting' });
    const trustor = 'f0f0f0f0-0000-4000-8000-000000000001';
    const link = await kit.call('PUT', `${API}/organizations/${org.id}/trustor/${trustor}`);
    expect(link.statusCode).toBe(200);
    expect(link.json()).toMatchObject({ externalOrganizationId: org.id, trustorOrgId: trustor });
    const found = await kit.call('GET', `${API}/organizations?trustorId=${trustor}&q=ignored`);
    expect(found.json()).toMatchObject({ total: 1, entities: [{ id: org.id }] });
    const withTrustor = await kit.call(
      'GET',
      `${API}/organizations/${org.id}?includeTrustors=true`,
    );
    expect(withTrustor.json().trustor).toMatchObject({ id: trustor });
    const unlink = await kit.call('DELETE', `${API}/organizations/${org.id}/trustor`);
    expect(unlink.statusCode).toBe(204);
  });

  it('is read-only for the reader and 404 for unknown ids', async () => {
    expect(
      (await kit.call('POST', `${API}/organizations`, { name: 'x' }, kit.readerToken)).statusCode,
    ).toBe(403);
    expect((await kit.call('GET', `${API}/organizations/nope`)).statusCode).toBe(404);
    expect((await kit.call('GET', `${API}/organizations/nope/contacts`)).statusCode).toBe(404);
  });
});
