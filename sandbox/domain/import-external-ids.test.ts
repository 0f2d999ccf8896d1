import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../auth/demo-identities.ts';
import { API, exportsTestKit } from '../routes/externalcontacts/exports-test-kit.ts';
import type { ExportsTestKit } from '../routes/externalcontacts/exports-test-kit.ts';
import { IMPORT, importSteps } from '../routes/externalcontacts/imports-test-kit.ts';

/**
 * External ids in CSV import jobs (the sandbox's reading of what Genesys leaves undocumented,
 * import-settings.ts): a column mapped to `externalIds.value` is each row's id in the import
 * settings' `externalSourceId`; a row whose id a contact holds matches it first and always.
 */

type Json = Record<string, unknown>;
let kit: ExportsTestKit;
let steps: ReturnType<typeof importSteps>;
let crm: string;
let billing: string;

const MAPPINGS = [
  { sourceField: 'Last', targetField: 'lastName' },
  { sourceField: 'Email', targetField: 'workEmail' },
  { sourceField: 'CRM id', targetField: 'externalIds.value' },
];
const HEADER = MAPPINGS.map((mapping) => mapping.sourceField).join(',');

const id = (sourceId: string, value: string) => ({ externalSource: { id: sourceId }, value });
/** A contact's external ids as `source:value`, the source by name. */
const idsOf = (contact: Json | undefined) =>
  ((contact?.externalIds ?? []) as { externalSource: { id: string }; value: string }[]).map(
    (item) => `${item.externalSource.id === crm ? 'crm' : 'billing'}:${item.value}`,
  );

/** The last job's dry-run report of failed rows. */
let report = '';

async function runJob(
  csv: string,
  options: { criteria: string[]; merge: boolean; linked?: boolean },
): Promise<Json> {
  report = '';
  const settings = await steps.post(
    `${IMPORT}/settings`,
    {
      name: 'External ids',
      matchingCriteria: options.criteria,
      mergeContacts: options.merge,
      externalSourceId: crm,
      importFields: MAPPINGS.map((mapping) => ({ name: mapping.targetField, included: true })),
    },
    200,
  );
  const csvSettings = await steps.post(
    `${IMPORT}/csv/settings`,
    {
      ...(options.linked === false ? {} : { externalSettingsId: settings.id }),
      mappings: MAPPINGS,
    },
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

const contact = async (contactId: string) =>
  (await kit.call('GET', `${API}/contacts/${contactId}`)).json<Json>();
const byLastName = async (lastName: string) =>
  (await kit.call('GET', `${API}/contacts?q=${encodeURIComponent(lastName)}`)).json<{
    entities: Json[];
  }>().entities;

beforeAll(async () => {
  kit = await exportsTestKit();
  steps = importSteps(kit);
  crm = (await steps.post(`${API}/externalsources`, { name: 'CRM' }, 200)).id;
  billing = (await steps.post(`${API}/externalsources`, { name: 'Billing' }, 200)).id;
});
afterAll(async () => {
  await kit.app.close();
});

describe('external ids in CSV import jobs', () => {
  it('writes each row’s id with the settings’ source, and matches a stored id first', async () => {
    const held = await kit.create('contacts', {
      lastName: 'Heldxid',
      externalIds: [id(crm, 'X-1')],
    });
    kit.advanceClock(1000);
    const bee = await kit.create('contacts', {
      lastName: 'Beexid',
      workEmail: 'bee.xid@example.com',
      externalIds: [id(billing, 'O-1')],
    });
    const cee = await kit.create('contacts', {
      lastName: 'Ceexid',
      workEmail: 'cee.xid@example.com',
      externalIds: [id(crm, 'C-OLD'), id(billing, 'C-B')],
    });
    const dee = await kit.create('contacts', { lastName: 'Deexid', externalIds: [id(crm, 'D-1')] });
    const job = await runJob(
      [
        HEADER,
        'Renamedxid,,X-1',
        // Matched by email: the id joins the contact's, or replaces its id of the same source.
        'Beexid,bee.xid@example.com,B-1',
        'Ceexid,cee.xid@example.com,C-NEW',
        // Its id finds Deexid before its email finds Beexid.
        'Deexid2,bee.xid@example.com,D-1',
        // Ids are opaque: another case is another id.
        'Lowerxid,,x-1',
      ].join('\r\n'),
      { criteria: ['Email'], merge: true },
    );
    expect(job).toMatchObject({
      status: 'Completed',
      metadata: { importSuccessCount: 5, importFailedCount: 0 },
    });
    expect(await contact(held.id)).toMatchObject({ lastName: 'Renamedxid' });
    expect(idsOf(await contact(held.id))).toEqual(['crm:X-1']);
    expect(await contact(bee.id)).toMatchObject({ lastName: 'Beexid' });
    expect(idsOf(await contact(bee.id))).toEqual(['billing:O-1', 'crm:B-1']);
    expect(idsOf(await contact(cee.id))).toEqual(['billing:C-B', 'crm:C-NEW']);
    expect(await contact(dee.id)).toMatchObject({
      lastName: 'Deexid2',
      workEmail: 'bee.xid@example.com',
    });
    const lower = await byLastName('Lowerxid');
    expect(lower.map(idsOf)).toEqual([['crm:x-1']]);
    expect(await byLastName('Renamedxid')).toHaveLength(1);
  });

  it('fails a row whose stored id may not be merged, or whose id is too long, saying why', async () => {
    const held = await kit.create('contacts', {
      lastName: 'Keptxid',
      externalIds: [id(crm, 'K-1')],
    });
    const job = await runJob(
      [HEADER, 'Againxid,,K-1', 'Freshxid,,F-1', `Longxid,,${'9'.repeat(256)}`].join('\r\n'),
      { criteria: [], merge: false },
    );
    expect(job).toMatchObject({ metadata: { dryRunSuccessCount: 1, dryRunFailedCount: 2 } });
    expect(report).toContain(`the contact ${held.id} already holds this external id`);
    expect(report).toContain('External id value must be at most 255 characters.');
    expect(await byLastName('Againxid')).toHaveLength(0);
    expect(await contact(held.id)).toMatchObject({ lastName: 'Keptxid' });
  });

  it('fails an id when the CSV settings name no import settings (no source to write it with)', async () => {
    const job = await runJob([HEADER, 'Unlinkedxid,,U-1', 'Plainxid,,'].join('\r\n'), {
      criteria: [],
      merge: false,
      linked: false,
    });
    expect(job).toMatchObject({ metadata: { dryRunSuccessCount: 1, dryRunFailedCount: 1 } });
    expect(report).toContain('an external id needs import settings');
  });
});
