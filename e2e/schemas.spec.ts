import type { Locator, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

const unique = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** The sandbox's schema API with the signed-in user's token (set-up and "someone else" saves). */
async function schemaApi(page: Page) {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken ?? '',
  );
  const headers = { Authorization: `Bearer ${token}` };
  const base = `${sandboxUrl()}/api/v2/externalcontacts/contacts/schemas`;
  return {
    async create(body: object): Promise<{ id: string; version: number }> {
      const response = await page.request.post(base, { headers, data: body });
      expect(response.status()).toBe(200);
      return (await response.json()) as { id: string; version: number };
    },
    async get(id: string): Promise<{
      version: number;
      name: string;
      enabled: boolean;
      jsonSchema: { properties: Record<string, { title: string }> };
    }> {
      const response = await page.request.get(`${base}/${id}`, { headers });
      return (await response.json()) as Awaited<ReturnType<typeof this.get>>;
    },
    async put(id: string, body: object): Promise<number> {
      const response = await page.request.put(`${base}/${id}`, { headers, data: body });
      return response.status();
    },
  };
}

/** The open field's inputs (only one field is open, in the side panel). */
const fieldCard = (page: Page, index: number): Locator =>
  page.getByRole('group', { name: new RegExp(`^Field ${index}:`) });

const fieldRows = (page: Page): Locator =>
  page.getByRole('list', { name: 'Fields in order' }).getByRole('listitem');

/** Opens field `index` (1-based) from the list in the side panel and returns its inputs. */
async function openField(page: Page, index: number): Promise<Locator> {
  await fieldRows(page)
    .nth(index - 1)
    .locator('button.field-open')
    .click();
  const card = fieldCard(page, index);
  await expect(card).toBeVisible();
  return card;
}

const EVERY_TYPE = [
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

test.describe('schema editor', () => {
  test('creates a schema with every core type, edits it, and shows version 2 and its diff', async ({
    page,
  }) => {
    // Eleven fields, two saves and three axe runs: slower than one page on a shared machine.
    test.setTimeout(120_000);
    const name = unique('Every type');
    await signIn(page, demoUsers.admin, '/schemas');
    await expect(page.getByRole('heading', { name: 'Custom-field schemas' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New contact schema' }).click();
    await expect(page.getByRole('heading', { name: 'New contact schema' })).toBeVisible();
    await page.getByLabel('Schema name').fill(name);
    for (const [at, type] of EVERY_TYPE.entries()) {
      // Adding a field opens it in the side panel, its title focused.
      await page.getByRole('button', { name: 'Add field' }).click();
      const card = fieldCard(page, at + 1);
      await expect(card.getByLabel('Field title')).toBeFocused();
      await card.getByLabel('Core type').selectOption(type);
      await card.getByLabel('Field title').fill(`My ${type}`);
      await expect(card.getByLabel('Field key')).toHaveValue(`my_${type}`);
      if (type === 'enum') {
        await card.getByLabel('Value 1', { exact: true }).fill('gold');
        await card.getByLabel('Title of value 1').fill('Gold');
      }
      if (type === 'text') await card.getByLabel('Maximum length').fill('20');
    }
    await expect(page.getByText('14 fields left', { exact: false })).toBeVisible();
    // The list shows each field's type, key and required at a glance.
    await expect(fieldRows(page)).toHaveCount(11);
    await expect(fieldRows(page).nth(4)).toContainText('List (enum)');
    await expect(fieldRows(page).nth(4)).toContainText('my_enum');
    await expect(fieldRows(page).nth(4)).toContainText('Optional');
    await expect(fieldRows(page).nth(4)).toContainText('New');
    await expect(page.getByRole('region', { name: 'Save' })).toContainText('Creates version 1');
    await page.screenshot({ path: 'dist-schemas-results/editor.png', fullPage: true });
    await expectAccessible(page);

    // The JSON view agrees with the visual editor.
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const json = page.getByLabel('JSON schema document');
    for (const type of EVERY_TYPE) await expect(json).toHaveValue(new RegExp(`"my_${type}"`));
    await expect(json).toHaveValue(/"maxLength": 20/);
    // An edit in the JSON shows in the visual editor.
    const text = await json.inputValue();
    await json.fill(text.replace('"My text"', '"Edited in JSON"'));
    await page.getByRole('button', { name: 'Visual editor' }).click();
    await expect((await openField(page, 1)).getByLabel('Field title')).toHaveValue(
      'Edited in JSON',
    );
    // A syntax error is shown at its line.
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await json.fill('{\n  "properties": {\n    "a_text": ,\n  }\n}');
    await expect(page.getByLabel('Problems in the JSON')).toContainText('Line 3');
    await json.fill(text.replace('"My text"', '"Edited in JSON"'));
    await page.getByRole('button', { name: 'Visual editor' }).click();

    await page.getByRole('button', { name: 'Create schema' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page).toHaveURL(/\/schemas\/contacts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('button', { name: 'Save new version' })).toBeDisabled();
    await expect((await openField(page, 1)).getByLabel('Field key')).toHaveAttribute(
      'readonly',
      '',
    );

    await fieldCard(page, 1).getByLabel('Field title').fill('Renamed text');
    await expect(fieldRows(page).nth(0)).toContainText('Edited');
    await (await openField(page, 8)).getByLabel('Maximum').fill('99');
    const saveBar = page.getByRole('region', { name: 'Save' });
    await expect(saveBar).toContainText('2 unsaved changes');
    await expect(saveBar).toContainText('Saves version 2');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved version 2.' })).toBeVisible();
    await expect(saveBar).toContainText('No unsaved changes');
    await page.getByRole('tab', { name: /Version history/ }).click();
    const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
    const renamed = diff.getByRole('row', { name: /Renamed text/ });
    await expect(renamed).toContainText('Changed');
    await expect(renamed.getByRole('cell').nth(0)).toContainText('Edited in JSON');
    await expect(renamed.getByRole('cell').nth(1)).toContainText('Renamed textchanged');
    const integer = diff.getByRole('row', { name: /my_integer/ });
    await expect(integer.getByRole('cell').nth(1)).toContainText('Maximum99added');
    await expectAccessible(page);
  });

  test('a stale save shows the conflict, keeps the edits and reapplies them', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, demoUsers.admin, '/schemas');
    const api = await schemaApi(page);
    const field = (title: string, type: string) => ({
      allOf: [{ $ref: `#/definitions/${type}` }],
      title,
    });
    const created = await api.create({
      name: unique('Conflict'),
      jsonSchema: { properties: { a_text: field('A', 'text'), b_text: field('B', 'text') } },
    });
    await page.goto(`/schemas/contacts/${created.id}`);
    await (await openField(page, 1)).getByLabel('Field title').fill('Mine');

    // Someone else saves version 2 meanwhile.
    const current = await api.get(created.id);
    const theirs = {
      ...current.jsonSchema,
      properties: { ...current.jsonSchema.properties, b_text: field('Theirs', 'text') },
    };
    expect(await api.put(created.id, { name: current.name, version: 1, jsonSchema: theirs })).toBe(
      200,
    );

    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'What changed in version 2' })).toContainText(
      'Theirs (b_text) title: "B" → "Theirs"',
    );
    await expect(fieldCard(page, 1).getByLabel('Field title')).toHaveValue('Mine');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reapply my edits on version 2' }).click();
    await expect((await openField(page, 1)).getByLabel('Field title')).toHaveValue('Mine');
    await expect((await openField(page, 2)).getByLabel('Field title')).toHaveValue('Theirs');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved version 3.' })).toBeVisible();
    const stored = await api.get(created.id);
    expect(stored.jsonSchema.properties.a_text?.title).toBe('Mine');
    expect(stored.jsonSchema.properties.b_text?.title).toBe('Theirs');
  });

  test('limits stop the user with a clear message', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, demoUsers.admin, '/schemas/contacts/new');
    await expect(page.getByText('25 fields left', { exact: false })).toBeVisible();
    const add = page.getByRole('button', { name: 'Add field' });
    for (let n = 0; n < 25; n += 1) await add.click();
    await expect(add).toBeDisabled();
    await expect(
      page.getByText('No fields left: a schema may have at most 25 fields'),
    ).toBeVisible();
    await page.getByLabel('Schema name').fill('x'.repeat(101));
    await expect(page.getByText('A schema name must be 1 to 100 characters long.')).toBeVisible();
    await (await openField(page, 1)).getByLabel('Field title').fill('t'.repeat(101));
    await expect(fieldCard(page, 1)).toContainText('The title may have at most 100 characters');
    // The row says so too, for a field whose panel is closed.
    await page.keyboard.press('Escape');
    await expect(fieldRows(page).nth(0)).toContainText('problem');
  });

  test('users without schema permissions see the pages read-only', async ({ page, browser }) => {
    // Two sign-ins (reader, then curator) and an axe pass: close to 30 s on a busy machine.
    test.slow();
    await signIn(page, demoUsers.reader, '/schemas');
    await page.getByRole('link', { name: 'Customer' }).first().click();
    await expect(page.getByText('Read only: your roles do not include editing')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save new version' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add field' })).toHaveCount(0);
    await expect((await openField(page, 1)).getByLabel('Field title')).toHaveAttribute(
      'readonly',
      '',
    );
    await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
    await page.getByRole('tab', { name: /Version history/ }).click();
    await expect(page.getByRole('table', { name: 'Versions' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Restore version/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'New contact schema' })).toHaveCount(0);
    await expectAccessible(page);

    const curator = await browser.newPage();
    await signIn(curator, demoUsers.curator, '/schemas');
    await expect(
      curator.getByRole('heading', { name: 'You cannot view custom-field schemas' }),
    ).toBeVisible();
    await curator.close();
  });
});
