import { readFileSync } from 'node:fs';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

interface Contact {
  id: string;
  firstName?: string;
  lastName?: string;
}

const PAYLOAD = '<img src=x onerror=alert(1)>';

test.describe('export and bulk delete', () => {
  test('exports the selected contacts as text, downloads them, then deletes them', async ({
    page,
  }) => {
    const tag = `Exp${Date.now().toString(36)}`;
    const api = await sandboxApi(sandboxUrl());
    await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: PAYLOAD,
      lastName: tag,
      workEmail: `xss.${tag}@example.com`,
    });
    await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: '=SUM(1+1)',
      lastName: tag,
      cellPhone: { display: '+1 317-555-0100' },
    });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await signIn(page, demoUsers.admin, `/contacts?q=${tag}`);
    const checkboxes = page.getByRole('checkbox', { name: /^Select (?!all)/ });
    await expect(checkboxes).toHaveCount(2);
    await checkboxes.nth(0).check();
    await checkboxes.nth(1).check();
    await page.getByRole('button', { name: 'Export selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Export 2 contacts' });
    const preview = dialog.getByRole('table', { name: /Preview: the first 2 of 2 contacts/ });
    await expect(preview.getByRole('cell', { name: PAYLOAD, exact: true })).toBeVisible();
    // Guarded against formulas, and shown exactly as the file's cell reads.
    await expect(preview.getByRole('cell', { name: "'=SUM(1+1)", exact: true })).toBeVisible();
    await expect(
      preview.getByRole('cell', { name: "'+1 317-555-0100", exact: true }),
    ).toBeVisible();
    await expect(dialog.getByText('written with a leading single quote')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-export-dialog.png' });

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download CSV (2 contacts)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFId,Salutation,First name,Middle name,Last name,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(text).toContain(`,${PAYLOAD},,${tag},`);
    expect(text).toContain(`,'=SUM(1+1),,${tag},`);
    expect(text).toContain(`,'+1 317-555-0100,`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(dialogs).toEqual([]);

    await page.getByRole('button', { name: 'Delete selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 contacts?' });
    await confirm.getByRole('button', { name: 'Delete 2 contacts' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`No contacts match “${tag}”.`)).toBeVisible();
    const left = await api.ok<{ entities: Contact[] }>(
      'GET',
      `/externalcontacts/contacts?q=${tag}`,
    );
    expect(left.entities).toHaveLength(0);
  });

  test('a reader can export but not delete', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/contacts');
    await page
      .getByRole('checkbox', { name: /^Select (?!all)/ })
      .first()
      .check();
    await expect(page.getByRole('button', { name: 'Export selected' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete selected' })).toHaveCount(0);
  });

  test('exports every contact of a division through the scan', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/export');
    await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
    const division = page.getByLabel('Division');
    await expect(division.locator('option')).not.toHaveCount(1);
    const option = division.locator('option').nth(1);
    const divisionName = (await option.textContent())!;
    await division.selectOption({ index: 1 });
    await expectAccessible(page);

    const api = await sandboxApi(sandboxUrl());
    const divisionId = await division.inputValue();
    let expected = 0;
    let cursor: string | undefined;
    do {
      const scanPage = await api.ok<{
        entities: Contact[];
        cursors?: { after?: string };
        nextUri?: string;
      }>(
        'GET',
        `/externalcontacts/scan/contacts?limit=200&divisionId=${divisionId}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expected += scanPage.entities.length;
      cursor = scanPage.nextUri ? scanPage.cursors?.after : undefined;
    } while (cursor);

    await page.getByRole('button', { name: 'Read contacts' }).click();
    await expect(page.getByText(`${expected.toLocaleString('en-US')} contacts read.`)).toBeVisible({
      timeout: 60_000,
    });
    const preview = page.getByRole('table', { name: /^Preview: the first/ });
    const divisionCells = preview.locator('tbody tr td:last-child');
    await expect(divisionCells.first()).toHaveText(divisionName);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-export-page.png', fullPage: true });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download CSV/ }).click();
    const text = readFileSync((await (await downloading).path())!, 'utf8');
    // Cells may hold line breaks inside quotes: count records by their ids instead of lines.
    const ids =
      text.match(/\r\n[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},/g) ?? [];
    expect(ids).toHaveLength(expected);

    await page.getByLabel('Export', { exact: true }).selectOption('organizations');
    await page.getByRole('button', { name: 'Read organizations' }).click();
    await expect(page.getByText(/organizations read\.|There are no organizations/)).toBeVisible({
      timeout: 60_000,
    });
  });

  test('cancels a running export', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/export');
    // Slow scan pages, so the export is still reading when Cancel is pressed.
    await page.route('**/externalcontacts/scan/contacts**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Read contacts' }).click();
    await expect(page.getByRole('progressbar', { name: 'Reading contacts' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      page.getByText(/^Cancelled after \d+ contacts\. Nothing was saved\.$/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Download CSV/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Read contacts' })).toBeEnabled();
  });
});
