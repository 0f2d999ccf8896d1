import type { Page } from '@playwright/test';
import { demoUsers, expect, sandboxUrl, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

// config.json is changed per test below; the service worker would answer it from its cache.
test.use({ serviceWorkers: 'block' });

/** This deployment signs in with the authorization code grant and PKCE (config.json `grant`). */
async function usePkceDeployment(page: Page): Promise<void> {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, grant: 'pkce' } });
  });
}

async function createContact(lastName: string): Promise<string> {
  const api = await sandboxApi(sandboxUrl());
  const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    firstName: 'Pia',
    lastName,
  });
  return contact.id;
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe('signing in with the authorization code grant and PKCE', () => {
  test('signs in to a deep link; no code or token stays in the address bar or the console', async ({
    page,
  }) => {
    await usePkceDeployment(page);
    const lastName = `Pkce${unique()}`;
    const id = await createContact(lastName);
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) documents.push(request.url());
    });

    await page.goto(`/contacts/${id}`);
    await expect(page.getByLabel('OAuth client id')).toHaveAccessibleDescription(/PKCE/);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const chooseAdmin = page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` });
    await expect(chooseAdmin).toBeVisible();
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const exchange = page.waitForRequest(
      (request) => request.url().endsWith('/oauth/token') && request.method() === 'POST',
    );
    await chooseAdmin.click();
    const form = new URLSearchParams((await exchange).postData() ?? '');
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(form.get('client_id')).toBe('sandbox-console');
    expect(form.get('redirect_uri')).toMatch(/\/auth\/callback$/);

    await expect(page.getByRole('heading', { level: 1, name: `Pia ${lastName}` })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`/contacts/${id}`);
    const code = form.get('code') ?? '';
    expect(code).not.toBe('');
    // The code came back on the callback's query string, which was wiped at once.
    expect(documents.some((url) => url.includes(`code=${code}`))).toBe(true);
    expect(page.url()).not.toContain('code=');
    const history = await page.evaluate(() => window.location.href + document.referrer);
    expect(history).not.toContain(code);
    expect(logged.join('\n')).not.toContain(code);
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(form.get('code_verifier') ?? 'none');

    // The code was good once: the login host refuses it now, and revokes what it gave.
    const replay = await fetch(`${sandboxUrl()}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
  });

  test('a replayed callback with a code is refused in the browser', async ({ page }) => {
    await usePkceDeployment(page);
    await page.goto('/auth/callback?code=stolen-code&state=guessed');
    await expect(page.getByRole('heading', { name: 'Sign-in refused' })).toBeVisible();
    expect(page.url()).not.toContain('stolen-code');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a wrong code verifier is refused, and the sign-in page says why', async ({ page }) => {
    await usePkceDeployment(page);
    // Whatever sends the exchange, the verifier it carries is not the one the challenge was for.
    await page.route('**/oauth/token', async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      form.set('code_verifier', 'w'.repeat(43));
      await route.continue({ postData: form.toString() });
    });
    await page.goto('/organizations');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` }).click();
    await expect(page.getByRole('heading', { name: 'Sign-in failed' })).toBeVisible();
    await expect(page.getByText(/invalid_grant.*code_verifier does not match/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const stored = await page.evaluate(() => sessionStorage.getItem('ecc.session'));
    expect(stored).toBeNull();
  });
});
