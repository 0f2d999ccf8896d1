import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

type Json = Record<string, unknown>;
const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];

const DOCUMENT = {
  properties: {
    tier_enum: { allOf: ref('enum'), title: 'Tier', enum: ['gold', 'silver'] },
    since_date: { allOf: ref('date'), title: 'Since' },
    visits_integer: { allOf: ref('integer'), title: 'Visits', minimum: 0 },
    vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
    topics_tag: { allOf: ref('tag'), title: 'Topics' },
  },
  required: ['tier_enum'],
};

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/**
 * Custom fields in a CSV file: columns headed `<title> [<key>]` map to the schema's fields on
 * their own, each cell is read by its core type, and a bad one is a problem on its row naming
 * the column and what is wrong, before anything is sent.
 */
test('imports custom fields, checked by type against the schema the file names', async ({
  page,
}) => {
  // A check with lookups, an import and two axe passes.
  test.slow();
  const tag = `Cf${Date.now().toString(36)}`.replace(/[0-9]/g, 'x');
  const api = await sandboxApi(sandboxUrl());
  const schema = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts/schemas', {
    name: `Import ${tag}`,
    jsonSchema: DOCUMENT,
  });
  const csv = [
    'First name,Last name,Work email,Schema id,Tier [tier_enum],Since [since_date],Visits [visits_integer],VIP [vip_checkbox],Topics [topics_tag]',
    `Ada,${tag},ada.${tag}@example.com,${schema.id},gold,2020-02-29,12,yes,maths; looms`,
    `Grace,${tag},grace.${tag}@example.com,${schema.id},bronze,29/02/2020,many,maybe,`,
    `Alan,${tag},alan.${tag}@example.com,00000000-0000-4000-8000-000000000000,silver,,,,`,
    `Edsger,${tag},edsger.${tag}@example.com,,,,3,,`,
  ].join('\r\n');

  await signIn(page, demoUsers.admin, '/import');
  await page.getByLabel('CSV file with a header row').setInputFiles(csvFile('custom.csv', csv));
  await expect(page.getByLabel('Custom-field schema')).toHaveValue(schema.id);
  await expect(page.getByLabel('Column 5: Tier [tier_enum]')).toHaveValue('customFields.tier_enum');
  await expect(page.getByLabel('Column 9: Topics [topics_tag]')).toHaveValue(
    'customFields.topics_tag',
  );

  await expect(page.getByText('1 new, 0 to update, 3 with problems (skipped).')).toBeVisible({
    timeout: 30_000,
  });
  const problems = page.getByRole('table', { name: /Problems: 2 rows will be skipped/ });
  for (const [column, message] of [
    ['Tier \\[tier_enum\\]', 'Tier must be one of gold, silver\\.'],
    ['Since \\[since_date\\]', 'Since must be a date written YYYY-MM-DD\\.'],
    ['Visits \\[visits_integer\\]', 'Visits must be a whole number, not “many”\\.'],
    ['VIP \\[vip_checkbox\\]', 'VIP must be yes or no \\(or true/false\\), not “maybe”\\.'],
  ]) {
    await expect(
      problems.getByRole('row', { name: new RegExp(`^3 ${column} ${message}`) }),
    ).toBeVisible();
  }
  await expect(
    problems.getByRole('row', { name: /^4 Schema id This row’s custom fields belong to/ }),
  ).toBeVisible();
  // The schema's required field is only known to be missing once the row is planned as new.
  await expect(
    page.getByRole('table', { name: /^Preview/ }).getByRole('row', { name: /^5 Edsger/ }),
  ).toContainText('Problem: Tier is required.');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Import: create 1 contact' }).click();
  await expect(page.getByText('1 created, 0 updated, 0 failed.')).toBeVisible({ timeout: 30_000 });
  const found = await api.ok<{ entities: Json[] }>(
    'GET',
    `/externalcontacts/contacts?q=${encodeURIComponent(`ada.${tag}@example.com`)}`,
  );
  expect(found.entities).toHaveLength(1);
  expect(found.entities[0]).toMatchObject({
    schema: { id: schema.id },
    customFields: {
      tier_enum: 'gold',
      since_date: '2020-02-29',
      visits_integer: 12,
      vip_checkbox: true,
      topics_tag: ['maths', 'looms'],
    },
  });
  await expectAccessible(page);
});
