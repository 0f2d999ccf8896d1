import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { consoleUrl, demoUsers, expect, signIn, test } from './fixtures';

/**
 * Holds every contacts-list answer back, as a slow link would: at least `minimumMs`, and until the
 * returned `release` is called, so the test looks at the bar while it is surely there.
 */
async function slowContactList(page: Page, minimumMs = 2000): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === '/api/v2/externalcontacts/contacts',
    async (route) => {
      await Promise.all([released, new Promise((resolve) => setTimeout(resolve, minimumMs))]);
      await route.fallback();
    },
  );
  return release;
}

test.describe('progress of a slow navigation', () => {
  test('a slim progress bar shows while the contacts list loads, then goes away', async ({
    page,
  }) => {
    // Sign-in, a held response and axe: on a busy 2-core machine axe alone can take a minute.
    test.setTimeout(180_000);
    await signIn(page, demoUsers.admin, '/');
    // Sign-in lands on the contacts list; start afresh on Home so the list is a load away.
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
    const progress = page.getByRole('progressbar', { name: 'Loading page' });
    await expect(progress).toHaveCount(0);

    const release = await slowContactList(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contacts' })
      .click();
    await expect(progress).toBeVisible();
    // The old page is still there, but the user can see that the next one is on its way.
    await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
    await page.screenshot({ path: '/tmp/shell-progress.png' });
    // The bar itself passes axe (the whole page's check is other specs' job, and slow here).
    const axe = await new AxeBuilder({ page })
      .include('[role="progressbar"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    release();
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(progress).toHaveCount(0);
  });

  test('with reduced motion the bar stands still', async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({
      baseURL: consoleUrl(),
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await signIn(page, demoUsers.admin, '/');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
    const release = await slowContactList(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contacts' })
      .click();
    const progress = page.getByRole('progressbar', { name: 'Loading page' });
    await expect(progress).toBeVisible();
    const animation = await progress
      .locator('.route-progress-bar')
      .evaluate((bar) => getComputedStyle(bar).animationName);
    expect(animation).toBe('none');
    release();
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(progress).toHaveCount(0);
    await context.close();
  });
});
