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

const claim = (type: string, value: string) => ({
  operation: 'Claim',
  identifier: { type, value },
});

describe('contact identifiers and lookups', () => {
  it('claims, lists, looks up and releases an identifier', async () => {
    const contact = await kit.createContact({ lastName: 'Claimer' });
    const url = `${API}/contacts/${contact.id}/identifiers`;
    const claimed = await kit.call('PATCH', url, claim('Cookie', 'abc-123'));
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ type: 'Cookie', value: 'abc-123' });
    expect((await kit.call('PATCH', url, claim('Cookie', 'abc-123'))).statusCode).toBe(200);
    expect((await kit.call('GET', url)).json().entities).toHaveLength(1);
    const found = await kit.call('POST', `${API}/identifierlookup/contacts`, {
      type: 'Cookie',
      value: 'abc-123',
    });
    expect(found.json()).toMatchObject({ id: contact.id });
    const deprecated = await kit.call('POST', `${API}/identifierlookup`, {
      type: 'Cookie',
      value: 'abc-123',
    });
    expect(deprecated.json()).toMatchObject({ id: contact.id });
    const released = await kit.call('PATCH', url, {
      ...claim('Cookie', 'abc-123'),
      operation: 'Release',
    });
    expect(released.statusCode).toBe(200);
    const gone = await kit.call('POST', `${API}/identifierlookup/contacts`, {
      type: 'Cookie',
      value: 'abc-123',
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'not.found' });
  });

  it('gives 409 identifier.conflict when another contact holds it, 404 on a foreign release', async () => {
    const a = await kit.createContact({ lastName: 'A' });
    const b = await kit.createContact({ lastName: 'B' });
    await kit.call('PATCH', `${API}/contacts/${a.id}/identifiers`, claim('Email', 'X@Example.com'));
    const conflict = await kit.call(
      'PATCH',
      `${API}/contacts/${b.id}/identifiers`,
      claim('Email', 'x@example.com'),
    );
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ code: 'identifier.conflict' });
    const release = await kit.call('PATCH', `${API}/contacts/${b.id}/identifiers`, {
      operation: 'Release',
      identifier: { type: 'Email', value: 'x@example.com' },
    });
    expect(release.statusCode).toBe(404);
  });

  it('validates the claim body', async () => {
    const contact = await kit.createContact({ lastName: 'V' });
    const response = await kit.call('PATCH', `${API}/contacts/${contact.id}/identifiers`, {
      operation: 'Grab',
      identifier: { type: 'Fax', value: 'x'.repeat(256) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.map((d: { fieldName: string }) => d.fieldName)).toEqual([
      'operation',
      'identifier.type',
      'identifier.value',
    ]);
    const reader = await kit.call(
      'PATCH',
      `${API}/contacts/${contact.id}/identifiers`,
      claim('Cookie', 'c'),
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
  });

  it('organization identifiers accept only ExternalId', async () => {
    const org = await kit.createOrganization({ name: 'Ids Inc' });
    const url = `${API}/organizations/${org.id}/identifiers`;
    expect((await kit.call('PATCH', url, claim('Email', 'a@b.co'))).statusCode).toBe(400);
    expect((await kit.call('PATCH', url, claim('ExternalId', 'crm-1'))).statusCode).toBe(200);
    const found = await kit.call('POST', `${API}/identifierlookup/organizations`, {
      type: 'ExternalId',
      value: 'crm-1',
    });
    expect(found.json()).toMatchObject({ id: org.id, name: 'Ids Inc' });
  });

  it('reverse whitepages lookup matches emails, E.164 phones and Twitter handles', async () => {
    const org = await kit.createOrganization({ name: 'Lookup Org' });
    const contact = await kit.createContact({
      lastName: 'Look',
      workEmail: 'Look@Example.com',
      cellPhone: { display: '(317) 222-2222', normalizationCountryCode: 'US' },
      twitterId: { screenName: '@looker' },
      externalOrganization: { id: org.id },
    });
    for (const value of ['look@example.com', '+13172222222', 'looker', '@Looker']) {
      const response = await kit.call(
        'GET',
        `${API}/reversewhitepageslookup?lookupVal=${encodeURIComponent(value)}`,
      );
      expect(response.statusCode, value).toBe(200);
      expect(
        response.json().contacts.map((c: { id: string }) => c.id),
        value,
      ).toEqual([contact.id]);
    }
    const expanded = await kit.call(
      'GET',
      `${API}/reversewhitepageslookup?lookupVal=looker&expand=contacts.externalOrganization`,
    );
    expect(expanded.json().contacts[0].externalOrganization).toMatchObject({ name: 'Lookup Org' });
    const missing = await kit.call('GET', `${API}/reversewhitepageslookup`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details[0].fieldName).toBe('lookupVal');
  });
});
