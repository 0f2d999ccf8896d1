import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

test.describe('signing in through the OAuth implicit grant', () => {
  test('signs in on the sandbox page and lands in the console', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?returnTo=%2F/);
    await expectAccessible(page);
    await expect(page.getByLabel('Region')).toHaveValue('sandbox');
    await expect(page.getByLabel('OAuth client id')).toHaveValue('sandbox-console');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` })).toBeVisible();
    await page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` }).click();

    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
    // The token never stays in the address bar.
    expect(page.url()).not.toContain('access_token');
    expect(new URL(page.url()).hash).toBe('');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/home-admin.png', fullPage: true });
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

  test('shows what each demo role may do', async ({ page }) => {
    await signIn(page, demoUsers.reader);
    const row = (action: string) =>
      page.getByRole('row', { name: new RegExp(`^Contacts ${action}`) });
    await expect(row('View and search')).toContainText('Yes');
    await expect(row('Create')).toContainText('No');
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
  test('an expired token sends the user to sign-in and back to the same page', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
        expiresAt: number;
      };
      sessionStorage.setItem(
        'ecc.session',
        JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }),
      );
    });
    await page.goto('/?from=expired');
    await expect(page).toHaveURL(/\/login\?/);
    await expect(page.getByText('Your session ended.')).toBeVisible();
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The sandbox still has its login session, so it answers at once, as a real org's SSO would.
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    await expect(page).toHaveURL(/\/\?from=expired$/);
  });

  test('a token the API refuses (401) sends the user to sign-in', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as object;
      sessionStorage.setItem(
        'ecc.session',
        JSON.stringify({ ...session, accessToken: 'revoked-token' }),
      );
    });
    await page.goto('/?from=revoked');
    await expect(page).toHaveURL(/\/login\?.*returnTo=%2F%3Ffrom%3Drevoked/);
    await expect(page.getByText('Your session ended.')).toBeVisible();
    const stored = await page.evaluate(() => sessionStorage.getItem('ecc.session'));
    expect(stored).toBeNull();
  });
});
