import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function createContact(lastName: string): Promise<string> {
  const api = await sandboxApi(sandboxUrl());
  const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    firstName: 'Dee',
    lastName,
  });
  return contact.id;
}

/** Every document the page asked for (redirects included), to see the trip to the login host. */
function navigations(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      urls.push(request.url());
  });
  return urls;
}

async function expireToken(page: Page): Promise<void> {
  await page.evaluate(() => {
    const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
      expiresAt: number;
    };
    sessionStorage.setItem(
      'ecc.session',
      JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }),
    );
  });
}

test.describe('signing in through the OAuth implicit grant', () => {
  test('signs in on the sandbox page and lands on the contacts list', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?returnTo=%2F/);
    await expectAccessible(page);
    await expect(page.getByLabel('Region')).toHaveValue('sandbox');
    await expect(page.getByLabel('OAuth client id')).toHaveValue('sandbox-console');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` })).toBeVisible();
    await page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` }).click();

    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    // No page was asked for: the work starts on the contacts list, not on a welcome page.
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/contacts');
    // The token never stays in the address bar.
    expect(page.url()).not.toContain('access_token');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a reload keeps the session', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.reload();
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
  });

  test('a return visit paints from the cached app shell, API calls bypass it', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const apiFromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/v2/') && response.fromServiceWorker())
        apiFromWorker.push(response.url());
    });
    const shell = await page.goto('/contacts');
    expect(shell?.fromServiceWorker()).toBe(true);
    // The cached copy keeps its headers, the Content-Security-Policy among them.
    expect(shell?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    expect(apiFromWorker).toEqual([]);
  });

  test('a tampered state is refused', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const userButton = page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` });
    await expect(userButton).toBeVisible();
    await page.locator('input[name="state"]').evaluate((input: HTMLInputElement) => {
      input.value = 'forged-state';
    });
    await userButton.click();

    await expect(page.getByRole('heading', { name: 'Sign-in refused' })).toBeVisible();
    await expect(page.getByText(/the OAuth state differs/)).toBeVisible();
    expect(page.url()).not.toContain('access_token');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a replayed callback fragment is refused', async ({ page }) => {
    await page.goto('/auth/callback#access_token=stolen&expires_in=3600&token_type=bearer&state=x');
    await expect(page.getByRole('heading', { name: 'Sign-in refused' })).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('sign-out ends the session on the login host too', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    // The sandbox session is gone: signing in asks who you are again.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` })).toBeVisible();
  });
});

test.describe('an ended session', () => {
  test('an expired token goes back through the login host to the same page, no click', async ({
    page,
  }) => {
    await signIn(page, demoUsers.admin);
    await expireToken(page);
    const visited = navigations(page);
    await page.goto('/organizations?q=expired');
    // The sandbox still has its login session, so it answers at once, as a real org's SSO would.
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    await expect(page).toHaveURL(/\/organizations\?q=expired(&|$)/);
    expect(visited.some((url) => url.includes('/oauth/authorize'))).toBe(true);
  });

  test('a token the API refuses (401) is replaced through the login host', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as object;
      sessionStorage.setItem(
        'ecc.session',
        JSON.stringify({ ...session, accessToken: 'revoked-token' }),
      );
    });
    await page.goto('/organizations?q=revoked');
    await expect(page).toHaveURL(/\/organizations\?q=revoked(&|$)/);
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    const stored = await page.evaluate(() => sessionStorage.getItem('ecc.session') ?? '');
    expect(stored).not.toContain('revoked-token');
  });

  test('a token that runs out while editing comes back to the form with the input kept', async ({
    page,
  }) => {
    test.slow();
    const lastName = `Draft${unique()}`;
    const id = await createContact(lastName);
    await signIn(page, demoUsers.admin, `/contacts/${id}/edit`);
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    await page.getByLabel('Title', { exact: true }).fill('Kept across sign-in');
    // The token runs out as the user saves: the API answers as Genesys does for an expired token.
    let refused = false;
    await page.route(`**/api/v2/externalcontacts/contacts/${id}`, (route) => {
      if (route.request().method() !== 'PUT' || refused) return route.fallback();
      refused = true;
      return route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({
          message: 'Authentication failed: the access token has expired.',
          code: 'credentials.expired',
          status: 401,
        }),
      });
    });
    const visited = navigations(page);
    await page.getByRole('button', { name: 'Save changes' }).click();

    // Through the login host (which still knows the user) and back to the same form.
    await expect.poll(() => visited.some((url) => url.includes('/oauth/authorize'))).toBe(true);
    await expect(page).toHaveURL(new RegExp(`/contacts/${id}/edit$`));
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kept across sign-in');
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    // The draft was for this one return: it is gone from the tab.
    expect(await page.evaluate(() => sessionStorage.getItem('ecc.signInDraft'))).toBeNull();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('region', { name: 'Name and title' })).toContainText(
      'Kept across sign-in',
    );
  });
});

test.describe('opening a link in a new tab', () => {
  test('with a live login session, the record shows with no click', async ({ page }) => {
    const lastName = `Tab${unique()}`;
    const id = await createContact(lastName);
    await signIn(page, demoUsers.admin);
    const tab = await page.context().newPage();
    const visited = navigations(tab);
    await tab.goto(`/contacts/${id}`);
    await expect(tab.getByRole('heading', { level: 1, name: `Dee ${lastName}` })).toBeVisible();
    await expect(tab.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    expect(new URL(tab.url()).pathname).toBe(`/contacts/${id}`);
    // It went to the login host, which answered at once, and came back with no click.
    expect(visited.some((url) => url.includes('/oauth/authorize'))).toBe(true);
    expect(visited.some((url) => new URL(url).pathname === '/auth/callback')).toBe(true);
    await expect(tab.getByRole('heading', { name: 'Sign in with Genesys Cloud' })).toHaveCount(0);
  });

  test('with no login session, the login host asks, then the record shows', async ({ page }) => {
    const lastName = `Ask${unique()}`;
    const id = await createContact(lastName);
    await signIn(page, demoUsers.admin);
    // Signing out ends the login host's session; the device still remembers the region.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();

    const tab = await page.context().newPage();
    await tab.goto(`/contacts/${id}`);
    const chooseAdmin = tab.getByRole('button', { name: `Sign in as ${demoUsers.admin}` });
    await expect(chooseAdmin).toBeVisible();
    expect(new URL(tab.url()).pathname).toBe('/oauth/authorize');
    await chooseAdmin.click();
    await expect(tab.getByRole('heading', { level: 1, name: `Dee ${lastName}` })).toBeVisible();
  });

  test('coming back from the login host without signing in shows the sign-in page', async ({
    page,
  }) => {
    await signIn(page, demoUsers.admin);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    const tab = await page.context().newPage();
    await tab.goto('/organizations');
    await expect(tab.getByRole('button', { name: `Sign in as ${demoUsers.admin}` })).toBeVisible();
    await tab.goBack();
    await expect(tab.getByText('The sign-in at the login service was not finished.')).toBeVisible();
    await expect(tab.getByLabel('Region')).toHaveValue('sandbox');
  });
});
