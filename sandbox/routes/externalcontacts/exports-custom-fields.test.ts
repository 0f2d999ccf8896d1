import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyCoreTypeDocument } from '../../domain/schema-fixtures.ts';
import { API, exportsTestKit, parseCsv } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';

/** Custom fields in export files: titled columns an import can map back by their key. */

let kit: ExportsTestKit;
let contactSchemaId: string;
let organizationSchemaId: string;
let orgId: string;

async function createSchema(entity: 'contacts' | 'organizations', name: string) {
  const response = await kit.call('POST', `${API}/${entity}/schemas`, {
    name,
    jsonSchema: everyCoreTypeDocument(),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string; version: number; jsonSchema: Record<string, unknown> }>();
}

beforeAll(async () => {
  kit = await exportsTestKit();
  const contactSchema = await createSchema('contacts', 'Customer');
  contactSchemaId = contactSchema.id;
  // Version 2 retitles a field: the file uses the current title.
  const document = contactSchema.jsonSchema as { properties: Record<string, { title: string }> };
  document.properties.nickname_text!.title = 'Preferred name';
  const updated = await kit.call('PUT', `${API}/contacts/schemas/${contactSchemaId}`, {
    name: 'Customer',
    version: contactSchema.version,
    jsonSchema: document,
  });
  expect(updated.statusCode, updated.body).toBe(200);
  organizationSchemaId = (await createSchema('organizations', 'Account')).id;

  orgId = (
    await kit.create('organizations', {
      name: 'Acme Ltd',
      schema: { id: organizationSchemaId },
      customFields: { customer_number_identifier: 'ACC-7', loyalty_enum: 'Gold' },
    })
  ).id;
  await kit.create('contacts', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    cellPhone: { display: '+44 7700 900123' },
    workPhone: { display: '+1 317-555-0100' },
    externalOrganization: { id: orgId },
    schema: { id: contactSchemaId },
    customFields: {
      customer_number_identifier: '=CMD-1',
      nickname_text: 'Ada',
      loyalty_enum: 'Silver',
      visits_integer: 12,
      vip_checkbox: true,
      interests_tag: ['maths', 'looms'],
    },
  });
  await kit.create('contacts', { firstName: 'Grace', lastName: 'Hopper' });
});
afterAll(async () => {
  await kit.app.close();
});

async function exportFile(kind: 'contacts' | 'organizations') {
  const created = await kit.call('POST', `${API}/${kind}/exports`, {});
  expect(created.statusCode, created.body).toBe(201);
  const done = await kit.finished(kind, created.json<{ id: string }>().id);
  expect(done.status).toBe('SUCCEEDED');
  const file = await kit.fetchSigned(String(done.downloadUrl));
  return parseCsv(file.body);
}

describe('custom fields in export files', () => {
  it('writes a contact’s custom fields as `<title> [<key>]` columns after the schema id', async () => {
    const { fields, rows } = await exportFile('contacts');
    const fixed = fields.slice(0, fields.indexOf('modifyDate') + 1);
    expect(fixed).toContain('schema.id');
    expect(fields.slice(fixed.length)).toEqual([
      'Customer number [customer_number_identifier]',
      'Interests [interests_tag]',
      'Loyalty tier [loyalty_enum]',
      'Preferred name [nickname_text]',
      'VIP [vip_checkbox]',
      'Visits [visits_integer]',
    ]);
    const ada = rows.find((row) => row.firstName === 'Ada');
    expect(ada).toMatchObject({
      'schema.id': contactSchemaId,
      'Customer number [customer_number_identifier]': "'=CMD-1",
      'Interests [interests_tag]': 'maths|looms',
      'Loyalty tier [loyalty_enum]': 'Silver',
      'Preferred name [nickname_text]': 'Ada',
      'VIP [vip_checkbox]': 'true',
      'Visits [visits_integer]': '12',
      'externalOrganization.name': 'Acme Ltd',
    });
    // Phone numbers are shown as numbers, not behind an apostrophe.
    expect(ada?.['cellPhone.display']).toBe('+44 7700 900123');
    expect(ada?.['workPhone.display']).toBe('+1 317-555-0100');
    const grace = rows.find((row) => row.firstName === 'Grace');
    expect(grace?.['schema.id']).toBe('');
    expect(grace?.['Loyalty tier [loyalty_enum]']).toBe('');
  });

  it('writes an organization’s custom fields the same way', async () => {
    const { fields, rows } = await exportFile('organizations');
    expect(fields).toContain('Loyalty tier [loyalty_enum]');
    expect(rows).toEqual([
      expect.objectContaining({
        id: orgId,
        'schema.id': organizationSchemaId,
        'Customer number [customer_number_identifier]': 'ACC-7',
        'Loyalty tier [loyalty_enum]': 'Gold',
      }),
    ]);
  });
});
