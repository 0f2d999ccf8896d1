import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationLinksForContact } from '../../db/conversations-repo.ts';
import { API } from './contacts-test-kit.ts';
import { contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

let kit: ContactsTestKit;
beforeEach(async () => {
  kit = await contactsTestKit();
});
afterEach(async () => {
  await kit.app.close();
});

const CONV = 'c0a80101-0000-4000-8000-000000000001';
const association = (extra: Record<string, unknown> = {}) => ({
  conversationId: CONV,
  communicationId: 'comm-1',
  mediaType: 'CALL',
  ...extra,
});

describe('PUT /conversations/{conversationId}', () => {
  it('links, relinks and unlinks a conversation', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    const bob = await kit.createContact({ firstName: 'Bob' });
    const linked = await kit.call(
      'PUT',
      `${API}/conversations/${CONV}`,
      association({ externalContactId: ann.id }),
    );
    expect(linked.statusCode, linked.body).toBe(202);
    expect(linked.body).toBe('');
    expect(conversationLinksForContact(kit.db, ann.id)).toMatchObject([
      { conversationId: CONV, communicationId: 'comm-1', mediaType: 'CALL' },
    ]);

    const moved = await kit.call(
      'PUT',
      `${API}/conversations/${CONV}`,
      association({ externalContactId: bob.id, mediaType: 'EMAIL' }),
    );
    expect(moved.statusCode).toBe(202);
    expect(conversationLinksForContact(kit.db, ann.id)).toEqual([]);
    expect(conversationLinksForContact(kit.db, bob.id)).toMatchObject([{ mediaType: 'EMAIL' }]);

    const unlinked = await kit.call('PUT', `${API}/conversations/${CONV}`, association());
    expect(unlinked.statusCode).toBe(202);
    expect(conversationLinksForContact(kit.db, bob.id)).toEqual([]);
  });

  it('validates the body', async () => {
    const ann = await kit.createContact({ firstName: 'Ann' });
    const url = `${API}/conversations/${CONV}`;
    const mismatch = await kit.call('PUT', url, association({ conversationId: 'other' }));
    expect(mismatch.json()).toMatchObject({
      status: 400,
      details: [{ fieldName: 'conversationId' }],
    });
    const media = await kit.call('PUT', url, association({ mediaType: 'FAX' }));
    expect(media.json()).toMatchObject({ status: 400, details: [{ fieldName: 'mediaType' }] });
    const noComm = await kit.call('PUT', url, { conversationId: CONV, mediaType: 'CALL' });
    expect(noComm.json()).toMatchObject({ details: [{ fieldName: 'communicationId' }] });
    const unknown = await kit.call('PUT', url, association({ externalContactId: 'missing' }));
    expect(unknown.json()).toMatchObject({
      status: 400,
      details: [{ fieldName: 'externalContactId' }],
    });
    const reader = await kit.call(
      'PUT',
      url,
      association({ externalContactId: ann.id }),
      kit.readerToken,
    );
    expect(reader.statusCode).toBe(403);
    expect(conversationLinksForContact(kit.db, ann.id)).toEqual([]);
  });
});
