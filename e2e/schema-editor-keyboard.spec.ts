import type { Locator, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

/** Presses Tab until `target` has focus: how a keyboard user gets there, whatever lies between. */
async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < most; presses += 1) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The options of the Core type select, in order: ArrowDown from Text moves along them. */
const CORE_TYPES = [
  'text',
  'longtext',
  'url',
  'identifier',
  'enum',
  'date',
  'datetime',
  'integer',
  'number',
  'checkbox',
  'tag',
] as const;

const FIELDS: { title: string; type: (typeof CORE_TYPES)[number]; required?: true }[] = [
  { title: 'Account', type: 'text', required: true },
  { title: 'History', type: 'longtext' },
  { title: 'Tier', type: 'enum' },
  { title: 'Seats', type: 'integer' },
  { title: 'Joined', type: 'date' },
  { title: 'VIP', type: 'checkbox' },
  { title: 'Interests', type: 'tag' },
  { title: 'Website', type: 'url' },
];

const rows = (page: Page) =>
  page.getByRole('list', { name: 'Fields in order' }).getByRole('listitem');

const order = async (page: Page) =>
  (await rows(page).locator('button.field-open').allTextContents()).join(', ');

test('a schema of 8 fields built with the keyboard only, reordered, diffed and restored', async ({
  page,
}) => {
  // Eight fields typed key by key, three saves, a restore and five axe runs: about 2 minutes on
  // a quiet 2-core machine, more when it is shared.
  test.setTimeout(360_000);
  const name = `Keyboard ${Date.now().toString(36)}`;
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demoUsers.admin, '/schemas/contacts/new');
  const schemaName = page.getByLabel('Schema name');
  await schemaName.focus();
  await page.keyboard.type(name);

  for (const [at, field] of FIELDS.entries()) {
    await tabTo(page, page.getByRole('button', { name: 'Add field' }));
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: new RegExp(`^Field ${at + 1}:`) });
    await expect(panel.getByLabel('Field title')).toBeFocused();
    await page.keyboard.type(field.title);
    await page.keyboard.press('Tab');
    await expect(panel.getByLabel('Core type')).toBeFocused();
    for (let step = 0; step < CORE_TYPES.indexOf(field.type); step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(panel.getByLabel('Core type')).toHaveValue(field.type);
    if (field.type === 'enum') {
      // Nothing typed yet: the empty first value is not called a mistake.
      await expect(panel.getByText('A value cannot be empty.')).toHaveCount(0);
      await tabTo(page, panel.getByLabel('Value 1', { exact: true }));
      await page.keyboard.type('gold');
      await tabTo(page, panel.getByRole('button', { name: 'Add value' }));
      await page.keyboard.press('Enter');
      await tabTo(page, panel.getByLabel('Value 2', { exact: true }));
      // Leaving an empty value is.
      await page.keyboard.press('Tab');
      await expect(panel.getByText('A value cannot be empty.')).toBeVisible();
      await tabTo(page, panel.getByLabel('Value 2', { exact: true }));
      await page.keyboard.type('silver');
      await expect(panel.getByText('A value cannot be empty.')).toHaveCount(0);
    }
    if (field.required) {
      await tabTo(page, panel.getByLabel('Required'));
      await page.keyboard.press('Space');
      await expect(panel.getByLabel('Required')).toBeChecked();
    }
    if (at === 2) {
      // The panel open: axe, and the picture the README shows.
      await expectAccessible(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'docs/schema-editor-panel.png' });
      await panel.getByLabel('Value 2', { exact: true }).focus();
    }
    // Escape closes the panel and gives focus back to the field's row.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(rows(page).nth(at).locator('button.field-open')).toBeFocused();
  }
  await expect(rows(page)).toHaveCount(8);
  await expect(rows(page).nth(0)).toContainText('Required');
  await expect(rows(page).nth(7)).toContainText('website_url');
  await tabTo(page, page.getByRole('button', { name: 'Create schema' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/schemas\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Contact schema · version 1')).toBeVisible();
  expect(await order(page)).toBe('Account, History, Tier, Seats, Joined, VIP, Interests, Website');

  // Reorder by keyboard: Tier two places up.
  await tabTo(page, page.getByRole('button', { name: 'Move Tier (position 3)' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect
    .poll(() => order(page))
    .toBe('Tier, Account, History, Seats, Joined, VIP, Interests, Website');

  // Reorder by drag: VIP onto History's place.
  const handle = page.getByRole('button', { name: 'Move VIP (position 6)' });
  const target = rows(page).nth(2);
  // In the middle of the window, clear of the sticky save bar.
  await handle.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect
    .poll(() => order(page))
    .toBe('Tier, Account, VIP, History, Seats, Joined, Interests, Website');

  // One more change for the diff: a saved field removed, with the guidance first.
  await rows(page).nth(7).locator('button.field-open').click();
  await expect(page.getByText('Genesys advises against deleting saved fields')).toBeVisible();
  await page.getByRole('button', { name: 'Remove saved field' }).click();
  const saveBar = page.getByRole('region', { name: 'Save' });
  await expect(saveBar).toContainText('2 unsaved changes');
  await expect(saveBar).toContainText('Saves version 2');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved version 2.' })).toBeVisible();

  // The two versions side by side.
  await page.getByRole('tab', { name: 'Version history (2)' }).click();
  const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
  await expect(diff).toContainText('1 removed');
  const website = diff.getByRole('row', { name: /Website/ });
  await expect(website).toContainText('Removed');
  await expect(website.getByRole('cell').nth(1)).toContainText('Not in this version');
  const schemaRow = diff.getByRole('row', { name: /^Schema/ });
  await expect(schemaRow.getByRole('cell').nth(1)).toContainText(
    'tier_enum, account_text, vip_checkbox, history_longtext',
  );
  await expect(schemaRow.getByRole('cell').nth(1)).toContainText('changed');
  await expectAccessible(page);
  await page.screenshot({ path: 'docs/schema-editor-history.png', fullPage: true });

  // Restore version 1 as version 3.
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
  await expect(dialog).toContainText('Saves version 3 with the name, enabled state and fields');
  await expect(dialog).toContainText('Field added: Website (website_url)');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Restore as version 3' }).click();
  await expect(page.getByText('Version 1 was restored as version 3.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Fields' })).toBeFocused();
  await expect
    .poll(() => order(page))
    .toBe('Account, History, Tier, Seats, Joined, VIP, Interests, Website');
  await expect(page.getByText('Contact schema · version 3')).toBeVisible();

  // Stored as the API has it.
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken ?? '',
  );
  const id = /\/schemas\/contacts\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  const stored = (await (
    await page.request.get(`${sandboxUrl()}/api/v2/externalcontacts/contacts/schemas/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as { version: number; jsonSchema: { properties: object; required?: string[] } };
  expect(stored.version).toBe(3);
  expect(Object.keys(stored.jsonSchema.properties)).toEqual([
    'account_text',
    'history_longtext',
    'tier_enum',
    'seats_integer',
    'joined_date',
    'vip_checkbox',
    'interests_tag',
    'website_url',
  ]);
  expect(stored.jsonSchema.required).toEqual(['account_text']);
  await page.getByRole('tab', { name: 'Version history (3)' }).click();
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page);
});
