import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const consoleUrl = (): string => {
  const url = process.env.E2E_CONSOLE_URL;
  if (!url)
    throw new Error('E2E_CONSOLE_URL is not set: run the suite through `npm run test:e2e`.');
  return url;
};

export const sandboxUrl = (): string => process.env.E2E_SANDBOX_URL ?? '';

export const test = base.extend({
  // Playwright needs the object pattern to see which fixtures this one uses: none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(consoleUrl()),
});

export { expect };

export const demoUsers = {
  admin: 'Alex Admin',
  reader: 'Riley Reader',
  curator: 'Casey Curator',
} as const;

/** Signs in through the sandbox's own sign-in page, as a person would. */
export async function signIn(page: Page, userName: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Sign in with Genesys Cloud' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: `Sign in as ${userName}` }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(userName);
}

/** No serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    blocking.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}
