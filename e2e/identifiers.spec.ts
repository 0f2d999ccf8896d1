import type { Page } from '@playwright/test';
import {
  consoleUrl,
  demoUsers,
  expect,
  expectAccessible,
  sandboxUrl,
  signIn,
  test,
} from './fixtures';

interface Entity {
  id: string;
  firstName?: string;
  lastName?: string;
  name?: string;
}

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
    async list(path: string): Promise<Entity[]> {
      const response = await page.request.get(`${base}${path}`, { headers });
      expect(response.ok()).toBe(true);
      return ((await response.json()) as { entities: Entity[] }).entities;
    },
    async claim(path: string, type: string, value: string): Promise<void> {
      const response = await page.request.patch(`${base}${path}`, {
        headers,
        data: { operation: 'Claim', identifier: { type, value } },
      });
      expect(response.ok()).toBe(true);
    },
  };
}

/** Named contacts sorted by last name, so the same ones come back on every run. */
const namedContacts = async (page: Page) =>
  (await (await sandboxApi(page)).list('/contacts?pageSize=50&sortOrder=lastName:asc')).filter(
    (contact) => contact.firstName && contact.lastName,
  );

const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

test.describe('identifiers', () => {
  test('claims an identifier, finds it through the lookup, releases it, and then finds nothing', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    const [contact] = await namedContacts(page);
    const name = `${contact!.firstName} ${contact!.lastName}`;
    const value = unique('E2E');
    await page.goto(`/contacts/${contact!.id}/identifiers`);
    await expect(page.getByRole('heading', { name: 'Claim an identifier' })).toBeVisible();
    await expectAccessible(page);

    // Form rules first: nothing chosen, nothing typed.
    await page.getByRole('button', { name: 'Claim identifier' }).click();
    await expect(page.getByText('Choose an identifier type.')).toBeVisible();
    await expect(page.getByText('Identifier value is required.')).toBeVisible();

    const claims: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().endsWith('/identifiers'))
        claims.push(request.postData() ?? '');
    });
    await page.getByLabel('Identifier type').selectOption('ExternalId');
    await page.getByLabel('Identifier value').fill(value);
    // A double click sends one claim.
    await page.getByRole('button', { name: 'Claim identifier' }).dblclick();
    await expect(page.getByText(`External id ${value} is now claimed.`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: value });
    await expect(row).toHaveCount(1);
    expect(claims).toHaveLength(1);
    expect(JSON.parse(claims[0]!)).toEqual({
      operation: 'Claim',
      identifier: { type: 'ExternalId', value },
    });
    await expect(row.getByRole('cell', { name: 'External id', exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/contact-identifiers.png', fullPage: true });

    // The overview (contact detail, expanded identifiers) follows the claim.
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${contact!.id}$`));
    await expect(page.getByText(value, { exact: true })).toBeVisible();

    await page.goto(`/lookup?kind=contact&type=ExternalId&value=${encodeURIComponent(value)}`);
    await expect(page.getByRole('heading', { name: 'Contact found' })).toBeVisible();
    await expect(page.getByRole('link', { name })).toBeVisible();
    await page.screenshot({ path: 'test-results/lookup-identifier.png', fullPage: true });
    await page.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${contact!.id}$`));

    await page.getByRole('link', { name: 'Identifiers' }).click();
    await page.getByRole('button', { name: `Release External id ${value}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Release identifier?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Release' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: value })).toHaveCount(0);

    await page.goto(`/lookup?kind=contact&type=ExternalId&value=${encodeURIComponent(value)}`);
    await expect(page.getByText('No contact holds this identifier.')).toBeVisible();
  });

  test('claiming an identifier another contact holds names the holder', async ({ page }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    const [holder, other] = await namedContacts(page);
    const value = `${unique('taken')}@example.com`;
    await (await sandboxApi(page)).claim(`/contacts/${holder!.id}/identifiers`, 'Email', value);

    await page.goto(`/contacts/${other!.id}/identifiers`);
    await page.getByLabel('Identifier type').selectOption('Email');
    await page.getByLabel('Identifier value').fill(value.toUpperCase());
    await page.getByRole('button', { name: 'Claim identifier' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'already claimed' });
    await expect(alert).toBeVisible();
    await expect(page.getByLabel('Identifier value')).toHaveAttribute('aria-invalid', 'true');
    // The failed claim keeps what was typed.
    await expect(page.getByLabel('Identifier value')).toHaveValue(value.toUpperCase());
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/identifier-conflict.png', fullPage: true });
    await alert.getByRole('link', { name: 'Open the contact that holds it' }).click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${holder!.id}/identifiers$`));
    await expect(page.getByRole('row').filter({ hasText: value })).toHaveCount(1);
  });

  test('an organization claims an External id, is found by it, and releases it', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    const [organization] = await (
      await sandboxApi(page)
    ).list('/organizations?pageSize=5&sortOrder=name:asc');
    const value = unique('ORG');
    await page.goto(`/organizations/${organization!.id}/identifiers`);
    await expect(page.getByLabel('Identifier type')).toHaveValue('ExternalId');
    await expectAccessible(page);
    await page.getByLabel('Identifier value').fill(value);
    await page.getByRole('button', { name: 'Claim identifier' }).click();
    await expect(page.getByRole('row').filter({ hasText: value })).toHaveCount(1);
    await expectAccessible(page);

    await page.goto(`/lookup?kind=organization&value=${encodeURIComponent(value)}`);
    await expect(page.getByRole('heading', { name: 'Organization found' })).toBeVisible();
    await expect(page.getByRole('link', { name: organization!.name! })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/organizations/${organization!.id}/identifiers`);
    await page.getByRole('button', { name: `Release External id ${value}` }).click();
    await page
      .getByRole('dialog', { name: 'Release identifier?' })
      .getByRole('button', { name: 'Release' })
      .click();
    await expect(page.getByRole('row').filter({ hasText: value })).toHaveCount(0);
    await page.goto(`/lookup?kind=organization&value=${encodeURIComponent(value)}`);
    await expect(page.getByText('No external organization holds this identifier.')).toBeVisible();
  });

  test('a reader sees identifiers but cannot claim or release them', async ({ page, browser }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    const [, , contact] = await namedContacts(page);
    const value = unique('READ');
    await (await sandboxApi(page)).claim(`/contacts/${contact!.id}/identifiers`, 'Cookie', value);

    // A second browser context: the reader's session is separate from the admin's.
    const readerContext = await browser.newContext({ baseURL: consoleUrl() });
    const readerPage = await readerContext.newPage();
    await signIn(readerPage, demoUsers.reader, `/contacts/${contact!.id}/identifiers`);
    await expect(readerPage.getByRole('row').filter({ hasText: value })).toHaveCount(1);
    await expect(
      readerPage.getByText('You can see these identifiers but not claim or release them.'),
    ).toBeVisible();
    await expect(readerPage.getByRole('button', { name: 'Claim identifier' })).toHaveCount(0);
    await expect(readerPage.getByRole('button', { name: /^Release/ })).toHaveCount(0);
    await expectAccessible(readerPage);
    await readerContext.close();
  });
});
