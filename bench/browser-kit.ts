// What the browser benches share: Debian's Chromium with the e2e suite's flags, and a console
// tab signed in through the sandbox's own sign-in page.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(playwrightConfig.use?.launchOptions ?? {}),
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  });
}

/**
 * tsx compiles the benches with esbuild's keepNames, which wraps the inner functions of page
 * predicates in a `__name` helper the page does not have: give it one that does nothing.
 */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript('globalThis.__name = (target) => target;');
  return context;
}

/** Signs in as the demo admin; returns the session the console keeps in sessionStorage. */
export async function signIn(page: Page, consoleUrl: string): Promise<string> {
  await page.goto(`${consoleUrl}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign in as Alex Admin' }).click();
  await page.getByTestId('signed-in-user').waitFor();
  const session = await page.evaluate(() => sessionStorage.getItem('ecc.session'));
  if (!session) throw new Error('Sign-in left no session.');
  return session;
}

/** A new context whose tab already holds the session: an empty HTTP cache, signed in. */
export async function signedInContext(
  browser: Browser,
  session: string,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await newContext(browser, options);
  await context.addInitScript((value) => sessionStorage.setItem('ecc.session', value), session);
  return { context, page: await context.newPage() };
}
