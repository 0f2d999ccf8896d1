import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  API,
  contactsTestKit,
  type ContactsTestKit,
} from '../externalcontacts/contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

const CONV = 'c0a80101-0000-4000-8000-0000000000aa';
const conversationUrl = `/api/v2/conversations/${CONV}`;

async function link(contactId: string | null, mediaType = 'CALL') {
  const response = await kit.call('PUT', `${API}/conversations/${CONV}`, {
    conversationId: CONV,
    communicationId: 'comm-7',
    mediaType,
    ...(contactId ? { externalContactId: contactId } : {}),
  });
  expect(response.statusCode, response.body).toBe(202);
}

describe('GET /api/v2/conversations/{conversationId}', () => {
  it('is a 404 for a conversation the sandbox does not know', async () => {
    const response = await kit.call('GET', conversationUrl);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code: 'not.found' });
  });

  it('shows a linked conversation with its customer participant', async () => {
    const org = await kit.createOrganization({ name: 'Acme' });
    const ann = await kit.createContact({ firstName: 'Ann', externalOrganization: { id: org.id } });
    await link(ann.id, 'EMAIL');
    const response = await kit.call('GET', conversationUrl);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: CONV,
      selfUri: conversationUrl,
      participants: [
        {
          purpose: 'customer',
          externalContactId: ann.id,
          externalOrganizationId: org.id,
          emails: [{ id: 'comm-7' }],
        },
      ],
    });
    expect(Date.parse(body.startTime)).not.toBeNaN();
  });

  it('follows relinks and forgets an unlinked conversation; readers may read', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    const bob = await kit.createContact({ firstName: 'Bob' });
    await link(ann.id);
    await link(bob.id);
    const relinked = await kit.call('GET', conversationUrl, undefined, kit.readerToken);
    expect(relinked.statusCode).toBe(200);
    expect(relinked.json().participants[0]).toMatchObject({
      externalContactId: bob.id,
      calls: [{ id: 'comm-7' }],
    });
    expect(relinked.json().participants[0].externalOrganizationId).toBeUndefined();
    await link(null);
    expect((await kit.call('GET', conversationUrl)).statusCode).toBe(404);
  });

  it('needs a bearer token', async () => {
    const response = await kit.app.inject({ method: 'GET', url: conversationUrl });
    expect(response.statusCode).toBe(401);
  });
});
