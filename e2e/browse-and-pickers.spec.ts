import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

test('browse all organizations loads every organization through the scan', async ({ page }) => {
  await signIn(page, demoUsers.admin, '/organizations');
  await page.getByRole('link', { name: 'Browse all organizations' }).click();
  await expect(page.getByRole('heading', { name: 'All organizations' })).toBeVisible();
  await expect(page.getByText('200 organizations loaded; scroll for more.')).toBeVisible();
  const region = page.getByRole('region', { name: 'All organizations, scrollable' });
  await expectAccessible(page);
  await region.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  // The demo seed holds 300 organizations: the second page is the last.
  await expect(page.getByText('300 organizations loaded, all of them.')).toBeVisible();
  // Filtered by one division, fewer.
  // By role: the column chooser now on this page has a Division column checkbox too.
  await page.getByRole('combobox', { name: 'Division' }).selectOption({ label: 'EMEA Sales' });
  await expect(page).toHaveURL(/divisionId=/);
  await expect(page.getByText(/^\d+ organizations loaded, all of them\.$/)).toBeVisible();
  const shown = await page
    .getByRole('status')
    .filter({ hasText: 'organizations loaded' })
    .innerText();
  expect(Number(shown.split(' ')[0])).toBeLessThan(300);
});

test('a contact is linked to an organization with the picker, and unlinked', async ({ page }) => {
  await signIn(page, demoUsers.admin, '/organizations');
  const firstOrganization = page.getByRole('table').getByRole('row').nth(1).getByRole('link');
  const organizationName = (await firstOrganization.first().innerText()).trim();

  await page.goto('/contacts/new');
  const lastName = `Picked${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
  const picker = page.getByRole('combobox', { name: 'Organization' });
  await picker.fill(organizationName.slice(0, 12));
  const option = page.getByRole('option', { name: organizationName }).first();
  await expect(option).toBeVisible();
  await expectAccessible(page);
  await option.click();
  await expect(picker).toHaveValue(organizationName);
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByRole('heading', { name: lastName, level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Organization' })
    .getByRole('link', { name: organizationName })
    .click();
  await expect(page.getByRole('heading', { name: organizationName, level: 1 })).toBeVisible();
  await page.goBack();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(picker).toHaveValue(organizationName);
  await page.getByRole('button', { name: 'Clear organization' }).click();
  await expect(picker).toHaveValue('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: lastName, level: 1 })).toBeVisible();
  // An empty section is no card of its own: it is named on the "Nothing recorded in …" line.
  await expect(page.getByRole('region', { name: 'Organization' })).toHaveCount(0);
  await expect(page.getByText(/^Nothing recorded in .*\bOrganization\b/)).toBeVisible();
  await expect(page.getByRole('link', { name: organizationName })).toHaveCount(0);
});

test('browse all contacts names their organizations and scrolls inside its table', async ({
  page,
}) => {
  await signIn(page, demoUsers.admin, '/contacts/browse');
  await expect(page.getByText('200 contacts loaded; scroll for more.')).toBeVisible();
  const region = page.getByRole('region', { name: 'All contacts, scrollable' });
  const table = region.getByRole('table', { name: 'All contacts' });
  const organizationColumn = (await table.getByRole('columnheader').allInnerTexts()).indexOf(
    'Organization',
  );
  expect(organizationColumn).toBeGreaterThan(0);
  // The scan has no expand: the names are read in bulk, and no cell is left showing an id.
  const organizationCells = table.locator(`tbody tr td:nth-child(${organizationColumn + 1})`);
  const organizationLinks = organizationCells.getByRole('link');
  await expect(organizationLinks.first()).toBeVisible();
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  await expect(async () => {
    const names = (await organizationLinks.allInnerTexts()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(uuid);
  }).toPass();
  const firstName = (await organizationLinks.first().innerText()).trim();

  // The wheel scrolls the table's own container; the page keeps its height (no second scrollbar).
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()?.height ?? 720;
  expect(await pageHeight()).toBeLessThan(viewport * 2);
  await region.hover();
  for (let turn = 0; turn < 15; turn += 1) await page.mouse.wheel(0, 2000);
  await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBeGreaterThan(5000);
  expect(await pageHeight()).toBeLessThan(viewport * 2);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(viewport);
  // Rows further down are named too.
  await expect(async () => {
    const names = (await organizationLinks.allInnerTexts()).map((name) => name.trim());
    for (const name of names) expect(name).not.toMatch(uuid);
  }).toPass();

  await organizationLinks.first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('All contacts');
  expect(firstName).not.toBe('');
});
