import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

test.describe('duplicates', () => {
  test('admin sees the demo clusters, filters and pages them, and merges one', async ({ page }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/duplicates');
    await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible();
    const summary = page.getByRole('definition').nth(1);
    await expect(summary).toHaveText(/^[1-9]\d*$/);
    const clusters = page.getByRole('article');
    await expect(clusters.first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Automatic merging' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Turn automatic merging on…' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/duplicates-admin.png', fullPage: true });

    // Division filter and paging live in the URL.
    await page.getByText('All divisions').click();
    // The box follows the URL, so it turns checked once the navigation lands.
    await page.getByRole('checkbox', { name: 'EMEA Sales' }).click();
    await expect(page).toHaveURL(/divisionIds=/);
    await expect(page.getByRole('checkbox', { name: 'EMEA Sales' })).toBeChecked();
    await expect(clusters.first()).toContainText('in EMEA Sales');
    for (const text of await clusters.allInnerTexts()) expect(text).toContain('in EMEA Sales');
    await page.getByRole('button', { name: 'Show all divisions' }).click();
    await expect(page).not.toHaveURL(/divisionIds=/);
    await page.getByText('All divisions').click();

    await page.getByRole('button', { name: 'Next clusters' }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(clusters.first()).toBeVisible();
    await page.getByRole('button', { name: 'First clusters' }).click();
    await expect(page).not.toHaveURL(/cursor=/);

    await page.getByLabel('Merge status').selectOption('NotMerged');
    await expect(page).toHaveURL(/status=NotMerged/);
    const cluster = clusters.first();
    await expect(cluster.locator('header')).toContainText('Not merged');
    const firstContact = cluster.getByRole('row').nth(1).getByRole('link');
    await expect(firstContact).toHaveAttribute('href', /\/contacts\/[0-9a-f-]{36}$/);
    await expect(cluster.getByRole('link', { name: /^Review and merge/ })).toHaveAttribute(
      'href',
      /\/contacts\/merge\?ids=/,
    );

    await cluster.getByRole('button', { name: /^Merge this cluster/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge this cluster?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(dialog).toBeHidden();
    await expect(cluster.getByRole('status')).toHaveText(/^Merged /);
    await expect(cluster.getByRole('button', { name: /^Merge this cluster/ })).toHaveCount(0);
    const result = cluster.getByRole('link', { name: 'Open the merged contact' });
    await expect(result).toBeVisible();
    await page.screenshot({ path: 'test-results/duplicates-merged.png', fullPage: true });

    await result.click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}/);
    await expect(page.getByText('Curated').first()).toBeVisible();

    // Back on the page (the same scan: other writes since would make the next scan a new one),
    // the merge is recorded: the Merged filter lists it.
    await page.goBack();
    await page.getByLabel('Merge status').selectOption('ManualSucceeded');
    await expect(page).toHaveURL(/status=ManualSucceeded/);
    await expect(page.getByRole('article').first().getByRole('status')).toHaveText(/^Merged /);
    // A new scan is the user's call.
    await page.getByRole('button', { name: 'Scan again' }).click();
    await expect(page.getByRole('button', { name: 'Scan again' })).toBeEnabled();
  });

  test('a reader sees the clusters but no merge action or setting', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/duplicates');
    await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('article').first().getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Merge this cluster/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Review and merge/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Automatic merging' })).toHaveCount(0);
    await expectAccessible(page);
  });
});
