import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

type Json = Record<string, unknown>;
const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];

/** One field of each kind an export writes differently from how a person types it. */
const DOCUMENT = {
  properties: {
    tier_enum: { allOf: ref('enum'), title: 'Tier', enum: ['gold', 'silver'] },
    visits_integer: { allOf: ref('integer'), title: 'Visits' },
    vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
    topics_tag: { allOf: ref('tag'), title: 'Topics' },
    since_date: { allOf: ref('date'), title: 'Since' },
    seen_datetime: { allOf: ref('datetime'), title: 'Seen' },
  },
};

/** Each run's own schema: the export is filtered by it, so the file holds this run's contacts. */
async function arrange(api: SandboxApi, tag: string) {
  const schema = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts/schemas', {
    name: `Round trip ${tag}`,
    jsonSchema: DOCUMENT,
  });
  // Phones unique to the run, in a range libphonenumber holds valid: rows match by phone.
  const run = String(Date.now() % 10_000).padStart(4, '0');
  const people = [
    {
      firstName: 'Ada',
      title: 'Countess',
      cellPhone: { display: `+44 7911 1${run}1` },
      address: { city: 'London', countryCode: 'GB' },
      customFields: {
        tier_enum: 'gold',
        visits_integer: 12,
        vip_checkbox: true,
        topics_tag: ['maths', 'looms'],
        since_date: '2020-02-29',
        seen_datetime: '2024-05-01T13:30:00.000Z',
      },
    },
    {
      firstName: 'Grace',
      cellPhone: { display: `+44 7911 1${run}2` },
      surveyOptOut: true,
      customFields: { tier_enum: 'silver', vip_checkbox: false },
    },
    {
      firstName: 'Alan',
      workPhone: { display: `+44 7911 1${run}3` },
      customFields: { visits_integer: 0 },
    },
  ];
  const contacts: Json[] = [];
  for (const person of people) {
    contacts.push(
      await api.ok<Json>('POST', '/externalcontacts/contacts', {
        ...person,
        lastName: tag,
        schema: { id: schema.id },
      }),
    );
  }
  return { schemaId: schema.id, contacts };
}

/** The contact as stored, without what every write changes. */
async function stored(api: SandboxApi, id: string) {
  const { modifyDate: _modifyDate, ...rest } = await api.ok<Json>(
    'GET',
    `/externalcontacts/contacts/${id}`,
  );
  return rest;
}

async function exportBySchema(page: Page, schemaName: string): Promise<string> {
  await page.goto('/export');
  await page.getByLabel('Export', { exact: true }).selectOption('contacts');
  const schemaField = page.getByLabel('Custom-field schema');
  if (!(await schemaField.isVisible())) await page.getByText('More filters').click();
  await schemaField.selectOption({ label: schemaName });
  // A row limit no other run uses finds this job's row in the list.
  const limit = 160_000_000 + Math.floor(Math.random() * 9_000_000);
  await page.getByLabel('At most this many rows').fill(String(limit));
  await page.getByRole('button', { name: 'Export contacts' }).click();
  const row = page
    .getByRole('table', { name: 'Export jobs, newest first' })
    .getByRole('row')
    .filter({ hasText: `At most ${limit.toLocaleString('en-US')} rows` });
  await expect(row).toContainText('Finished: 3 rows', { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Download CSV/ }).click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/**
 * Export → import round trip: a file an export job wrote (dotted headers, custom fields headed
 * `<title> [<key>]`, checkboxes true/false, tags joined with `|`) maps on its own, and imported
 * with "update matches" changes nothing; one edited cell changes exactly that field.
 */
test('an exported file re-imports without a change, and one edited cell changes one field', async ({
  page,
}) => {
  // An export job, two checks with lookups, an update, and two axe passes over a mapping of 36
  // columns: minutes on a busy machine.
  test.setTimeout(240_000);
  const tag = `Trip${Date.now().toString(36)}`.replace(/[0-9]/g, 'x');
  const api = await sandboxApi(sandboxUrl());
  const { schemaId, contacts } = await arrange(api, tag);
  const ids = contacts.map((contact) => String(contact.id));
  const before = await Promise.all(ids.map((id) => stored(api, id)));

  await signIn(page, demoUsers.admin, '/export');
  const text = await exportBySchema(page, `Round trip ${tag}`);
  const file = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(file.meta.fields).toEqual(
    expect.arrayContaining(['cellPhone.display', 'schema.id', 'Tier [tier_enum]']),
  );

  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && /\/externalcontacts\/(bulk\/)?contacts/.test(request.url())) {
      writes.push(`${request.method()} ${request.url()}`);
    }
  });
  await page.goto('/import');
  const upload = page.getByLabel('CSV file with a header row');
  await upload.setInputFiles(csvFile(`export-${tag}.csv`, text));
  // Every column is recognised: none left to map by hand, the schema taken from the file.
  await expect(page.getByText(/names a contact field: is the header row missing/)).toHaveCount(0);
  await expect(page.getByLabel('Custom-field schema')).toHaveValue(schemaId);
  await expect(page.getByLabel(/^Column \d+: Tier \[tier_enum\]$/)).toHaveValue(
    'customFields.tier_enum',
  );
  await expect(page.getByLabel(/^Column \d+: cellPhone\.display$/)).toHaveValue('cellPhone');
  await page.getByLabel(/^Update it: overwrite/).check();
  await expect(
    page.getByText('0 new, 0 to update, 3 already up to date, 0 with problems (skipped).'),
  ).toBeVisible({ timeout: 30_000 });
  const preview = page.getByRole('table', { name: /^Preview/ });
  for (const name of ['Ada', 'Grace', 'Alan']) {
    await expect(
      preview.getByRole('row').filter({ hasText: `No change: ${name} ${tag}` }),
    ).toHaveCount(1);
  }
  await expect(
    page.getByText('Nothing to import: no row is new or changes a stored contact.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import:/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/bulk-round-trip.png', fullPage: true });
  expect(writes).toEqual([]);
  expect(await Promise.all(ids.map((id) => stored(api, id)))).toEqual(before);

  // One cell edited: Grace's tier. Exactly that field changes.
  const edited = file.data.map((row) =>
    row.firstName === 'Grace' ? { ...row, 'Tier [tier_enum]': 'gold' } : row,
  );
  await upload.setInputFiles(
    csvFile(`edited-${tag}.csv`, Papa.unparse({ fields: file.meta.fields!, data: edited })),
  );
  await page.getByLabel(/^Update it: overwrite/).check();
  await expect(
    page.getByText('0 new, 1 to update, 2 already up to date, 0 with problems (skipped).'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    preview.getByRole('row').filter({ hasText: `Updates Grace ${tag}: Tier` }),
  ).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import: update 1' }).click();
  await expect(page.getByText('0 created, 1 updated, 0 failed.')).toBeVisible({ timeout: 30_000 });

  const after = await Promise.all(ids.map((id) => stored(api, id)));
  expect(after[0]).toEqual(before[0]);
  expect(after[2]).toEqual(before[2]);
  const grace = before[1] as { customFields: Json };
  expect(after[1]).toEqual({
    ...grace,
    customFields: { ...grace.customFields, tier_enum: 'gold' },
  });
});
