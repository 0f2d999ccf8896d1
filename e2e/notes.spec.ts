import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

/** Calls the sandbox API with the signed-in page's own token, to find seeded records. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(
    async ({ base, path }) => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
        accessToken?: string;
      };
      const response = await fetch(`${base}/api/v2${path}`, {
        headers: { Authorization: `Bearer ${session.accessToken ?? ''}` },
      });
      return (await response.json()) as T;
    },
    { base: sandboxUrl(), path },
  );
}

interface Listing {
  entities: { id: string; mergeSet?: { id: string }[] }[];
  cursors?: { after?: string };
}

/** A seeded contact picked by position, so parallel tests work on different records. */
async function contactAt(page: Page, index: number): Promise<string> {
  const listing = await apiGet<Listing>(page, '/externalcontacts/scan/contacts?limit=50');
  return listing.entities[index]!.id;
}

async function organizationAt(page: Page, index: number): Promise<string> {
  const listing = await apiGet<Listing>(page, '/externalcontacts/scan/organizations?limit=50');
  return listing.entities[index]!.id;
}

/** Scrolls a virtual scan list to its end until more than `count` rows are loaded and shown. */
async function scrollPast(page: Page, list: ReturnType<Page['getByRole']>, count: number) {
  await expect(async () => {
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const status = (await page.getByTestId('scan-status').textContent()) ?? '';
    expect(Number(status.replace(/[^0-9]/g, ''))).toBeGreaterThan(count);
  }).toPass({ timeout: 60_000, intervals: [200] });
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const shown = await list
    .locator('[data-index]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
  expect(Math.max(...shown)).toBeGreaterThanOrEqual(count);
}

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

test.describe('notes', () => {
  test('adds, edits and deletes a note on a contact', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const contactId = await contactAt(page, 3);
    await page.goto(`/contacts/${contactId}/notes`);
    const editor = page.getByLabel('New note');
    await expect(editor).toBeVisible();
    await expectAccessible(page);

    const text = unique('Called about renewal');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/notes'))
        posts.push(request.url());
    });
    await editor.fill(`${text}\nsecond line https://example.com/x`);
    await expect(page.getByText(/characters$/).first()).toContainText('of 32,000 characters');
    await page.getByRole('button', { name: 'Add note' }).dblclick();
    const note = page.getByRole('listitem').filter({ hasText: text });
    await expect(note).toBeVisible();
    expect(posts).toHaveLength(1);
    await expect(editor).toHaveValue('');
    await expect(note.getByRole('link', { name: 'https://example.com/x' })).toHaveAttribute(
      'href',
      'https://example.com/x',
    );
    await expect(note.getByText('Alex Admin')).toBeVisible();
    await page.screenshot({ path: 'test-results/notes-tab.png', fullPage: true });

    await note.getByRole('button', { name: 'Edit note' }).click();
    await page.getByLabel('Edit note').fill(`${text} (edited)`);
    await page.getByRole('button', { name: 'Save note' }).click();
    const edited = page.getByRole('listitem').filter({ hasText: `${text} (edited)` });
    await expect(edited).toBeVisible();
    await expect(edited).toContainText('edited');

    await edited.getByRole('button', { name: 'Delete note' }).click();
    await page
      .getByRole('dialog', { name: 'Delete note?' })
      .getByRole('button', { name: 'Delete note' })
      .click();
    await expect(page.getByRole('listitem').filter({ hasText: text })).toHaveCount(0);
  });

  test('refuses an empty note and counts characters', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const contactId = await contactAt(page, 4);
    await page.goto(`/contacts/${contactId}/notes`);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/notes'))
        posts.push(request.url());
    });
    await page.getByLabel('New note').fill('   ');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByText('Write something before saving.')).toBeVisible();
    await page.getByLabel('New note').fill('abc');
    await expect(page.getByText('3 of 32,000 characters')).toBeVisible();
    expect(posts).toHaveLength(0);
  });

  test('keeps the draft through a failed save and a reload', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const contactId = await contactAt(page, 5);
    await page.goto(`/contacts/${contactId}/notes`);
    let failed = false;
    await page.route('**/notes', async (route) => {
      if (route.request().method() === 'POST' && !failed) {
        failed = true;
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            status: 503,
            code: 'service.unavailable',
            message: 'Down for a moment.',
          }),
        });
        return;
      }
      await route.fallback();
    });
    const text = unique('Draft that must survive');
    await page.getByLabel('New note').fill(text);
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Down for a moment.' })).toBeVisible();
    await expect(page.getByLabel('New note')).toHaveValue(text);

    await page.reload();
    await expect(page.getByLabel('New note')).toHaveValue(text);
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
    await expect(page.getByLabel('New note')).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('New note')).toHaveValue('');
  });

  test('shows markup literally and runs nothing', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const contactId = await contactAt(page, 6);
    await page.goto(`/contacts/${contactId}/notes`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3)';
    await page.getByLabel('New note').fill(hostile);
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('listitem').filter({ hasText: '<img src=x onerror=alert(1)>' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('<script>alert(2)</script>');
    await expect(note.locator('img, script')).toHaveCount(0);
    await expect(note.getByRole('link')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('adds, edits and deletes a note on an organization', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const organizationId = await organizationAt(page, 2);
    await page.goto(`/organizations/${organizationId}/notes`);
    await expect(page.getByLabel('New note')).toBeVisible();
    await expectAccessible(page);
    const text = unique('Quarterly review');
    await page.getByLabel('New note').fill(text);
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('listitem').filter({ hasText: text });
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Edit note' }).click();
    await page.getByLabel('Edit note').fill(`${text} v2`);
    await page.getByRole('button', { name: 'Save note' }).click();
    const edited = page.getByRole('listitem').filter({ hasText: `${text} v2` });
    await expect(edited).toBeVisible();
    await edited.getByRole('button', { name: 'Delete note' }).click();
    await page
      .getByRole('dialog', { name: 'Delete note?' })
      .getByRole('button', { name: 'Delete note' })
      .click();
    await expect(page.getByRole('listitem').filter({ hasText: text })).toHaveCount(0);
  });

  test('includes the notes of merged records on a merged contact', async ({ page }) => {
    // Pages through the scan for a merged contact first.
    test.slow();
    await signIn(page, demoUsers.admin);
    let cursor: string | undefined;
    let merged: string | undefined;
    for (let pageIndex = 0; pageIndex < 20 && !merged; pageIndex++) {
      const listing = await apiGet<Listing>(
        page,
        `/externalcontacts/scan/contacts?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      // A merged contact whose merge set holds notes: other specs merge contacts without notes
      // into the same sandbox, so a merge set alone is not enough.
      for (const contact of listing.entities) {
        if ((contact.mergeSet?.length ?? 0) < 2 || merged) continue;
        const notes = await apiGet<{ entities?: { entityId?: string }[] }>(
          page,
          `/externalcontacts/contacts/${contact.id}/notes?expand=mergeset&pageSize=100`,
        );
        if (notes.entities?.some((note) => note.entityId && note.entityId !== contact.id))
          merged = contact.id;
      }
      cursor = listing.cursors?.after;
      if (!cursor) break;
    }
    expect(merged).toBeDefined();
    await page.goto(`/contacts/${merged}/notes`);
    const toggle = page.getByRole('switch', { name: 'Include notes of merged records' });
    await expect(toggle).toBeVisible();
    await expect(page.getByText(/From merged record/)).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(page).toHaveURL(/mergeset=true/);
    await expect(page.getByText(/From merged record/).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('the read-only user cannot change notes', async ({ page }) => {
    await signIn(page, demoUsers.reader);
    const contactId = await contactAt(page, 7);
    await page.goto(`/contacts/${contactId}/notes`);
    await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
    await expect(page.getByText('changing them needs edit permission')).toBeVisible();
    await expect(page.getByLabel('New note')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit note' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete note' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the all-notes page scrolls past 1,000 notes', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, demoUsers.admin, '/notes');
    await expect(page.getByRole('heading', { name: 'All notes' })).toBeVisible();
    const list = page.getByRole('region', { name: 'All notes' });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page);
    await scrollPast(page, list, 1000);
    // Only the rows in view are in the DOM, however many are loaded.
    expect(await list.getByRole('listitem').count()).toBeLessThan(100);
    const first = list.getByRole('link').first();
    await expect(first).toHaveAttribute('href', /\/(contacts|organizations)\/[^/]+\/notes$/);
    // The record is named, not shown by its id (the names come in one bulk read per page).
    await expect(first).not.toHaveText(/^[0-9a-f]{8}$/);
  });
});
