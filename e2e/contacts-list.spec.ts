import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

test.describe('contacts list', () => {
  test('lists, searches, sorts and pages the contacts', async ({ page }) => {
    // Eight navigations with an axe pass and a full-page screenshot.
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table).toBeVisible();
    // Header row plus 25 rows on the default page size.
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(page.getByText('Page 1 of 40')).toBeVisible();
    await expect(page.getByText(/Genesys pages only the first 1,000 matches/)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/contacts-list.png', fullPage: true });

    // Sort by title, ascending then descending.
    const titleHeader = page.getByRole('columnheader', { name: 'Title' });
    await titleHeader.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=title%3Aasc/);
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await titleHeader.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=title%3Adesc/);
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');

    // Page forward and change the page size.
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/pageNumber=2/);
    await expect(page.getByText('Page 2 of 40')).toBeVisible();
    await page.getByLabel('Rows per page').selectOption('10');
    await expect(page).toHaveURL(/pageSize=10/);
    await expect(page.getByText('Page 1 of 100')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(11);
  });

  test('bad search params fall back instead of breaking the page', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts?pageSize=7&pageNumber=-3&sortOrder=%22zip%22');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(page.getByText('Page 1 of 40')).toBeVisible();
    await expect(page.getByLabel('Rows per page')).toHaveValue('25');
  });

  test('selects rows and counts them', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    const checkboxes = page.getByRole('checkbox', { name: /^Select (?!all)/ });
    await checkboxes.nth(0).check();
    await checkboxes.nth(1).check();
    await expect(page.getByText('2 selected')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all contacts on this page' }).check();
    await expect(page.getByText('25 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page.getByText(/selected$/)).toHaveCount(0);
  });

  test('filters by division and keeps the filter in the link', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    await expect(page.getByText('Page 1 of 40')).toBeVisible();
    await page.getByText('All divisions').click();
    const divisions = page.getByRole('group', { name: 'Divisions' }).getByRole('checkbox');
    await expect(divisions.first()).toBeVisible();
    const firstName = (await divisions.first().locator('xpath=..').textContent())?.trim() ?? '';
    // The box follows the URL, so it turns checked once the navigation lands.
    await divisions.first().click();
    await expect(page).toHaveURL(/divisionIds=/);
    await expect(divisions.first()).toBeChecked();
    // Fewer contacts in one division than in all of them, and every row shows that division.
    await expect(page.getByText('Page 1 of 40')).toHaveCount(0);
    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Division' }).check();
    const divisionCells = page
      .getByRole('table', { name: 'Contacts' })
      .locator('tbody tr td:last-child');
    await expect(divisionCells.first()).toHaveText(firstName);
    expect(new Set(await divisionCells.allTextContents())).toEqual(new Set([firstName]));
    // The link carries the filter: after a reload the filter names the division and still applies.
    await page.reload();
    await expect(page.locator('summary', { hasText: firstName })).toBeVisible();
    await expect(divisionCells.first()).toHaveText(firstName);
    await expectAccessible(page);
  });

  test('chosen columns show and are remembered', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table.getByRole('columnheader', { name: 'Work email' })).toBeVisible();
    await page.locator('summary', { hasText: 'Columns' }).click();
    // exact: the chooser also offers First name, Middle name and Last name.
    await expect(page.getByRole('checkbox', { name: 'Name', exact: true })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Work email' }).uncheck();
    await page.getByRole('checkbox', { name: 'City' }).check();
    await expect(table.getByRole('columnheader', { name: 'Work email' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'City' })).toBeVisible();
    await page.reload();
    await expect(table.getByRole('columnheader', { name: 'City' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Work email' })).toHaveCount(0);
  });

  test('browse all scrolls past the 1,000-record search window', async ({ page }) => {
    // Reads contacts through the scan, 200 at a time, while scrolling past the first 1,000.
    test.slow();
    await signIn(page, demoUsers.admin, '/contacts');
    await page.getByRole('link', { name: 'Browse all contacts', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'All contacts' })).toBeVisible();
    await expect(page.getByText('200 contacts loaded; scroll for more.')).toBeVisible();
    const region = page.getByRole('region', { name: 'All contacts, scrollable' });
    // Only the rows on screen are in the DOM, however many are loaded.
    expect(await region.locator('tbody tr').count()).toBeLessThan(60);
    await expectAccessible(page);
    for (let loaded = 200; loaded <= 1200; loaded += 200) {
      await expect(
        page.getByText(new RegExp(`^${loaded.toLocaleString('en-US')} contacts`)),
      ).toBeVisible();
      await region.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    }
    await expect(page.getByText(/^1,400 contacts loaded/)).toBeVisible();
    expect(await region.locator('tbody tr').count()).toBeLessThan(60);
    await page.screenshot({ path: 'test-results/contacts-browse-all.png' });
  });
});
