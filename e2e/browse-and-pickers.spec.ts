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
  await page.getByLabel('Division').selectOption({ label: 'EMEA Sales' });
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
  const organization = page.getByRole('region', { name: 'Organization' });
  await expect(organization).toContainText('Nothing recorded.');
  await expect(organization).not.toContainText(organizationName);
});
