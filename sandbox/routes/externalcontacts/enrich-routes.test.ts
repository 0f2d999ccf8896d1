import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, contactsTestKit } from './contacts-test-kit.ts';
import type { ContactsTestKit } from './contacts-test-kit.ts';

const externalId = (value: string) => ({ type: 'ExternalId', value });

describe('enrich routes', () => {
  let kit: ContactsTestKit;
  beforeAll(async () => {
    kit = await contactsTestKit();
  });
  afterAll(async () => {
    await kit.app.close();
  });

  const enrich = (body: Record<string, unknown>, query = '') =>
    kit.call('POST', `${API}/contacts/enrich${query}`, body);
  const getContact = async (id: string) =>
    (await kit.call('GET', `${API}/contacts/${id}`)).json<Record<string, unknown>>();

  it('Insert creates with 201, claims the identifiers, and refuses a second insert with 409', async () => {
    const body = {
      action: 'Insert',
      matchingIdentifiers: [externalId('ins-1')],
      contact: { firstName: 'Ina', lastName: 'Sert' },
    };
    const created = await enrich(body);
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const lookup = await kit.call('POST', `${API}/identifierlookup/contacts`, externalId('ins-1'));
    expect(lookup.json<{ id: string }>().id).toBe(id);
    expect((await enrich(body)).statusCode).toBe(409);
  });

  it('Update answers 404 without a match and 200 with one; Upsert creates then updates', async () => {
    const update = {
      action: 'Update',
      matchingIdentifiers: [externalId('up-1')],
      contact: { firstName: 'Ulla', lastName: 'Pdate' },
    };
    expect((await enrich(update)).statusCode).toBe(404);
    const upserted = await enrich({ ...update, action: 'Upsert' });
    expect(upserted.statusCode).toBe(201);
    const again = await enrich({ ...update, contact: { title: 'CTO' } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      id: upserted.json<{ id: string }>().id,
      firstName: 'Ulla',
      title: 'CTO',
    });
  });

  it('matches plain emails like the lookups and promotes on request', async () => {
    const contact = await kit.createContact({ lastName: 'Mail', workEmail: 'mail@example.com' });
    const response = await enrich({
      action: 'Update',
      matchingIdentifiers: [{ type: 'Email', value: 'MAIL@example.com' }],
      contact: { firstName: 'Mia' },
      options: { promote: true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: contact.id, firstName: 'Mia', type: 'Curated' });
  });

  it('PreferExisting keeps stored scalars, PreferProvided overwrites them', async () => {
    const matchingIdentifiers = [externalId('rules-1')];
    await enrich({ action: 'Insert', matchingIdentifiers, contact: { lastName: 'Old' } });
    const kept = await enrich({
      action: 'Update',
      matchingIdentifiers,
      contact: { lastName: 'New' },
      fieldRules: { defaultAction: 'PreferExisting' },
    });
    expect(kept.json()).toMatchObject({ lastName: 'Old' });
    const replaced = await enrich({
      action: 'Update',
      matchingIdentifiers,
      contact: { lastName: 'New' },
    });
    expect(replaced.json()).toMatchObject({ lastName: 'New' });
  });

  it('Merge merges every matched contact into one', async () => {
    const a = await kit.createContact({ lastName: 'MergeA', workEmail: 'ma@example.com' });
    const b = await kit.createContact({ lastName: 'MergeB', workEmail: 'mb@example.com' });
    const response = await enrich({
      action: 'Merge',
      matchingIdentifiers: [
        { type: 'Email', value: 'ma@example.com' },
        { type: 'Email', value: 'mb@example.com' },
      ],
      contact: { title: 'Merged' },
    });
    expect(response.statusCode).toBe(200);
    const merged = response.json<{ id: string; title: string; mergedFrom: { id: string }[] }>();
    expect(merged.title).toBe('Merged');
    expect(merged.id).not.toBe(a.id);
    expect((await getContact(a.id)).id).toBe(merged.id);
    expect((await getContact(b.id)).id).toBe(merged.id);
  });

  it('dryRun returns the result but writes nothing', async () => {
    const response = await enrich(
      {
        action: 'Insert',
        matchingIdentifiers: [externalId('dry-1')],
        contact: { lastName: 'Dry' },
      },
      '?dryRun=true',
    );
    expect(response.statusCode).toBe(201);
    const id = response.json<{ id: string }>().id;
    expect((await kit.call('GET', `${API}/contacts/${id}`)).statusCode).toBe(404);
    const lookup = await kit.call('POST', `${API}/identifierlookup/contacts`, externalId('dry-1'));
    expect(lookup.statusCode).toBe(404);
  });

  it('accepts 25 matching identifiers and refuses 26', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => externalId(`many-${n}-${i}`));
    const ok = await enrich({
      action: 'Upsert',
      matchingIdentifiers: ids(25),
      contact: { lastName: 'M' },
    });
    expect(ok.statusCode).toBe(201);
    const tooMany = await enrich({ action: 'Upsert', matchingIdentifiers: ids(26) });
    expect(tooMany.statusCode).toBe(400);
  });

  describe('every action and every rule, as dry runs that leave the stored contact alone', () => {
    const email = 'table@example.com';
    let stored: Record<string, unknown> & { id: string };
    beforeAll(async () => {
      stored = await kit.createContact({
        firstName: 'Tab',
        lastName: 'Le',
        title: 'Analyst',
        workEmail: email,
        appleOpaqueIds: [{ value: 'apple-1' }],
      });
    });
    const dryRun = (body: Record<string, unknown>) => enrich(body, '?dryRun=true');
    const matchingIdentifiers = [{ type: 'Email', value: email }];
    const provided = { title: 'Director', middleName: 'Q', appleOpaqueIds: [{ value: 'apple-2' }] };

    it.each([
      // action, identifiers, expected status, outcome
      ['Insert', matchingIdentifiers, 409, 'refused: a contact matches'],
      ['Insert', [externalId('table-new')], 201, 'created'],
      ['Update', matchingIdentifiers, 200, 'updated'],
      ['Update', [externalId('table-none')], 404, 'refused: nothing matches'],
      ['Upsert', matchingIdentifiers, 200, 'updated'],
      ['Upsert', [externalId('table-none')], 201, 'created'],
      ['Merge', matchingIdentifiers, 200, 'updated (one match)'],
      ['Merge', [externalId('table-none')], 201, 'created'],
    ] as const)('%s on %j answers %i (%s)', async (action, identifiers, status, _outcome) => {
      const response = await dryRun({
        action,
        matchingIdentifiers: identifiers,
        contact: { lastName: 'Le', ...provided },
      });
      expect(response.statusCode, response.body).toBe(status);
      if (status === 200) expect(response.json()).toMatchObject({ id: stored.id });
      if (status === 201) expect(response.json<{ id: string }>().id).not.toBe(stored.id);
    });

    it.each([
      ['PreferProvided', { title: 'Director', middleName: 'Q', firstName: 'Tab' }],
      ['PreferExisting', { title: 'Analyst', middleName: 'Q', firstName: 'Tab' }],
      // Omitted fields count as null: AlwaysUseProvided clears the first name.
      ['AlwaysUseProvided', { title: 'Director', middleName: 'Q', firstName: undefined }],
    ] as const)('field rule %s', async (defaultAction, expected) => {
      const response = await dryRun({
        action: 'Update',
        matchingIdentifiers,
        contact: { lastName: 'Le', title: 'Director', middleName: 'Q' },
        fieldRules: { defaultAction },
      });
      expect(response.statusCode).toBe(200);
      const result = response.json<Record<string, unknown>>();
      expect({
        title: result.title,
        middleName: result.middleName,
        firstName: result.firstName,
      }).toEqual(expected);
    });

    it.each([
      ['Replace', ['apple-2']],
      ['Extend', ['apple-1', 'apple-2', 'apple-1']],
      ['Fill', ['apple-1', 'apple-2']],
    ] as const)('list rule %s', async (defaultArrayAction, expected) => {
      const response = await dryRun({
        action: 'Upsert',
        matchingIdentifiers,
        contact: {
          appleOpaqueIds: [
            { value: 'apple-2' },
            ...(defaultArrayAction === 'Extend' ? [{ value: 'apple-1' }] : []),
          ],
        },
        fieldRules: { defaultArrayAction },
      });
      expect(response.statusCode).toBe(200);
      const ids = response.json<{ appleOpaqueIds: { value: string }[] }>().appleOpaqueIds;
      expect(ids.map((id) => id.value)).toEqual(expected);
    });

    it('Fill keeps a stored Facebook id instead of refusing a second one', async () => {
      const matching = [externalId('table-fb')];
      await enrich({
        action: 'Insert',
        matchingIdentifiers: matching,
        contact: { lastName: 'Fb', facebookId: { ids: [{ scopedId: 'fb-1' }] } },
      });
      const facebookId = { ids: [{ scopedId: 'fb-2' }] };
      const filled = await dryRun({
        action: 'Update',
        matchingIdentifiers: matching,
        contact: { facebookId },
      });
      expect(filled.statusCode, filled.body).toBe(200);
      expect(filled.json()).toMatchObject({ facebookId: { ids: [{ scopedId: 'fb-1' }] } });
      const replaced = await dryRun({
        action: 'Update',
        matchingIdentifiers: matching,
        contact: { facebookId },
        fieldRules: { defaultArrayAction: 'Replace' },
      });
      expect(replaced.json()).toMatchObject({ facebookId });
      const extended = await dryRun({
        action: 'Update',
        matchingIdentifiers: matching,
        contact: { facebookId },
        fieldRules: { defaultArrayAction: 'Extend' },
      });
      expect(extended.statusCode).toBe(400);
    });

    it('Merge of two matches previews one new contact made from both and stores nothing', async () => {
      const other = await kit.createContact({ lastName: 'Other', workEmail: 'table2@example.com' });
      const response = await dryRun({
        action: 'Merge',
        matchingIdentifiers: [
          ...matchingIdentifiers,
          { type: 'Email', value: 'table2@example.com' },
        ],
        contact: { title: 'Merged' },
      });
      expect(response.statusCode).toBe(200);
      const merged = response.json<{ id: string; mergedFrom: { id: string }[] }>();
      expect(merged.mergedFrom.map((ref) => ref.id).sort()).toEqual([stored.id, other.id].sort());
      expect((await kit.call('GET', `${API}/contacts/${merged.id}`)).statusCode).toBe(404);
      expect((await getContact(other.id)).id).toBe(other.id);
    });

    it('after all of them the contact is as it was', async () => {
      const now = await getContact(stored.id);
      expect(now).toMatchObject({
        firstName: 'Tab',
        title: 'Analyst',
        modifyDate: stored.modifyDate,
        appleOpaqueIds: [{ value: 'apple-1' }],
      });
      expect(now).not.toHaveProperty('middleName');
      const lookup = await kit.call(
        'POST',
        `${API}/identifierlookup/contacts`,
        externalId('table-new'),
      );
      expect(lookup.statusCode).toBe(404);
    });
  });

  it('refuses the reader with 403', async () => {
    const response = await kit.call(
      'POST',
      `${API}/contacts/enrich`,
      { action: 'Upsert', matchingIdentifiers: [externalId('r')] },
      kit.readerToken,
    );
    expect(response.statusCode).toBe(403);
  });

  it('enriches organizations: Upsert creates, Fill vs Replace on tags, Insert conflicts', async () => {
    const call = (body: Record<string, unknown>) =>
      kit.call('POST', `${API}/organizations/enrich`, body);
    const matchingIdentifiers = [externalId('org-1')];
    const created = await call({
      action: 'Upsert',
      matchingIdentifiers,
      externalOrganization: { name: 'Acme', tags: ['a'] },
    });
    expect(created.statusCode).toBe(201);
    const filled = await call({
      action: 'Update',
      matchingIdentifiers,
      externalOrganization: { tags: ['a', 'b'] },
    });
    expect(filled.json()).toMatchObject({ name: 'Acme', tags: ['a', 'b'] });
    const replaced = await call({
      action: 'Update',
      matchingIdentifiers,
      externalOrganization: { tags: ['c'] },
      fieldRules: { defaultArrayAction: 'Replace' },
    });
    expect(replaced.json()).toMatchObject({ tags: ['c'] });
    expect((await call({ action: 'Insert', matchingIdentifiers })).statusCode).toBe(409);
    const phone = await call({
      action: 'Upsert',
      matchingIdentifiers: [{ type: 'Phone', value: '+1' }],
    });
    expect(phone.statusCode).toBe(400);
  });

  it('bulk enrich echoes trackers, allows partial success, takes 10 and refuses 11', async () => {
    const item = (i: number) => ({
      id: `t-${i}`,
      action: 'Upsert',
      matchingIdentifiers: [externalId(`bulk-${i}`)],
      contact: { lastName: `Bulk ${i}` },
    });
    const items = Array.from({ length: 10 }, (_, i) => item(i));
    items[9] = { ...item(9), action: 'Update' };
    const response = await kit.call('POST', `${API}/bulk/contacts/enrich`, { entities: items });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      results: { id: string; status: number }[];
      errorIndexes: number[];
    }>();
    expect(body.results[0]).toMatchObject({ id: 't-0', status: 201 });
    expect(body.errorIndexes).toEqual([9]);
    expect(body.results[9]).toMatchObject({ id: 't-9', status: 404 });
    const tooMany = await kit.call('POST', `${API}/bulk/contacts/enrich`, {
      entities: [...items, item(10)],
    });
    expect(tooMany.statusCode).toBe(400);
    const orgs = await kit.call('POST', `${API}/bulk/organizations/enrich`, {
      entities: [
        {
          id: 'o-1',
          action: 'Upsert',
          matchingIdentifiers: [externalId('bo-1')],
          externalOrganization: { name: 'B' },
        },
      ],
    });
    expect(orgs.json()).toMatchObject({ results: [{ id: 'o-1', success: true, status: 201 }] });
  });
});
