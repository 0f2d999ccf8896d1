import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { DEMO_TRUSTOR_IDS } from '../../db/trustors-migration.ts';
import { API, contactsTestKit } from '../externalcontacts/contacts-test-kit.ts';
import type { ContactsTestKit } from '../externalcontacts/contacts-test-kit.ts';
import { signIn } from '../../testing/sandbox-test-kit.ts';

const TRUSTORS = '/api/v2/orgauthorization/trustors';
const UNKNOWN = 'abababab-0000-4000-8000-000000000000';

let kit: ContactsTestKit;
beforeAll(async () => {
  kit = await contactsTestKit();
});
afterAll(async () => {
  await kit.app.close();
});

describe('GET /orgauthorization/trustors', () => {
  it('lists the orgs that trust the demo org, by name, in a TrustorEntityListing', async () => {
    const response = await kit.call('GET', TRUSTORS);
    expect(response.statusCode).toBe(200);
    const listing = response.json();
    expect(listing).toMatchObject({ pageSize: 25, pageNumber: 1, total: 3, pageCount: 1 });
    expect(listing.selfUri).toBe(`${TRUSTORS}?pageSize=25&pageNumber=1`);
    expect(listing).not.toHaveProperty('nextUri');
    expect(
      listing.entities.map((t: { organization: { name: string } }) => t.organization.name),
    ).toEqual([
      'Contoso Outsourced Support',
      'Fabrikam Partner Services',
      'Northwind Contact Centre',
    ]);
    expect(listing.entities[2]).toEqual({
      id: DEMO_TRUSTOR_IDS.northwind,
      enabled: true,
      dateCreated: '2026-01-12T09:30:00.000Z',
      createdBy: {
        id: 'f1f1f1f1-0000-4000-8000-000000000001',
        name: 'Nora Lindqvist',
        email: 'nora.lindqvist@northwind.example',
        username: 'nora.lindqvist@northwind.example',
        title: 'Platform administrator',
        department: 'IT',
        state: 'active',
        version: 3,
        organization: { id: DEMO_TRUSTOR_IDS.northwind, name: 'Northwind Contact Centre' },
      },
      organization: {
        id: DEMO_TRUSTOR_IDS.northwind,
        name: 'Northwind Contact Centre',
        thirdPartyOrgName: 'northwind-cc',
        domain: 'northwind.example',
        version: 1,
        state: 'active',
        selfUri: `/api/v2/organizations/${DEMO_TRUSTOR_IDS.northwind}`,
      },
      selfUri: `${TRUSTORS}/${DEMO_TRUSTOR_IDS.northwind}`,
    });
    expect(listing.entities[1]).toMatchObject({ enabled: false });
  });

  it('pages with pageSize and pageNumber', async () => {
    const second = (await kit.call('GET', `${TRUSTORS}?pageSize=2&pageNumber=2`)).json();
    expect(second).toMatchObject({ pageSize: 2, pageNumber: 2, total: 3, pageCount: 2 });
    expect(second.entities.map((t: { id: string }) => t.id)).toEqual([DEMO_TRUSTOR_IDS.northwind]);
    expect(second.previousUri).toBe(`${TRUSTORS}?pageSize=2&pageNumber=1`);
    const past = (await kit.call('GET', `${TRUSTORS}?pageSize=2&pageNumber=5`)).json();
    expect(past).toMatchObject({ entities: [], total: 3 });
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=ten', 'pageSize'],
    ['pageNumber=-1', 'pageNumber'],
    ['pageNumber=1.5', 'pageNumber'],
  ])('refuses %s with a Genesys 400 naming the parameter', async (query, fieldName) => {
    const response = await kit.call('GET', `${TRUSTORS}?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'bad.request',
      details: [{ fieldName }],
      contextId: expect.any(String),
    });
  });

  it('needs authorization:orgTrustor:view and a token', async () => {
    const reader = await kit.call('GET', TRUSTORS, undefined, kit.readerToken);
    expect(reader.statusCode).toBe(403);
    expect(reader.json()).toMatchObject({ code: 'missing.any.permissions' });
    expect(reader.json().message).toContain('authorization:orgTrustor:view');
    const one = await kit.call(
      'GET',
      `${TRUSTORS}/${DEMO_TRUSTOR_IDS.contoso}`,
      undefined,
      kit.readerToken,
    );
    expect(one.statusCode).toBe(403);
    const anonymous = await kit.app.inject({ method: 'GET', url: TRUSTORS });
    expect(anonymous.statusCode).toBe(401);
    const editor = (await signIn(kit.app, USER_IDS.caseyCurator)).token;
    expect((await kit.call('GET', TRUSTORS, undefined, editor)).statusCode).toBe(403);
  });
});

describe('GET /orgauthorization/trustors/{trustorOrgId}', () => {
  it('reads one trustor, disabled trusts included', async () => {
    const response = await kit.call('GET', `${TRUSTORS}/${DEMO_TRUSTOR_IDS.fabrikamDisabled}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: DEMO_TRUSTOR_IDS.fabrikamDisabled,
      enabled: false,
      organization: { name: 'Fabrikam Partner Services' },
    });
  });

  it.each([UNKNOWN, 'not-a-uuid', '%22%3E%3Cscript%3E'])(
    'answers a Genesys 404 for %s',
    async (id) => {
      const response = await kit.call('GET', `${TRUSTORS}/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({
        status: 404,
        code: 'not.found',
        contextId: expect.any(String),
      });
    },
  );
});

describe('linking an external organization to a trustor', () => {
  it('refuses an unknown trustor with a 404 and stores nothing', async () => {
    const org = await kit.createOrganization({ name: 'Unlinked Ltd' });
    const response = await kit.call('PUT', `${API}/organizations/${org.id}/trustor/${UNKNOWN}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'not.found',
      details: [{ entityId: UNKNOWN, entityName: 'trustor' }],
    });
    const read = await kit.call('GET', `${API}/organizations/${org.id}?includeTrustors=true`);
    expect(read.json()).not.toHaveProperty('trustor');
    const found = await kit.call('GET', `${API}/organizations?trustorId=${UNKNOWN}`);
    expect(found.json()).toMatchObject({ entities: [] });
  });

  it('an unknown organization is still the 404 it names', async () => {
    const response = await kit.call(
      'PUT',
      `${API}/organizations/${UNKNOWN}/trustor/${DEMO_TRUSTOR_IDS.contoso}`,
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().details).toMatchObject([{ entityName: 'externalOrganization' }]);
  });

  it('embeds the whole Trustor with includeTrustors=true, in reads and searches', async () => {
    const org = await kit.createOrganization({ name: 'Contoso (trustor) Ltd' });
    const link = await kit.call(
      'PUT',
      `${API}/organizations/${org.id}/trustor/${DEMO_TRUSTOR_IDS.contoso}`,
    );
    expect(link.statusCode).toBe(200);
    expect(link.json()).toMatchObject({ trustorOrgId: DEMO_TRUSTOR_IDS.contoso });
    const trustor = (await kit.call('GET', `${TRUSTORS}/${DEMO_TRUSTOR_IDS.contoso}`)).json();
    const read = await kit.call('GET', `${API}/organizations/${org.id}?includeTrustors=true`);
    expect(read.json().trustor).toEqual(trustor);
    const search = await kit.call(
      'GET',
      `${API}/organizations?trustorId=${DEMO_TRUSTOR_IDS.contoso}&includeTrustors=true`,
    );
    expect(search.json().entities).toMatchObject([{ id: org.id, trustor }]);
    const without = await kit.call('GET', `${API}/organizations/${org.id}`);
    expect(without.json()).not.toHaveProperty('trustor');
  });
});
