import type { Page } from '@playwright/test';
import { demoUsers, expect, signIn, test } from './fixtures';

interface ApiRead {
  path: string;
  /** The script that sent it: the early script (assets/early-*.js) or the app's own code. */
  sentBy: string;
}

/** The API reads the page sends from now on, with the script each came from (CDP initiator). */
async function apiReads(page: Page): Promise<ApiRead[]> {
  const reads: ApiRead[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || !url.pathname.startsWith('/api/v2/')) return;
    const frames = initiator.stack?.callFrames ?? [];
    const script = frames.map((frame) => frame.url).find((frameUrl) => frameUrl !== '') ?? '';
    reads.push({ path: url.pathname, sentBy: new URL(script || 'about:blank').pathname });
  });
  return reads;
}

const sentBy = (reads: ApiRead[], path: string) =>
  reads.filter((read) => read.path === path).map((read) => read.sentBy);

test.describe('the contacts list’s first reads', () => {
  test('leave from the early script, and the app takes them instead of asking again', async ({
    page,
  }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    const reads = await apiReads(page);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(page.getByTestId('signed-in-user')).toHaveText(demoUsers.admin);
    await page.waitForLoadState('networkidle');
    // The app took both answers instead of asking again.
    expect(sentBy(reads, '/api/v2/users/me')).toEqual([expect.stringMatching(/\/early-/)]);
    expect(sentBy(reads, '/api/v2/externalcontacts/contacts')).toEqual([
      expect.stringMatching(/\/early-/),
    ]);
  });

  test('a link with its own paging leaves early too; a text search is the app’s own', async ({
    page,
  }) => {
    await signIn(page, demoUsers.admin, '/contacts');
    const reads = await apiReads(page);
    await page.goto('/contacts?pageNumber=2&pageSize=10');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await expect(page.getByText(/Page 2 of/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(sentBy(reads, '/api/v2/externalcontacts/contacts')).toEqual([
      expect.stringMatching(/\/early-/),
    ]);

    // A text search may be a phone number the app turns into E.164 first: it reads it itself.
    reads.length = 0;
    await page.goto('/contacts?q=a');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const list = sentBy(reads, '/api/v2/externalcontacts/contacts');
    expect(list).toHaveLength(1);
    expect(list[0]).not.toMatch(/\/early-/);
    expect(sentBy(reads, '/api/v2/users/me')).toHaveLength(1);
  });

  test('a tab without a session sends no early read and signs in as before', async ({ page }) => {
    const reads = await apiReads(page);
    await page.goto('/contacts');
    await expect(page.getByRole('heading', { name: 'Sign in with Genesys Cloud' })).toBeVisible();
    expect(reads).toEqual([]);
  });
});
