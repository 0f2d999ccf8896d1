import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../src/models/error-body.ts';
import { bearer } from '../../testing/sandbox-test-kit.ts';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

/** Input a careless script or a hostile page sends: a Genesys 4xx (or plain text), never a 500. */
let kit: ContactsTestKit;
let orgId: string;
let contactId: string;

beforeAll(async () => {
  kit = await contactsTestKit();
  orgId = (await kit.createOrganization({ name: 'Nulfree' })).id;
  contactId = (
    await kit.createContact({
      firstName: 'Zebedee',
      lastName: 'Quill',
      externalOrganization: { id: orgId },
    })
  ).id;
});
afterAll(async () => {
  await kit.app.close();
});

function rawJson(method: 'POST' | 'PUT', url: string, payload: string) {
  return kit.app.inject({
    method,
    url,
    headers: { ...bearer(kit.adminToken), 'content-type': 'application/json' },
    payload,
  });
}

function genesysError(response: {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}) {
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(response.headers['inin-correlation-id']).toBe(body.contextId);
  return body;
}

describe('control characters in search text', () => {
  it.each([
    ['GET /contacts', () => `${API}/contacts?q=zebedee%00`],
    ['GET /organizations', () => `${API}/organizations?q=nulfree%00`],
    [
      'GET /organizations/{id}/contacts',
      () => `${API}/organizations/${orgId}/contacts?q=zeb%00%01%1f`,
    ],
  ])('%s reads them as word breaks', async (_name, url) => {
    const response = await kit.call('GET', url());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1 });
  });

  it('POST /contacts/search reads them as word breaks', async () => {
    const response = await kit.call('POST', `${API}/contacts/search`, {
      operation: { simpleSearch: { query: 'zeb\u0000quill\u0007' } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, entities: [{ id: contactId }] });
  });

  it('finds nothing, without failing, for a q of control characters only', async () => {
    const response = await kit.call('GET', `${API}/contacts?q=%00%00`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 0 });
  });
});

describe('JSON bodies that are not objects', () => {
  const targets: readonly [string, 'POST' | 'PUT', () => string][] = [
    ['PUT /contacts/{id}', 'PUT', () => `${API}/contacts/${contactId}`],
    ['POST /contacts', 'POST', () => `${API}/contacts`],
    ['POST /contacts/search', 'POST', () => `${API}/contacts/search`],
    ['PUT /organizations/{id}', 'PUT', () => `${API}/organizations/${orgId}`],
    ['POST /contacts/exports', 'POST', () => `${API}/contacts/exports`],
    ['POST /organizations/exports', 'POST', () => `${API}/organizations/exports`],
    ['POST /notes/exports', 'POST', () => `${API}/notes/exports`],
    ['POST /relationships/exports', 'POST', () => `${API}/relationships/exports`],
  ];

  it.each(targets)('%s refuses null with a 400 naming the body', async (_name, method, url) => {
    const response = await rawJson(method, url(), 'null');
    expect(response.statusCode).toBe(400);
    expect(genesysError(response)).toMatchObject({
      code: 'bad.request',
      message: 'The request body must be a JSON object, not null.',
      details: [{ fieldName: 'body', errorCode: 'invalid.value' }],
    });
  });

  it.each([
    ['[]', 'an array'],
    ['42', 'a number'],
    ['"text"', 'a string'],
    ['true', 'a boolean'],
  ])('refuses a body of %s', async (payload, kind) => {
    const response = await rawJson('PUT', `${API}/contacts/${contactId}`, payload);
    expect(response.statusCode).toBe(400);
    expect(genesysError(response).message).toBe(
      `The request body must be a JSON object, not ${kind}.`,
    );
  });

  it('leaves the contact as it was after a refused null PUT', async () => {
    await rawJson('PUT', `${API}/contacts/${contactId}`, 'null');
    const read = await kit.call('GET', `${API}/contacts/${contactId}`);
    expect(read.json()).toMatchObject({ firstName: 'Zebedee', lastName: 'Quill' });
  });
});

describe('trustor ids', () => {
  it.each([
    'not-a-uuid',
    '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '12345678-1234-1234-1234-1234567890',
  ])('refuses %s with a 400 naming trustorId, and stores nothing', async (trustorId) => {
    const response = await kit.call('PUT', `${API}/organizations/${orgId}/trustor/${trustorId}`);
    expect(response.statusCode).toBe(400);
    expect(genesysError(response)).toMatchObject({
      code: 'bad.request',
      details: [{ fieldName: 'trustorId' }],
    });
    const read = await kit.call('GET', `${API}/organizations/${orgId}?includeTrustors=true`);
    expect(read.json()).not.toHaveProperty('trustor');
  });
});

describe('validation messages in Genesys words', () => {
  it('gives a wrong type invalid.value and a plain message', async () => {
    const response = await kit.call('POST', `${API}/contacts`, { firstName: 5 });
    const body = genesysError(response);
    expect(body.details).toEqual([{ errorCode: 'invalid.value', fieldName: 'firstName' }]);
  });

  it('gives a missing field missing.property, without validator jargon', async () => {
    const response = await kit.call('POST', `${API}/contacts/schemas`, { name: 'No schema' });
    expect(response.statusCode).toBe(400);
    const body = genesysError(response);
    expect(body.details).toContainEqual({ errorCode: 'missing.property', fieldName: 'jsonSchema' });
    expect(body.message).toBe('jsonSchema: A value is required.');
    expect(response.body).not.toMatch(/invalid_type|custom|nonoptional|Invalid input/);
  });
});
