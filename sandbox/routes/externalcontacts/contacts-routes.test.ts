import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../../auth/demo-identities.ts';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function fieldNames(body: { details?: { fieldName?: string }[] }): (string | undefined)[] {
  return (body.details ?? []).map((detail) => detail.fieldName);
}

describe('POST /externalcontacts/contacts', () => {
  it('creates a curated contact in the home division with server fields', async () => {
    const response = await kit.call('POST', `${API}/contacts`, {
      id: 'ignored',
      type: 'Ephemeral',
      selfUri: '/nope',
      firstName: '  Ada ',
      lastName: 'Lovelace',
      workEmail: 'ada@example.com',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown> & { id: string }>();
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      workEmail: 'ada@example.com',
      type: 'Curated',
      division: {
        id: DIVISION_IDS.home,
        name: 'Home',
        selfUri: `/api/v2/authorization/divisions/${DIVISION_IDS.home}`,
      },
      selfUri: `/api/v2/externalcontacts/contacts/${body.id}`,
    });
    expect(body.createDate).toMatch(ISO);
    expect(body.modifyDate).toBe(body.createDate);
    const fetched = await kit.call('GET', `${API}/contacts/${body.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toMatchObject({ id: body.id, firstName: 'Ada' });
  });

  it('normalises phone numbers and keeps what was typed', async () => {
    const contact = await kit.createContact({
      lastName: 'Phone',
      workPhone: { display: '(317) 222-2222', normalizationCountryCode: 'US' },
      cellPhone: { display: 'not a number' },
    });
    expect(contact.workPhone).toEqual({
      display: '+1 317-222-2222',
      e164: '+13172222222',
      countryCode: 'US',
      userInput: '(317) 222-2222',
      normalizationCountryCode: 'US',
    });
    expect(contact.cellPhone).toEqual({ display: 'not a number', userInput: 'not a number' });
  });

  it('accepts 1000-character names and refuses 1001 naming the field', async () => {
    const ok = await kit.call('POST', `${API}/contacts`, { firstName: 'a'.repeat(1000) });
    expect(ok.statusCode).toBe(200);
    const tooLong = await kit.call('POST', `${API}/contacts`, { firstName: 'a'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(fieldNames(tooLong.json())).toEqual(['firstName']);
  });

  it('accepts 10 external ids and refuses 11', async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ externalSource: { id: 'src' }, value: `v${i}` }));
    expect((await kit.call('POST', `${API}/contacts`, { externalIds: ids(10) })).statusCode).toBe(
      200,
    );
    const response = await kit.call('POST', `${API}/contacts`, { externalIds: ids(11) });
    expect(response.statusCode).toBe(400);
    expect(fieldNames(response.json())).toEqual(['externalIds']);
  });

  it('names nested fields and gives human messages', async () => {
    const response = await kit.call('POST', `${API}/contacts`, {
      workEmail: 'not-an-email',
      address: { city: 'c'.repeat(101) },
      externalIds: [
        { externalSource: { id: 's' }, value: 'a' },
        { externalSource: { id: 's' }, value: '' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ message: string; details: { fieldName: string }[] }>();
    expect(fieldNames(body)).toEqual(['workEmail', 'address.city', 'externalIds[1].value']);
    expect(body.message).toContain('Work email must be a valid email address.');
  });

  it('refuses an unknown division naming division.id', async () => {
    const response = await kit.call('POST', `${API}/contacts`, { division: { id: 'nope' } });
    expect(response.statusCode).toBe(400);
    expect(fieldNames(response.json())).toEqual(['division.id']);
  });

  it('refuses malformed JSON and non-object bodies', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: `${API}/contacts`,
      headers: { authorization: `Bearer ${kit.adminToken}`, 'content-type': 'application/json' },
      payload: '{"firstName":',
    });
    expect(response.statusCode).toBe(400);
    expect((await kit.call('POST', `${API}/contacts`, [1, 2])).statusCode).toBe(400);
  });

  it('is refused to the read-only user', async () => {
    const response = await kit.call('POST', `${API}/contacts`, { lastName: 'x' }, kit.readerToken);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'missing.any.permissions' });
  });
});

describe('GET/PUT/PATCH/DELETE /externalcontacts/contacts/{id}', () => {
  it('answers 404 not.found for unknown ids', async () => {
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await kit.call(
        method,
        `${API}/contacts/00000000-0000-4000-8000-000000000000`,
        method === 'PUT' ? {} : method === 'PATCH' ? { changes: [] } : undefined,
      );
      expect(response.statusCode, method).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not.found' });
    }
  });

  it('replaces a contact on PUT, keeping id, type and createDate', async () => {
    const contact = await kit.createContact({ firstName: 'Old', lastName: 'Name', title: 'CEO' });
    const response = await kit.call('PUT', `${API}/contacts/${contact.id}`, {
      ...contact,
      firstName: 'New',
      title: undefined,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({ id: contact.id, firstName: 'New', type: 'Curated' });
    expect(body).not.toHaveProperty('title');
    expect(body.createDate).toBe(contact.createDate);
  });

  it('refuses to move a contact to another division on PUT', async () => {
    const contact = await kit.createContact({ lastName: 'Stay' });
    const response = await kit.call('PUT', `${API}/contacts/${contact.id}`, {
      lastName: 'Stay',
      division: { id: DIVISION_IDS.emeaSales },
    });
    expect(response.statusCode).toBe(400);
    expect(fieldNames(response.json())).toEqual(['division.id']);
  });

  it('patches fields with the documented actions', async () => {
    const contact = await kit.createContact({
      firstName: 'Pat',
      lastName: 'Ch',
      title: 'Dev',
      workPhone: { display: '(317) 222-2222', normalizationCountryCode: 'US' },
      externalIds: [{ externalSource: { id: 's' }, value: 'one' }],
    });
    const response = await kit.call('PATCH', `${API}/contacts/${contact.id}`, {
      changes: [
        { action: 'Update', field: '$.address.city', value: 'Indianapolis' },
        { action: 'UpdateIfEmpty', field: '$.title', value: 'Ignored' },
        { action: 'UpdateIfEmpty', field: '$.middleName', value: 'Q' },
        { action: 'Remove', field: '$.firstName' },
        {
          action: 'AppendToCollection',
          field: '$.externalIds',
          value: [{ externalSource: { id: 's' }, value: 'two' }],
        },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      address: { city: 'Indianapolis' },
      title: 'Dev',
      middleName: 'Q',
      workPhone: { userInput: '(317) 222-2222', e164: '+13172222222' },
    });
    expect(body).not.toHaveProperty('firstName');
    expect(body.externalIds).toHaveLength(2);
  });

  it('validates the patched result and the paths', async () => {
    const contact = await kit.createContact({ lastName: 'P' });
    const bad = await kit.call('PATCH', `${API}/contacts/${contact.id}`, {
      changes: [{ action: 'Update', field: '$.workEmail', value: 'nope' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldNames(bad.json())).toEqual(['workEmail']);
    const path = await kit.call('PATCH', `${API}/contacts/${contact.id}`, {
      changes: [{ action: 'Update', field: 'address[0]', value: 'x' }],
    });
    expect(path.statusCode).toBe(400);
    expect(fieldNames(path.json())).toEqual(['changes[0].field']);
    const conflict = await kit.call('PATCH', `${API}/contacts/${contact.id}`, {
      changes: [
        { action: 'Update', field: '$.address', value: {} },
        { action: 'Update', field: '$.address.city', value: 'x' },
      ],
    });
    expect(conflict.statusCode).toBe(409);
  });

  it('deletes with {} and then answers 404', async () => {
    const contact = await kit.createContact({ lastName: 'Gone' });
    const response = await kit.call('DELETE', `${API}/contacts/${contact.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({});
    expect((await kit.call('GET', `${API}/contacts/${contact.id}`)).statusCode).toBe(404);
  });

  it('refuses writes to the read-only user', async () => {
    const contact = await kit.createContact({ lastName: 'Mine' });
    const url = `${API}/contacts/${contact.id}`;
    expect((await kit.call('PUT', url, {}, kit.readerToken)).statusCode).toBe(403);
    expect((await kit.call('PATCH', url, { changes: [] }, kit.readerToken)).statusCode).toBe(403);
    expect((await kit.call('DELETE', url, undefined, kit.readerToken)).statusCode).toBe(403);
    expect((await kit.call('GET', url, undefined, kit.readerToken)).statusCode).toBe(200);
  });

  it('honours expand and refuses unknown expand values', async () => {
    const contact = await kit.createContact({ lastName: 'Exp' });
    const plain = (await kit.call('GET', `${API}/contacts/${contact.id}`)).json();
    expect(plain.division).not.toHaveProperty('name');
    const expanded = await kit.call(
      'GET',
      `${API}/contacts/${contact.id}?expand=division&expand=identifiers`,
    );
    expect(expanded.json()).toMatchObject({ division: { name: 'Home' }, identifiers: [] });
    const bad = await kit.call('GET', `${API}/contacts/${contact.id}?expand=bogus`);
    expect(bad.statusCode).toBe(400);
    expect(fieldNames(bad.json())).toEqual(['expand']);
  });
});
