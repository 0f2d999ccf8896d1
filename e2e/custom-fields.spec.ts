import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];

/** One field of every core type, each with limits, so boundaries can be tried in the form. */
const DOCUMENT = {
  properties: {
    code_text: { allOf: ref('text'), title: 'Code', minLength: 2, maxLength: 5 },
    notes_longtext: { allOf: ref('longtext'), title: 'Notes', maxLength: 10 },
    site_url: { allOf: ref('url'), title: 'Site', maxLength: 30 },
    badge_identifier: { allOf: ref('identifier'), title: 'Badge', maxLength: 4 },
    tier_enum: {
      allOf: ref('enum'),
      title: 'Tier',
      enum: ['gold', 'silver', 'tin'],
      _enumProperties: { gold: { title: 'Gold' }, tin: { title: 'Tin', _disabled: true } },
    },
    seats_integer: { allOf: ref('integer'), title: 'Seats', minimum: 1, maximum: 10 },
    score_number: { allOf: ref('number'), title: 'Score', minimum: 0.5, maximum: 1.5 },
    since_date: {
      allOf: ref('date'),
      title: 'Since',
      description: 'The day they became a customer.',
    },
    seen_datetime: { allOf: ref('datetime'), title: 'Seen' },
    vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
    labels_tag: { allOf: ref('tag'), title: 'Labels', maxItems: 2, items: { maxLength: 3 } },
  },
  required: ['code_text'],
};

async function createSchema(page: Page, name: string): Promise<string> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken ?? '',
  );
  const response = await page.request.post(
    `${sandboxUrl()}/api/v2/externalcontacts/contacts/schemas`,
    { headers: { Authorization: `Bearer ${token}` }, data: { name, jsonSchema: DOCUMENT } },
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

test('a contact on a schema validates every core type, and disabling keeps its values', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const schemaName = `Boundaries ${stamp()}`;
  const lastName = `Fieldtest${stamp()}`.replace(/[0-9]/g, 'x');
  await signIn(page, demoUsers.admin, '/');
  const schemaId = await createSchema(page, schemaName);

  await page.goto('/contacts/new');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Schema', { exact: true }).selectOption({ label: schemaName });
  // The disabled enum value is not offered.
  await expect(
    page.getByLabel('Tier', { exact: true }).locator('option', { hasText: 'Tin' }),
  ).toHaveCount(0);

  // Optional fields say so, help comes from the schema's descriptions, and an untouched form
  // shows no error.
  await expect(page.locator('.plain-field-label', { hasText: /^Since/ })).toContainText(
    '(optional)',
  );
  await expect(page.locator('.plain-field-label', { hasText: /^Labels/ })).toContainText(
    '(optional)',
  );
  await expect(page.getByText('The day they became a customer.')).toBeVisible();
  await expect(page.locator('.field-error, [slot="error"]')).toHaveCount(0);
  // An error waits until the user leaves the input.
  await page.getByLabel('Seats', { exact: true }).fill('11');
  await expect(page.getByText('Seats must be at most 10.')).toHaveCount(0);
  await page.getByLabel('Seats', { exact: true }).press('Tab');
  await expect(page.getByText('Seats must be at most 10.')).toBeVisible();

  // One past each boundary fails, on its own field.
  await page.getByLabel('Code', { exact: true }).fill('abcdef');
  await page.getByLabel('Notes', { exact: true }).fill('x'.repeat(11));
  await page.getByLabel('Site', { exact: true }).fill('ftp://example.com');
  await page.getByLabel('Badge', { exact: true }).fill('abcde');
  await page.getByLabel('Seats', { exact: true }).fill('11');
  await page.getByLabel('Score', { exact: true }).fill('1.51');
  await page.getByLabel('Labels', { exact: true }).fill('abcd');
  await page.getByLabel('Labels', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByText('Code must be at most 5 characters.')).toBeVisible();
  await expect(page.getByText('Notes must be at most 10 characters.')).toBeVisible();
  await expect(
    page.getByText('Site must be a URL starting with http:// or https://.'),
  ).toBeVisible();
  await expect(page.getByText('Badge must be at most 4 characters.')).toBeVisible();
  await expect(page.getByText('Seats must be at most 10.')).toBeVisible();
  await expect(page.getByText('Score must be at most 1.5.')).toBeVisible();
  await expect(page.getByText('Each tag of Labels must be at most 3 characters.')).toBeVisible();
  await expect(page.getByLabel('Code', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // The boundary values pass.
  await page.getByLabel('Code', { exact: true }).fill('abcde');
  await page.getByLabel('Notes', { exact: true }).fill('x'.repeat(10));
  await page.getByLabel('Site', { exact: true }).fill('https://example.com/a');
  await page.getByLabel('Badge', { exact: true }).fill('abcd');
  await page.getByLabel('Tier', { exact: true }).selectOption('gold');
  await page.getByLabel('Seats', { exact: true }).fill('10');
  await page.getByLabel('Score', { exact: true }).fill('1.5');
  await page.getByLabel('Since', { exact: true }).fill('2024-02-29');
  await page.getByLabel('Seen', { exact: true }).fill('2024-05-01T13:30:00');
  await page.getByLabel('VIP', { exact: true }).check();
  await page.getByRole('button', { name: 'Remove tag abcd' }).click();
  await page.getByLabel('Labels', { exact: true }).fill('abc');
  await page.getByLabel('Labels', { exact: true }).press('Enter');
  await page.getByLabel('Labels', { exact: true }).fill('de');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.screenshot({ path: 'dist-schemas-results/contact-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  const custom = page.getByRole('region', { name: 'Custom fields' });
  await expect(custom).toContainText(schemaName);
  await expect(custom).toContainText('Gold (gold)');
  await expect(custom).toContainText('Yes');
  await expect(custom.getByRole('link', { name: 'https://example.com/a' })).toBeVisible();
  await expect(custom).toContainText('abc');
  const contactUrl = page.url();
  await expectAccessible(page);

  // Disable the schema in the editor.
  await page.goto(`/schemas/contacts/${schemaId}`);
  await page.getByLabel('Enabled').uncheck();
  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved version 2.' })).toBeVisible();

  // Not offered to new contacts any more…
  await page.goto('/contacts/new');
  await expect(
    page.getByLabel('Schema', { exact: true }).locator('option', { hasText: schemaName }),
  ).toHaveCount(0);
  // …but the contact still shows its values, and its form keeps the schema.
  await page.goto(contactUrl);
  await expect(page.getByRole('region', { name: 'Custom fields' })).toContainText('Gold (gold)');
  await page.goto(`${contactUrl}/edit`);
  await expect(page.getByLabel('Schema', { exact: true })).toHaveValue(schemaId);
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue('abcde');
});
