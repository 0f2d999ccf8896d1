import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

/** Calls the sandbox directly with the signed-in user's token, to set up or read data. */
async function sandboxApi(page: Page) {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken ?? '',
  );
  const headers = { Authorization: `Bearer ${token}` };
  const base = `${sandboxUrl()}/api/v2/externalcontacts`;
  return {
    async get(path: string) {
      return page.request.get(`${base}${path}`, { headers });
    },
    async post<T>(path: string, data: object): Promise<T> {
      const response = await page.request.post(`${base}${path}`, { headers, data });
      expect(response.ok(), await response.text()).toBe(true);
      return (await response.json()) as T;
    },
    async delete(path: string) {
      const response = await page.request.delete(`${base}${path}`, { headers });
      expect(response.ok(), await response.text()).toBe(true);
    },
  };
}

// The e2e sandbox is shared with specs running in parallel: every name is this run's own.
const unique = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const TEMPLATE = 'https://crm.example.com/records/{{externalId}}?view=full';

test.describe('external sources', () => {
  test('create a source with a template, follow its link from a contact, deactivate it, delete it with its references counted', async ({
    page,
    context,
  }) => {
    test.slow();
    const sourceName = unique('E2E CRM');
    const externalId = 'CRM 42/x?y';
    await signIn(page, demoUsers.admin, '/external-sources');
    await expect(page.getByRole('heading', { name: 'External sources', level: 1 })).toBeVisible();
    await expectAccessible(page);

    // Create: the form's rules first, then the live example.
    await page.getByRole('link', { name: 'New external source' }).click();
    await expect(page.getByRole('heading', { name: 'New external source' })).toBeVisible();
    const name = page.getByLabel('Name');
    const template = page.getByLabel('Link URI template');
    await template.fill('javascript:alert(1)//{{externalId}}');
    await page.getByRole('button', { name: 'Create source' }).click();
    await expect(page.getByText('Name is required.')).toBeVisible();
    await expect(
      page.getByText('Link URI template must be a URL starting with http:// or https://.'),
    ).toBeVisible();
    await expect(template).toHaveAttribute('aria-invalid', 'true');
    await name.fill('n'.repeat(201));
    await name.blur();
    await expect(page.getByText(/Name .*200/)).toBeVisible();

    await name.fill(sourceName);
    await template.fill(TEMPLATE);
    await page.getByLabel('Sample external id').fill(externalId);
    const expectedHref = 'https://crm.example.com/records/CRM%2042%2Fx%3Fy?view=full';
    await expect(page.getByTestId('source-link-example')).toHaveText(
      `Link for this id: ${expectedHref}`,
    );
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/external-source-form.png', fullPage: true });

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/externalsources'))
        posts.push(request.postData() ?? '');
    });
    // A double click creates one source.
    await page.getByRole('button', { name: 'Create source' }).dblclick();
    await expect(page).toHaveURL(/\/external-sources\?/);
    const row = page.getByRole('row').filter({ hasText: sourceName });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: TEMPLATE })).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]!)).toEqual({
      name: sourceName,
      active: true,
      linkConfiguration: { uriTemplate: TEMPLATE },
    });

    // The same name again is a Genesys 400, shown on the name field; the form keeps its input.
    await page.goto('/external-sources/new');
    await page.getByLabel('Name').fill(sourceName.toUpperCase());
    await page.getByRole('button', { name: 'Create source' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'already exists' })).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Name')).toHaveValue(sourceName.toUpperCase());

    // A contact with an external id on the source, through the API.
    const api = await sandboxApi(page);
    const listing = (await (
      await api.get(`/externalsources?name=${encodeURIComponent(sourceName)}`)
    ).json()) as { entities: { id: string; name: string }[] };
    const source = listing.entities.find((entity) => entity.name === sourceName)!;
    const lastName = unique('Sourced');
    const contact = await api.post<{ id: string }>('/contacts', {
      firstName: 'Ext',
      lastName,
      externalIds: [{ externalSource: { id: source.id }, value: externalId }],
    });

    await page.goto(`/contacts/${contact.id}`);
    const section = page.getByRole('region', { name: 'External ids' });
    await expect(section.getByText(sourceName, { exact: true })).toBeVisible();
    const link = section.getByRole('link', { name: `Open in ${sourceName} (new tab)` });
    await expect(link).toHaveAttribute('href', expectedHref);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await page.screenshot({ path: 'test-results/external-id-link.png', fullPage: true });
    // Follow it: the CRM is not on the network here, so the browser context answers for it.
    await context.route('https://crm.example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>CRM record</title>' }),
    );
    const [crm] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await expect(crm).toHaveURL(expectedHref);
    await crm.close();

    // Deactivate: the id keeps its source's name, the link goes.
    await page.goto(`/external-sources/${source.id}`);
    await expect(page.getByRole('heading', { name: `Edit ${sourceName}` })).toBeVisible();
    await page.getByLabel('Active (external ids link to it)').uncheck();
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByRole('row').filter({ hasText: sourceName })).toContainText('Inactive');
    await page.goto(`/contacts/${contact.id}`);
    await expect(section.getByText(externalId, { exact: true })).toBeVisible();
    await expect(section.getByText(sourceName, { exact: true })).toBeVisible();
    await expect(section.getByRole('link')).toHaveCount(0);

    // Delete, with the references counted through the scans and listed as links.
    await page.goto(`/external-sources?name=${encodeURIComponent(sourceName)}`);
    await page.getByRole('button', { name: `Delete ${sourceName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete the external source ${sourceName}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Genesys does not clean up records')).toBeVisible();
    await expect(dialog.getByText(/^All contacts checked/)).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByText(/^All organizations checked/)).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByTestId('source-reference-count')).toHaveText(
      `1 contact and 0 organizations still reference ${sourceName}.`,
    );
    await dialog.getByText('List the 1 contact').click();
    await expect(dialog.getByRole('link', { name: `Ext ${lastName}` })).toHaveAttribute(
      'href',
      `/contacts/${contact.id}`,
    );
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/external-source-delete.png', fullPage: true });
    await dialog.getByRole('button', { name: 'Delete source' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: sourceName })).toHaveCount(0);
    expect((await api.get(`/externalsources/${source.id}`)).status()).toBe(404);

    // The contact keeps its orphaned external id, shown as such.
    await page.goto(`/contacts/${contact.id}`);
    await expect(section.getByText(`${source.id} (deleted source)`)).toBeVisible();
    await expect(section.getByText(externalId, { exact: true })).toBeVisible();
  });

  test('edits a contact’s external ids with the source picker: inactive and deleted sources kept, bad rows refused, the link shown', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/external-sources');
    await expect(page.getByRole('heading', { name: 'External sources', level: 1 })).toBeVisible();
    const api = await sandboxApi(page);
    type Source = { id: string; name: string };
    const crm = await api.post<Source>('/externalsources', {
      name: unique('E2E Picker CRM'),
      linkConfiguration: { uriTemplate: TEMPLATE },
    });
    const legacy = await api.post<Source>('/externalsources', {
      name: unique('E2E Legacy'),
      active: false,
    });
    const gone = await api.post<Source>('/externalsources', { name: unique('E2E Gone') });
    const lastName = unique('Picked');
    const contact = await api.post<{ id: string }>('/contacts', {
      firstName: 'Pick',
      lastName,
      externalIds: [
        { externalSource: { id: legacy.id }, value: 'L-1' },
        { externalSource: { id: gone.id }, value: 'G-2' },
      ],
    });
    await api.delete(`/externalsources/${gone.id}`);

    await page.goto(`/contacts/${contact.id}/edit`);
    await expect(page.getByRole('heading', { name: `Edit Pick ${lastName}` })).toBeVisible();
    const ids = page.getByRole('group', { name: 'External ids' });
    const source = (n: number) => ids.getByLabel(`External id ${n} source`);
    const value = (n: number) => ids.getByLabel(`External id ${n} value`);
    // The stored ids keep their sources: the inactive one marked, the deleted one by its id.
    await expect(source(1).locator('option:checked')).toHaveText(`${legacy.name} (inactive)`);
    await expect(value(1)).toHaveValue('L-1');
    await expect(source(2).locator('option:checked')).toHaveText(`Unknown source ${gone.id}`);
    await expect(value(2)).toHaveValue('G-2');
    await expectAccessible(page);

    // Add a row from the keyboard: focus moves into it; an inactive source is not offered there.
    await ids.getByRole('button', { name: 'Add external id' }).focus();
    await page.keyboard.press('Enter');
    await expect(source(3)).toBeFocused();
    // Empty, but not wrong yet: its messages wait for a save or for the user to leave it.
    await expect(source(3)).toHaveAttribute('aria-invalid', 'false');
    await expect(value(3)).toHaveAttribute('aria-invalid', 'false');
    await expect(source(3).locator('option', { hasText: legacy.name })).toHaveCount(0);
    await source(3).selectOption({ label: crm.name });

    // An empty value is refused on its field; nothing is sent and every row stays.
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes(`/contacts/${contact.id}`))
        puts.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(value(3)).toHaveAttribute('aria-invalid', 'true');
    await expect(ids.getByText('External id value is required.')).toBeVisible();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Some fields need attention' }),
    ).toBeVisible();
    await expect(value(1)).toHaveValue('L-1');
    await expect(value(2)).toHaveValue('G-2');
    await expect(source(3).locator('option:checked')).toHaveText(crm.name);
    expect(puts).toHaveLength(0);

    // The same source and value as another row is refused too, on the later row.
    await value(3).fill(' CRM 42/x?y ');
    await ids.getByRole('button', { name: 'Add external id' }).click();
    await source(4).selectOption({ label: crm.name });
    await value(4).fill('CRM 42/x?y');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(value(4)).toHaveAttribute('aria-invalid', 'true');
    await expect(ids.getByText('External id 3 already has this source and value.')).toBeVisible();
    await expect(value(3)).toHaveAttribute('aria-invalid', 'false');
    expect(puts).toHaveLength(0);

    // Remove it from the keyboard: no row takes its place, so focus goes to the one before.
    await ids.getByRole('button', { name: 'Remove external id 4' }).focus();
    await page.keyboard.press('Enter');
    await expect(source(4)).toHaveCount(0);
    await expect(source(3)).toBeFocused();
    await expect(ids.getByText('External id 3 already has this source and value.')).toHaveCount(0);

    // Remove the orphaned id: focus goes to the row that took its place.
    await ids.getByRole('button', { name: 'Remove external id 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(source(2)).toBeFocused();
    await expect(source(2).locator('option:checked')).toHaveText(crm.name);
    await expect(value(2)).toHaveValue(' CRM 42/x?y ');
    await expect(source(3)).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/external-ids-form.png', fullPage: true });

    // A new row is offered neither the deleted source nor the inactive one.
    await ids.getByRole('button', { name: 'Add external id' }).click();
    await expect(source(3).locator('option', { hasText: gone.id })).toHaveCount(0);
    await expect(source(3).locator('option', { hasText: legacy.name })).toHaveCount(0);
    await ids.getByRole('button', { name: 'Remove external id 3' }).click();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: `Pick ${lastName}` })).toBeVisible();
    expect(puts).toHaveLength(1);
    expect((JSON.parse(puts[0]!) as { externalIds: unknown }).externalIds).toEqual([
      { externalSource: { id: legacy.id }, value: 'L-1' },
      { externalSource: { id: crm.id }, value: 'CRM 42/x?y' },
    ]);

    const section = page.getByRole('region', { name: 'External ids' });
    await expect(section.getByText(legacy.name, { exact: true })).toBeVisible();
    await expect(section.getByText(crm.name, { exact: true })).toBeVisible();
    await expect(
      section.getByRole('link', { name: `Open in ${crm.name} (new tab)` }),
    ).toHaveAttribute('href', 'https://crm.example.com/records/CRM%2042%2Fx%3Fy?view=full');
    // Only the active source links.
    await expect(section.getByRole('link')).toHaveCount(1);
    await expectAccessible(page);
  });

  test('gives a new organization an external id through its form', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/external-sources');
    await expect(page.getByRole('heading', { name: 'External sources', level: 1 })).toBeVisible();
    const api = await sandboxApi(page);
    const crm = await api.post<{ id: string; name: string }>('/externalsources', {
      name: unique('E2E Org CRM'),
      linkConfiguration: { uriTemplate: TEMPLATE },
    });
    const name = unique('Sourced Org');
    await page.goto('/organizations/new');
    await page.getByLabel('Name', { exact: true }).fill(name);
    const ids = page.getByRole('group', { name: 'External ids' });
    await ids.getByRole('button', { name: 'Add external id' }).click();
    await ids.getByLabel('External id 1 source').selectOption({ label: crm.name });
    await ids.getByLabel('External id 1 value').fill('ORG-7');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    const section = page.getByRole('region', { name: 'External ids' });
    await expect(section.getByText(crm.name, { exact: true })).toBeVisible();
    await expect(
      section.getByRole('link', { name: `Open in ${crm.name} (new tab)` }),
    ).toHaveAttribute('href', 'https://crm.example.com/records/ORG-7?view=full');
  });

  test('a reader sees the sources but no way to add, edit or delete them', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/external-sources');
    await expect(page.getByRole('heading', { name: 'External sources', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'New external source' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
  });
});
