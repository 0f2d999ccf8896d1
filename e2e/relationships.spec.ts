import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

/** Calls the sandbox API with the signed-in page's own token. */
async function api<T>(page: Page, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ base, path, body }) => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
        accessToken?: string;
      };
      const response = await fetch(`${base}/api/v2${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          Authorization: `Bearer ${session.accessToken ?? ''}`,
          'Content-Type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    },
    { base: sandboxUrl(), path, body },
  );
}

interface Listing {
  entities: { id: string }[];
  cursors?: { after?: string };
}

test.describe('relationships', () => {
  test('adds, edits and deletes a relationship with the user picker', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const orgs = await api<Listing>(page, '/externalcontacts/scan/organizations?limit=50');
    const organizationId = orgs.entities[11]!.id;
    await page.goto(`/organizations/${organizationId}/relationships`);
    await expect(page.getByRole('heading', { name: 'Relationships' })).toBeVisible();
    await expectAccessible(page);

    const picker = page.getByRole('combobox', { name: 'User' });
    await picker.fill('Riley');
    const option = page.getByRole('option', { name: /Riley Reader/ });
    await expect(option).toBeVisible();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect(picker).toHaveValue('Riley Reader');
    const role = `E2E Owner ${Date.now().toString(36)}`;
    await page.getByLabel('Relationship', { exact: true }).fill(role);
    await page.getByRole('button', { name: 'Add relationship' }).click();
    const row = page.getByRole('row').filter({ hasText: role });
    await expect(row).toBeVisible();
    await expect(row.getByRole('link', { name: 'Riley Reader' })).toBeVisible();
    await page.screenshot({ path: 'test-results/relationships-tab.png', fullPage: true });

    await row.getByRole('button', { name: 'Edit role of Riley Reader' }).click();
    await page.getByLabel('Role of Riley Reader').fill(`${role} v2`);
    await page.getByRole('button', { name: 'Save role' }).click();
    const edited = page.getByRole('row').filter({ hasText: `${role} v2` });
    await expect(edited).toBeVisible();

    await edited.getByRole('button', { name: 'Delete relationship of Riley Reader' }).click();
    await page
      .getByRole('dialog', { name: 'Delete relationship?' })
      .getByRole('button', { name: 'Delete relationship' })
      .click();
    await expect(page.getByRole('row').filter({ hasText: role })).toHaveCount(0);
  });

  test('refuses a relationship without a user or role before sending', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const orgs = await api<Listing>(page, '/externalcontacts/scan/organizations?limit=50');
    await page.goto(`/organizations/${orgs.entities[12]!.id}/relationships`);
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expect(page.getByText('Pick a user from the list.')).toBeVisible();
    await expect(page.getByText('Relationship is required.')).toBeVisible();
  });

  test('the all-relationships page scrolls past 1,000 items, and a user lists their organizations', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, demoUsers.admin);
    // The demo seed has about 450 relationships: add more through the bulk API.
    const users = await api<{ entities: { id: string }[] }>(page, '/users?pageSize=100');
    let cursor: string | undefined;
    const organizationIds: string[] = [];
    do {
      const listing = await api<Listing>(
        page,
        `/externalcontacts/scan/organizations?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      organizationIds.push(...listing.entities.map((entity) => entity.id));
      cursor = listing.entities.length > 0 ? listing.cursors?.after : undefined;
    } while (cursor);
    const bodies = organizationIds.flatMap((organizationId) =>
      users.entities.slice(0, 3).map((user) => ({
        user: { id: user.id },
        externalOrganization: { id: organizationId },
        relationship: 'Bulk E2E',
      })),
    );
    for (let start = 0; start < bodies.length; start += 200) {
      await api(page, '/externalcontacts/bulk/relationships/add', {
        entities: bodies.slice(start, start + 200),
      });
    }

    await page.goto('/relationships');
    await expect(page.getByRole('heading', { name: 'All relationships' })).toBeVisible();
    const list = page.getByRole('region', { name: 'All relationships' });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page);
    await expect(async () => {
      await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      const status = (await page.getByTestId('scan-status').textContent()) ?? '';
      expect(Number(status.replace(/[^0-9]/g, ''))).toBeGreaterThan(1000);
    }).toPass({ timeout: 60_000, intervals: [200] });
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const shown = await list
      .locator('[data-index]')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
    expect(Math.max(...shown)).toBeGreaterThanOrEqual(1000);
    expect(shown.length).toBeLessThan(100);

    await list.getByRole('link', { name: 'Alex Admin' }).last().click();
    await expect(page.getByRole('heading', { name: 'Alex Admin' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page);
  });

  test('the read-only user cannot change relationships', async ({ page }) => {
    await signIn(page, demoUsers.reader);
    const orgs = await api<Listing>(page, '/externalcontacts/scan/organizations?limit=50');
    await page.goto(`/organizations/${orgs.entities[13]!.id}/relationships`);
    await expect(page.getByText('changing them needs edit permission')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'User' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  });
});
