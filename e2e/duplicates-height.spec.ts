import { demoUsers, expect, signIn, test } from './fixtures';

/**
 * A page of 20 clusters at 1366×768 fits in under 2,000 px. Writes the screenshot the README
 * shows (docs/duplicates-after.png; DUPES_SHOT names another file, e.g. "before").
 */
test('a page of 20 clusters fits under 2,000 px at 1366×768', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demoUsers.admin, '/duplicates');
  // The demo seed has more than 20 clusters: a full first page and a next one.
  await expect(page.getByRole('button', { name: /^Next/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`duplicates page scrollHeight at 1366x768: ${height}px`);
  await page.screenshot({
    path: `docs/duplicates-${process.env.DUPES_SHOT ?? 'after'}.png`,
    fullPage: true,
  });
  if (process.env.DUPES_SHOT === 'before') return;
  expect(height).toBeLessThan(2000);
  // A cluster opened: its contacts side by side (docs/duplicates-expanded.png).
  await page.locator('tbody > tr').first().getByRole('button').first().click();
  await expect(page.getByRole('table').nth(1)).toBeVisible();
  await page.screenshot({ path: 'docs/duplicates-expanded.png' });
});
