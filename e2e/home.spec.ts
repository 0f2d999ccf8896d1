import type { Locator, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The figure a definition list shows under a term, e.g. "Clusters found" → "12". */
function figure(list: Locator, term: string): Locator {
  return list.locator('div', { has: list.page().getByText(term, { exact: true }) }).locator('dd');
}

const toNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Alex' })).toBeVisible();
}

test.describe('the start page', () => {
  test('finds contacts and organizations, and lists the records opened lately', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const word = `Homer${unique()}`;
    const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
      firstName: 'Ida',
      lastName: word,
    });
    await api.ok('POST', '/externalcontacts/organizations', { name: `${word} Holdings` });

    await signIn(page, demoUsers.admin, `/contacts/${contact.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Ida ${word}` })).toBeVisible();
    await openHome(page);
    const recent = page.getByRole('region', { name: 'Opened recently' });
    await recent.getByRole('link', { name: `Ida ${word}` }).click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));

    await openHome(page);
    const search = page.getByRole('searchbox', { name: 'Search contacts and organizations' });
    await search.fill(word);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
    const contacts = page.getByRole('region', { name: 'Contacts' });
    const organizations = page.getByRole('region', { name: 'Organizations' });
    await expect(contacts.getByRole('link', { name: `Ida ${word}` })).toBeVisible();
    await expect(organizations.getByRole('link', { name: `${word} Holdings` })).toBeVisible();
    await page.screenshot({ path: 'test-results/home-search.png', fullPage: true });
    await search.fill(`${word}zz`);
    await expect(contacts.getByText('No contact matches.')).toBeVisible();
    await expect(organizations.getByText('No organization matches.')).toBeVisible();
    await expectAccessible(page);
  });

  test('shows the latest duplicate scan and the schema headroom as the API reports them', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    await signIn(page, demoUsers.admin);

    // The scan is taken afresh when asked for: read the page, then the API, until both agree.
    await expect(async () => {
      await openHome(page);
      const shown = page.getByRole('region', { name: 'Duplicates' });
      await expect(figure(shown, 'Clusters found')).toBeVisible();
      const onPage = toNumber(await figure(shown, 'Clusters found').innerText());
      const scan = await api.ok<{ statistics?: { aggregated?: { totalClusters?: number } } }>(
        'GET',
        '/externalcontacts/graphs/clusterscans/latest?expand=statistics.aggregated',
      );
      expect(onPage).toBe(scan.statistics?.aggregated?.totalClusters ?? 0);
    }).toPass({ timeout: 60_000 });
    await expect(
      page.getByRole('region', { name: 'Duplicates' }).getByRole('link', {
        name: 'Review duplicates',
      }),
    ).toHaveAttribute('href', '/duplicates');

    const [contactSchemas, organizationSchemas, limits] = await Promise.all([
      api.ok<{ entities?: { name?: string }[] }>('GET', '/externalcontacts/contacts/schemas'),
      api.ok<{ entities?: { name?: string }[] }>('GET', '/externalcontacts/organizations/schemas'),
      api.ok<{ maxNumberOfSchemasPerOrg: number; maxNumberOfFieldsPerSchema: number }>(
        'GET',
        '/externalcontacts/contacts/schemas/limits',
      ),
    ]);
    const used =
      (contactSchemas.entities ?? []).length + (organizationSchemas.entities ?? []).length;
    const headroom = page.getByRole('region', { name: 'Custom-field headroom' });
    await expect(figure(headroom, 'Schemas left')).toHaveText(
      String(limits.maxNumberOfSchemasPerOrg - used),
    );
    await expect(figure(headroom, 'Fields per schema')).toHaveText(
      `up to ${limits.maxNumberOfFieldsPerSchema}`,
    );

    // Jobs: the newest export job the API lists is the one the page shows first.
    const exports = await api.ok<{ entities?: { id: string; status?: string }[] }>(
      'GET',
      '/externalcontacts/contacts/exports',
    );
    const jobs = page.getByRole('region', { name: 'Jobs' });
    await expect(jobs.getByRole('heading', { name: /^Imports/ })).toBeVisible();
    await expect(jobs.getByRole('heading', { name: /^Exports/ })).toBeVisible();
    if ((exports.entities ?? []).length === 0) {
      await expect(jobs.getByText('No export jobs.')).toBeVisible();
    } else {
      await expect(
        jobs.getByRole('list', { name: /^Exports/ }).getByRole('listitem'),
      ).not.toHaveCount(0);
    }

    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/home-admin.png', fullPage: true });
  });

  test('shows a reader only what their roles allow', async ({ page }) => {
    await signIn(page, demoUsers.reader);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Riley' })).toBeVisible();
    await expect(
      page.getByRole('searchbox', { name: 'Search contacts and organizations' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opened recently' })).toBeVisible();
    // No import or export permission: no jobs panel.
    await expect(page.getByRole('region', { name: 'Jobs' })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('your access', () => {
  test('the user’s name leads to what their roles allow', async ({ page }) => {
    await signIn(page, demoUsers.reader);
    await page.getByRole('link', { name: /Riley Reader/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your access' })).toBeVisible();
    await expect(page).toHaveURL(/\/access$/);
    const row = (action: string) =>
      page.getByRole('row', { name: new RegExp(`^Contacts ${action}`) });
    await expect(row('View and search')).toContainText('Yes');
    await expect(row('Create')).toContainText('No');
    await expectAccessible(page);
  });
});
