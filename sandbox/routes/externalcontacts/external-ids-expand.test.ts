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

type Source = { id: string; name: string; active: boolean; selfUri: string };
type ExternalIdJson = { externalSource: Record<string, unknown>; value: string };
type RecordJson = {
  id: string;
  externalIds?: ExternalIdJson[];
  identifiers?: { type: string; value: string; externalSource?: Record<string, unknown> }[];
};

const SOURCES = `${API}/externalsources`;
const sourceUri = (id: string) => `/api/v2/externalcontacts/externalsources/${id}`;

async function createSource(body: Record<string, unknown>): Promise<Source> {
  const response = await kit.call('POST', SOURCES, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Source>();
}

async function get(url: string): Promise<RecordJson> {
  const response = await kit.call('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<RecordJson>();
}

/** An active source with a template, an inactive one without, and a deleted one. */
async function threeSources() {
  const crm = await createSource({
    name: 'CRM',
    linkConfiguration: { uriTemplate: 'https://crm.example.com/r/{{externalId}}' },
  });
  const legacy = await createSource({ name: 'Legacy', active: false });
  const gone = await createSource({ name: 'Gone' });
  return { crm, legacy, gone };
}

const idsOn = (...sources: Source[]) =>
  sources.map((source, index) => ({ externalSource: { id: source.id }, value: `V-${index}` }));

describe('expand=externalSources', () => {
  it('expands each external id of a contact into its whole source; a deleted one stays a reference', async () => {
    const { crm, legacy, gone } = await threeSources();
    const contact = await kit.createContact({
      lastName: 'Sourced',
      externalIds: idsOn(crm, legacy, gone),
    });
    expect((await kit.call('DELETE', `${SOURCES}/${gone.id}`)).statusCode).toBe(200);

    const plain = await get(`${API}/contacts/${contact.id}`);
    expect(plain.externalIds).toEqual([
      { externalSource: { id: crm.id, selfUri: sourceUri(crm.id) }, value: 'V-0' },
      { externalSource: { id: legacy.id, selfUri: sourceUri(legacy.id) }, value: 'V-1' },
      { externalSource: { id: gone.id, selfUri: sourceUri(gone.id) }, value: 'V-2' },
    ]);

    const expanded = await get(`${API}/contacts/${contact.id}?expand=externalSources`);
    expect(expanded.externalIds).toEqual([
      {
        externalSource: {
          id: crm.id,
          name: 'CRM',
          active: true,
          linkConfiguration: { uriTemplate: 'https://crm.example.com/r/{{externalId}}' },
          selfUri: sourceUri(crm.id),
        },
        value: 'V-0',
      },
      {
        externalSource: {
          id: legacy.id,
          name: 'Legacy',
          active: false,
          selfUri: sourceUri(legacy.id),
        },
        value: 'V-1',
      },
      { externalSource: { id: gone.id, selfUri: sourceUri(gone.id) }, value: 'V-2' },
    ]);
    // The stored record is not changed by a read: the next plain read is a reference again.
    expect((await get(`${API}/contacts/${contact.id}`)).externalIds).toEqual(plain.externalIds);
  });

  it('follows a renamed or deactivated source, since it is read at answer time', async () => {
    const { crm } = await threeSources();
    const contact = await kit.createContact({ lastName: 'Renamed', externalIds: idsOn(crm) });
    await kit.call('PUT', `${SOURCES}/${crm.id}`, { name: 'CRM 2', active: false });
    const expanded = await get(`${API}/contacts/${contact.id}?expand=externalSources`);
    expect(expanded.externalIds?.[0]?.externalSource).toEqual({
      id: crm.id,
      name: 'CRM 2',
      active: false,
      selfUri: sourceUri(crm.id),
    });
  });

  it('expands in contact lists, search, identifier lookups and identifiers', async () => {
    const { crm, gone } = await threeSources();
    const contact = await kit.createContact({
      lastName: 'Listedsourced',
      externalIds: idsOn(crm),
    });
    const claim = await kit.call('PATCH', `${API}/contacts/${contact.id}/identifiers`, {
      operation: 'Claim',
      identifier: { type: 'ExternalId', value: 'claim-1', externalSource: { id: crm.id } },
    });
    expect(claim.statusCode, claim.body).toBe(200);
    await kit.call('PATCH', `${API}/contacts/${contact.id}/identifiers`, {
      operation: 'Claim',
      identifier: { type: 'Cookie', value: 'cookie-1', externalSource: { id: gone.id } },
    });
    await kit.call('DELETE', `${SOURCES}/${gone.id}`);

    const listed = await kit.call(
      'GET',
      `${API}/contacts?q=Listedsourced&expand=externalSources&expand=identifiers`,
    );
    expect(listed.statusCode, listed.body).toBe(200);
    const [row] = listed.json<{ entities: RecordJson[] }>().entities;
    expect(row?.externalIds?.[0]?.externalSource).toMatchObject({ id: crm.id, name: 'CRM' });
    const identifiers = new Map(row?.identifiers?.map((item) => [item.type, item.externalSource]));
    expect(identifiers.get('ExternalId')).toMatchObject({ id: crm.id, name: 'CRM', active: true });
    expect(identifiers.get('Cookie')).toEqual({ id: gone.id, selfUri: sourceUri(gone.id) });

    const searched = await kit.call('POST', `${API}/contacts/search`, {
      expand: ['externalSources'],
      operation: { simpleSearch: { query: 'Listedsourced' } },
    });
    expect(searched.statusCode, searched.body).toBe(200);
    expect(
      searched.json<{ entities: RecordJson[] }>().entities[0]?.externalIds?.[0]?.externalSource,
    ).toMatchObject({ name: 'CRM' });

    const lookedUp = await kit.call(
      'POST',
      `${API}/identifierlookup/contacts?expand=externalSources`,
      { type: 'ExternalId', value: 'claim-1' },
    );
    expect(lookedUp.statusCode, lookedUp.body).toBe(200);
    expect(lookedUp.json<RecordJson>().externalIds?.[0]?.externalSource).toMatchObject({
      name: 'CRM',
    });

    // Without the expand, identifiers name their source by reference only.
    const plain = await get(`${API}/contacts/${contact.id}?expand=identifiers`);
    const plainClaim = plain.identifiers?.find((item) => item.type === 'ExternalId');
    expect(plainClaim?.externalSource).toEqual({ id: crm.id, selfUri: sourceUri(crm.id) });
  });

  it('expands an organization’s external ids and identifiers in its read, list and lookup', async () => {
    const { crm, legacy } = await threeSources();
    const organization = await kit.createOrganization({
      name: 'Sourced Org',
      externalIds: idsOn(crm, legacy),
    });
    await kit.call('PATCH', `${API}/organizations/${organization.id}/identifiers`, {
      operation: 'Claim',
      identifier: { type: 'ExternalId', value: 'org-1', externalSource: { id: legacy.id } },
    });

    const expanded = await get(
      `${API}/organizations/${organization.id}?expand=externalSources&expand=identifiers`,
    );
    expect(expanded.externalIds?.map((item) => item.externalSource.name)).toEqual([
      'CRM',
      'Legacy',
    ]);
    expect(expanded.identifiers?.[0]?.externalSource).toMatchObject({
      id: legacy.id,
      name: 'Legacy',
      active: false,
    });

    const listed = await kit.call('GET', `${API}/organizations?q=Sourced&expand=externalSources`);
    expect(
      listed.json<{ entities: RecordJson[] }>().entities[0]?.externalIds?.[0]?.externalSource,
    ).toMatchObject({ name: 'CRM', linkConfiguration: { uriTemplate: expect.any(String) } });

    const lookedUp = await kit.call(
      'POST',
      `${API}/identifierlookup/organizations?expand=externalSources`,
      { type: 'ExternalId', value: 'org-1' },
    );
    expect(lookedUp.statusCode, lookedUp.body).toBe(200);
    expect(lookedUp.json<RecordJson>().externalIds?.[1]?.externalSource).toMatchObject({
      name: 'Legacy',
    });

    const plain = await get(`${API}/organizations/${organization.id}`);
    expect(plain.externalIds?.[0]?.externalSource).toEqual({
      id: crm.id,
      selfUri: sourceUri(crm.id),
    });
  });

  it('still refuses an expand value the operation does not list', async () => {
    const contact = await kit.createContact({ lastName: 'Typo' });
    const response = await kit.call('GET', `${API}/contacts/${contact.id}?expand=externalSource`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'bad.request',
      details: [{ fieldName: 'expand' }],
    });
  });
});

describe('writing external ids', () => {
  const fieldNames = (body: { details?: { fieldName?: string }[] }) =>
    (body.details ?? []).map((detail) => detail.fieldName);

  it('keeps an id whose source is unknown or deleted: records that name one stay editable', async () => {
    // Genesys does not clean up records of a deleted source and they stay editable (domain-rules
    // §11), so a PUT that sends such an id back must succeed: the source id is not checked.
    const contact = await kit.createContact({
      lastName: 'Orphan',
      externalIds: [{ externalSource: { id: 'no-such-source' }, value: ' X-1 ' }],
    });
    expect(contact.externalIds).toEqual([
      {
        externalSource: { id: 'no-such-source', selfUri: sourceUri('no-such-source') },
        value: 'X-1',
      },
    ]);
    const put = await kit.call('PUT', `${API}/contacts/${contact.id}`, {
      lastName: 'Orphan',
      externalIds: [{ externalSource: { id: 'no-such-source' }, value: 'X-1' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const expanded = await get(`${API}/contacts/${contact.id}?expand=externalSources`);
    expect(expanded.externalIds?.[0]?.externalSource).toEqual({
      id: 'no-such-source',
      selfUri: sourceUri('no-such-source'),
    });
  });

  it('refuses a missing source, an empty or too long value, naming the field (Genesys 400)', async () => {
    const response = await kit.call('POST', `${API}/contacts`, {
      lastName: 'Bad ids',
      externalIds: [
        { value: 'no source' },
        { externalSource: { id: 's' }, value: '   ' },
        { externalSource: { id: 's' }, value: 'v'.repeat(256) },
        { externalSource: {}, value: 'no id' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      code: string;
      status: number;
      details: { fieldName: string }[];
    }>();
    expect(body).toMatchObject({ code: 'bad.request', status: 400 });
    expect(fieldNames(body)).toEqual([
      'externalIds[0].externalSource',
      'externalIds[1].value',
      'externalIds[2].value',
      'externalIds[3].externalSource.id',
    ]);
    const longest = await kit.call('POST', `${API}/contacts`, {
      externalIds: [{ externalSource: { id: 's' }, value: 'v'.repeat(255) }],
    });
    expect(longest.statusCode, longest.body).toBe(200);
  });

  it('caps an organization at 10 external ids, as a contact', async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ externalSource: { id: 'src' }, value: `v${i}` }));
    const ok = await kit.call('POST', `${API}/organizations`, {
      name: 'Ten',
      externalIds: ids(10),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const tooMany = await kit.call('POST', `${API}/organizations`, {
      name: 'Eleven',
      externalIds: ids(11),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(fieldNames(tooMany.json())).toEqual(['externalIds']);
  });
});
