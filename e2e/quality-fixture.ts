import { expect, type Page } from '@playwright/test';

/**
 * Talks to a sandbox's API as a back-office integration would: a client-credentials token (HTTP
 * Basic with the sandbox's default client), then JSON requests. Specs use it to arrange data and
 * to check what was really stored, independently of what the console shows.
 */
export interface SandboxApi {
  request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Like request, but fails the test unless the answer is 2xx. */
  ok<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function sandboxApi(baseUrl: string): Promise<SandboxApi> {
  const tokenResponse = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  expect(tokenResponse.status).toBe(200);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };

  const request = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api/v2${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  return {
    request,
    async ok<T>(method: string, path: string, body?: unknown) {
      const result = await request<T>(method, path, body);
      expect(result.status, `${method} ${path}: ${JSON.stringify(result.body)}`).toBeLessThan(300);
      return result.body;
    },
  };
}

/** Signs in with the keyboard only, through the console's and the sandbox's sign-in pages. */
export async function signInWithKeyboard(page: Page, userName: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Sign in with Genesys Cloud' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.keyboard.press('Enter');
  const userButton = page.getByRole('button', { name: `Sign in as ${userName}` });
  await expect(userButton).toBeVisible();
  await tabTo(page, userButton);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-user')).toHaveText(userName);
}

/**
 * Presses Tab until the element has focus, as a keyboard user would, and fails after `limit`
 * presses: an element Tab never reaches is a keyboard trap or a missing tab stop.
 */
export async function tabTo(
  page: Page,
  target: ReturnType<Page['locator']>,
  limit = 80,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses.`);
}
