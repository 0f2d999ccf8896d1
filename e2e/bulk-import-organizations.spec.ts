import type { Request } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

interface Organization {
  id: string;
  name: string;
  industry?: string;
  websites?: string[];
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/**
 * Organizations through the Import page: chosen at the top (and so in the URL), matched by
 * name without case, every row's fate shown before anything is sent, then created and updated
 * in bulk. What is checked is what a steward sees and what the API then holds.
 */
test.describe('import organizations', () => {
  test('updates the one matched by name, creates the new one, refuses the bad row, and sends nothing the second time', async ({
    page,
  }) => {
    // Two imports with lookups and two axe passes.
    test.slow();
    const tag = `Org${Date.now().toString(36)}`;
    const api = await sandboxApi(sandboxUrl());
    const existing = await api.ok<Organization>('POST', '/externalcontacts/organizations', {
      name: `Acme ${tag}`,
      industry: 'Banking',
    });

    await signIn(page, demoUsers.admin, '/import');
    await page.getByRole('radio', { name: 'Organizations' }).check();
    await expect(page).toHaveURL(/[?&]entity=organizations/);
    await expect(
      page.getByRole('heading', { name: 'Import organizations', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText(/up to 1,000 rows a file/)).toBeVisible();

    const sent: string[] = [];
    page.on('request', (request: Request) => {
      if (request.method() === 'POST' && request.url().includes('/bulk/organizations/')) {
        sent.push(new URL(request.url()).pathname);
      }
    });

    const file = [
      'Name,Industry,Websites,External system URL',
      `ACME ${tag.toUpperCase()},Retail,,`,
      `Nova ${tag},Energy,https://nova.example; https://nova.test,`,
      `Broken ${tag},Mining,,nova.example/about`,
    ].join('\n');
    const upload = page.getByLabel('CSV file with a header row');
    await upload.setInputFiles(csvFile('organizations.csv', file));
    await expect(page.getByLabel('Division for the new organizations')).toBeVisible();
    await page.getByLabel(/^Update it: overwrite/).check();
    await expect(page.getByText('1 new, 1 to update, 1 with problems (skipped).')).toBeVisible({
      timeout: 30_000,
    });
    const preview = page.getByRole('table', { name: /^Preview/ });
    await expect(preview.getByRole('row', { name: /^2 ACME/ })).toContainText(
      `Updates Acme ${tag}: Industry`,
    );
    await expect(
      preview.getByRole('row', { name: /^2 ACME/ }).getByRole('link', { name: `Acme ${tag}` }),
    ).toBeVisible();
    await expect(preview.getByRole('row', { name: /^3 Nova/ })).toContainText('New');
    await expect(preview.getByRole('row', { name: /^4 Broken/ })).toContainText(/Problem: .*http/);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-import-organizations.png', fullPage: true });

    await page.getByRole('button', { name: 'Import: create 1 organization, update 1' }).click();
    await expect(page.getByText('1 created, 1 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      page.getByRole('table', { name: 'Results' }).getByRole('link', { name: `Nova ${tag}` }),
    ).toBeVisible();

    // As the preview said: Acme changed (its name kept), Nova exists, Broken does not.
    const listing = await api.ok<{ entities?: Organization[] }>(
      'GET',
      `/externalcontacts/organizations?q=${encodeURIComponent(tag)}&pageSize=100`,
    );
    const byName = new Map((listing.entities ?? []).map((org) => [org.name, org]));
    expect([...byName.keys()].sort()).toEqual([`Acme ${tag}`, `Nova ${tag}`]);
    expect(byName.get(`Acme ${tag}`)).toMatchObject({ id: existing.id, industry: 'Retail' });
    expect(byName.get(`Nova ${tag}`)).toMatchObject({
      industry: 'Energy',
      websites: ['https://nova.example', 'https://nova.test'],
    });
    expect(sent.sort()).toEqual([
      '/api/v2/externalcontacts/bulk/organizations/add',
      '/api/v2/externalcontacts/bulk/organizations/update',
    ]);

    // The same file again: both stored as the file says, so nothing is sent.
    sent.length = 0;
    await upload.setInputFiles(csvFile('organizations-again.csv', file));
    await expect(
      page.getByText('0 new, 0 to update, 2 already up to date, 1 with problems (skipped).'),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText('Nothing to import: no row is new or changes a stored organization.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import:/ })).toHaveCount(0);
    await expectAccessible(page);
    expect(sent).toEqual([]);
  });
});

test('refuses an organizations file over 1,000 rows, saying why', async ({ page }) => {
  await signIn(page, demoUsers.admin, '/import?entity=organizations');
  const rows = Array.from({ length: 1001 }, (_, index) => `Big ${index}`);
  await page
    .getByLabel('CSV file with a header row')
    .setInputFiles(csvFile('big.csv', ['Name', ...rows].join('\n')));
  await expect(page.getByRole('alert').filter({ hasText: 'big.csv' }).first()).toContainText(
    '“big.csv” has 1,001 rows: organizations are imported from this page, up to 1,000 rows a file (Genesys’ import jobs take contacts only).',
  );
  await expect(page.getByRole('heading', { name: /^2\./ })).toHaveCount(0);
  await expectAccessible(page);
});
