import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../auth/demo-identities.ts';
import { everyCoreTypeDocument } from './schema-fixtures.ts';
import { API, exportsTestKit } from '../routes/externalcontacts/exports-test-kit.ts';
import type { ExportsTestKit } from '../routes/externalcontacts/exports-test-kit.ts';
import { IMPORT, importSteps } from '../routes/externalcontacts/imports-test-kit.ts';

/**
 * Custom-field columns in CSV import jobs: CSV settings map a column to `customFields.<key>`
 * and one to `schema.id`; cells are read by the key's core type, as Genesys' export files write
 * them, and a matched contact's values are merged.
 */

type Json = Record<string, unknown>;
let kit: ExportsTestKit;
let steps: ReturnType<typeof importSteps>;
let schemaId: string;
let otherSchemaId: string;
let sourceId: string;

const MAPPINGS = [
  { sourceField: 'First', targetField: 'firstName' },
  { sourceField: 'Email', targetField: 'workEmail' },
  { sourceField: 'Loyalty [loyalty_enum]', targetField: 'customFields.loyalty_enum' },
  { sourceField: 'Visits [visits_integer]', targetField: 'customFields.visits_integer' },
  { sourceField: 'VIP [vip_checkbox]', targetField: 'customFields.vip_checkbox' },
  { sourceField: 'Interests [interests_tag]', targetField: 'customFields.interests_tag' },
  {
    sourceField: 'Number [customer_number_identifier]',
    targetField: 'customFields.customer_number_identifier',
  },
  { sourceField: 'Schema id', targetField: 'schema.id' },
];
const HEADER = MAPPINGS.map((mapping) => mapping.sourceField).join(',');

async function createSchema(name: string) {
  return (
    await steps.post(`${API}/contacts/schemas`, { name, jsonSchema: everyCoreTypeDocument() }, 200)
  ).id;
}

/** The last job's dry-run report of failed rows. */
let report = '';

async function runJob(csv: string): Promise<Json> {
  report = '';
  const settings = await steps.post(
    `${IMPORT}/settings`,
    {
      name: 'Custom fields',
      matchingCriteria: ['Email'],
      mergeContacts: true,
      externalSourceId: sourceId,
      importFields: MAPPINGS.map((mapping) => ({ name: mapping.targetField, included: true })),
    },
    200,
  );
  const csvSettings = await steps.post(
    `${IMPORT}/csv/settings`,
    { externalSettingsId: settings.id, mappings: MAPPINGS },
    201,
  );
  const uploadId = await steps.upload(csv);
  const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
    uploadId,
    settingsId: csvSettings.id,
    division: { id: DIVISION_IDS.emeaSales },
  });
  expect(started.statusCode, started.body).toBe(202);
  const job = await steps.settled(started.json<{ job: { id: string } }>().job.id);
  if (job.executionStep === 'Validated') {
    const url = String((job.metadata as Json).dryRunReportDownloadUrl);
    report = (await kit.app.inject({ method: 'GET', url: url.replace(/^https?:\/\/[^/]+/, '') }))
      .body;
    await kit.call('PUT', `${IMPORT}/jobs/${String(job.id)}`, { workflowStatus: 'Cancelled' });
  }
  return job;
}

const contactByEmail = async (email: string) =>
  (await kit.call('GET', `${API}/contacts?q=${encodeURIComponent(email)}`)).json<{
    entities: Json[];
  }>().entities[0];

beforeAll(async () => {
  kit = await exportsTestKit();
  steps = importSteps(kit);
  sourceId = (await steps.post(`${API}/externalsources`, { name: 'CSV' }, 200)).id;
  schemaId = await createSchema('Customer');
  otherSchemaId = await createSchema('Partner');
});
afterAll(async () => {
  await kit.app.close();
});

describe('custom fields in CSV import jobs', () => {
  it('refuses a mapping to anything but a field, schema.id, externalIds.value or customFields.<key>', async () => {
    const response = await kit.call('POST', `${IMPORT}/csv/settings`, {
      mappings: [{ sourceField: 'X', targetField: 'customFields.no-type' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain(
      'schema.id, externalIds.value or customFields.<field key>',
    );
  });

  it('creates contacts with typed values and merges a match’s values', async () => {
    const existing = await kit.create('contacts', {
      firstName: 'Ada',
      workEmail: 'ada.cf@example.com',
      schema: { id: schemaId },
      customFields: { customer_number_identifier: 'A-1', loyalty_enum: 'Gold' },
    });
    const job = await runJob(
      [
        HEADER,
        `Ada,ada.cf@example.com,Silver,,,,,${schemaId}`,
        `Grace,grace.cf@example.com,Gold,12,true,navy|cobol,G-1,${schemaId}`,
      ].join('\r\n'),
    );
    expect(job).toMatchObject({
      status: 'Completed',
      metadata: { importSuccessCount: 2, importFailedCount: 0 },
    });
    const ada = (await kit.call('GET', `${API}/contacts/${existing.id}`)).json<Json>();
    expect(ada.customFields).toEqual({ customer_number_identifier: 'A-1', loyalty_enum: 'Silver' });
    const grace = await contactByEmail('grace.cf@example.com');
    expect(grace).toMatchObject({
      schema: { id: schemaId },
      customFields: {
        loyalty_enum: 'Gold',
        visits_integer: 12,
        vip_checkbox: true,
        interests_tag: ['navy', 'cobol'],
      },
    });
  });

  it('fails rows with bad values, and a match on another schema, saying why', async () => {
    await kit.create('contacts', {
      firstName: 'Alan',
      workEmail: 'alan.cf@example.com',
      schema: { id: otherSchemaId },
      customFields: { customer_number_identifier: 'T-1', loyalty_enum: 'Gold' },
    });
    const job = await runJob(
      [
        HEADER,
        `Bad,bad.cf@example.com,Platinum,many,,,B-1,${schemaId}`,
        `Alan,alan.cf@example.com,Silver,,,,,${schemaId}`,
      ].join('\r\n'),
    );
    expect(job).toMatchObject({ metadata: { dryRunFailedCount: 2 } });
    expect(report).toContain(
      'Loyalty tier must be one of Gold, Silver. Visits must be a whole number.',
    );
    expect(report).toContain(
      `The contact is on the schema ${otherSchemaId}; its custom fields cannot be written with another schema.`,
    );
    expect(await contactByEmail('bad.cf@example.com')).toBeUndefined();
    expect((await contactByEmail('alan.cf@example.com'))?.customFields).toEqual({
      customer_number_identifier: 'T-1',
      loyalty_enum: 'Gold',
    });
  });
});
