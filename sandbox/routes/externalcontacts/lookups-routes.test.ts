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

async function createSource(name: string): Promise<string> {
  const response = await kit.call('POST', `${API}/externalsources`, { name, active: true });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string }>().id;
}

/** Creation dates order contacts to the millisecond: the next one is created a tick later. */
async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setTimeout(resolve, 1));
}

const externalId = (sourceId: string, value: string) => ({
  externalSource: { id: sourceId },
  value,
});

/** What `POST /identifierlookup/contacts` answers for an ExternalId: the contact's id or the status. */
async function lookUp(value: string, sourceId?: string): Promise<string | number> {
  const response = await kit.call('POST', `${API}/identifierlookup/contacts`, {
    type: 'ExternalId',
    value,
    ...(sourceId === undefined ? {} : { externalSource: { id: sourceId } }),
  });
  return response.statusCode === 200 ? response.json<{ id: string }>().id : response.statusCode;
}

describe('identifier lookup of an unclaimed external id', () => {
  it('finds the oldest contact holding the value of that source, exactly', async () => {
    const crm = await createSource('CRM');
    const billing = await createSource('Billing');
    const older = await kit.createContact({
      lastName: 'Older',
      externalIds: [externalId(billing, 'B-9'), externalId(crm, 'AB-1')],
    });
    await nextMillisecond();
    const younger = await kit.createContact({
      lastName: 'Younger',
      externalIds: [externalId(crm, 'AB-1')],
    });
    const other = await kit.createContact({
      lastName: 'Other',
      externalIds: [externalId(billing, 'AB-1')],
    });

    expect(await lookUp('AB-1', crm)).toBe(older.id);
    // Trimmed as every identifier value is; case is part of an opaque id.
    expect(await lookUp('  AB-1 ', crm)).toBe(older.id);
    expect(await lookUp('ab-1', crm)).toBe(404);
    expect(await lookUp('AB-1', billing)).toBe(other.id);
    expect(await lookUp('B-9', crm)).toBe(404);
    expect(await lookUp('AB-1', 'a0000000-0000-4000-8000-0000000000ff')).toBe(404);
    // Without a source a bare value could name anyone: only a claim answers.
    expect(await lookUp('AB-1')).toBe(404);
    const full = await kit.call('POST', `${API}/identifierlookup/contacts`, {
      type: 'ExternalId',
      value: 'AB-1',
      externalSource: { id: crm },
    });
    expect(full.json()).toMatchObject({ id: older.id, lastName: 'Older' });

    // The keys follow the contact: an edit that drops the id, and a delete.
    const edited = await kit.call('PUT', `${API}/contacts/${older.id}`, {
      lastName: 'Older',
      externalIds: [externalId(billing, 'B-9')],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await lookUp('AB-1', crm)).toBe(younger.id);
    expect(await lookUp('B-9', billing)).toBe(older.id);
    expect((await kit.call('DELETE', `${API}/contacts/${younger.id}`)).statusCode).toBeLessThan(
      300,
    );
    expect(await lookUp('AB-1', crm)).toBe(404);
  });

  it('answers with the claimant first, whatever source is asked, as before', async () => {
    const crm = await createSource('CRM');
    const holder = await kit.createContact({
      lastName: 'Holder',
      externalIds: [externalId(crm, 'C-7')],
    });
    const claimant = await kit.createContact({ lastName: 'Claimant' });
    expect(await lookUp('C-7', crm)).toBe(holder.id);
    const claimed = await kit.call('PATCH', `${API}/contacts/${claimant.id}/identifiers`, {
      operation: 'Claim',
      identifier: { type: 'ExternalId', value: 'C-7' },
    });
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(await lookUp('C-7', crm)).toBe(claimant.id);
    expect(await lookUp('C-7')).toBe(claimant.id);
  });

  it('refuses a lookup without a value, as for every type', async () => {
    const response = await kit.call('POST', `${API}/identifierlookup/contacts`, {
      type: 'ExternalId',
      value: ' ',
      externalSource: { id: 'x' },
    });
    expect(response.statusCode).toBe(400);
  });
});
