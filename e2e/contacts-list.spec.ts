import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

test.describe('contacts list', () => {
  test('lists, searches, sorts and pages the contacts', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table).toBeVisible();
    // Header row plus 25 rows on the default page size.
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(page.getByText('Page 1 of 40')).toBeVisible();
    await expect(
      page.getByText('Only the first 1,000 matches can be paged; refine the search.'),
    ).toBeVisible();
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
});
