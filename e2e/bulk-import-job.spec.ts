import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

/**
 * A file of more than a thousand rows goes to a Genesys import job: checked in the page's Web
 * Worker first (bad rows left out, phones sent in E.164), then uploaded and run by the API; the
 * job is found again after a reload, and a dry run with failures waits for the user's choice.
 */
test('a large file becomes an import job that survives a reload', async ({ page }) => {
  // 1,200 rows checked, uploaded and imported by the sandbox's job runner, with two axe passes.
  test.slow();
  const tag = `Job${Date.now().toString(36)}`;
  // Phones unique to the run (rows are matched by phone too): 07911 1<run><row>, a range
  // libphonenumber holds valid.
  const run = String(Date.now() % 10);
  const mobile = (i: number) => `07911 1${run}${String(i).padStart(4, '0')}`;
  const rows = Array.from(
    { length: 1_200 },
    (_, i) => `Row${i},${tag},row${i}.${tag}@example.com,${mobile(i)},`,
  );
  const csv = [
    'First name,Last name,Work email,Mobile,Organization id',
    ...rows,
    `Bad,${tag},bad.${tag}@example.com,12ab-34,`,
    `Orphan,${tag},orphan.${tag}@example.com,,00000000-0000-4000-8000-00000000dead`,
  ].join('\n');

  await signIn(page, demoUsers.admin, '/settings');
  await page.getByLabel('Country of national phone numbers').selectOption('GB');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.goto('/import');
  await page.getByLabel('CSV file with a header row').setInputFiles({
    name: `big-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByText('they will be imported by a Genesys import job')).toBeVisible();
  await expect(
    page.getByText('1,201 rows ready, 1 with problems (left out of the job).'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page
      .getByRole('table', { name: /Problems: 1 row will be skipped/ })
      .getByRole('row', { name: /^1202 Mobile Cell phone can hold only/ }),
  ).toBeVisible();
  await expect(page.getByLabel('Division for the new contacts')).not.toHaveValue('', {
    timeout: 30_000,
  });
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Start an import job for 1,201 rows' }).click();
  await expect(page.getByText('Import job started for 1,201 rows.')).toBeVisible({
    timeout: 60_000,
  });
  const jobs = page.getByRole('region', { name: 'Import jobs' });
  const job = jobs.getByRole('listitem').filter({ hasText: `big-${tag}` });
  // The orphan's organization does not exist: the dry run stops for a choice.
  const go = job.getByRole('button', { name: 'Import the 1,200 rows that passed' });
  await expect(go).toBeVisible({ timeout: 60_000 });
  await expect(job).toContainText(/1 of 1,?201 rows failed validation/);
  await page.screenshot({ path: 'test-results/bulk-import-job.png', fullPage: true });
  await go.click();
  await expect(job).toContainText('Completed', { timeout: 90_000 });
  // The job tries every row again when importing: the orphan fails there too.
  await expect(job).toContainText('Imported 1,200, 1 failed');
  // The job's report of the rows that failed, from its signed link, holds exactly the orphan.
  const report = job.getByRole('link', { name: 'Download the rows that failed to import' });
  const href = await report.getAttribute('href');
  expect(href).not.toContain('access_token');
  const text = await (await page.request.get(href!)).text();
  const lines = text.trim().split(/\r\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('00000000-0000-4000-8000-00000000dead');
  // Its place in the chosen file (row 1203) comes with it, whatever the job numbered it.
  expect(lines[1]).toContain(`,1203,Orphan,${tag},`);
  await expect(
    job.getByRole('link', { name: 'Download the rows that failed the check' }),
  ).toBeVisible();

  // The tab may close: the job is read back from the API.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Import jobs' })
      .getByRole('listitem')
      .filter({
        hasText: `big-${tag}`,
      }),
  ).toContainText('Completed');
  await expectAccessible(page);

  // Stored with E.164, read in the organisation's country.
  await page.goto(`/contacts?q=${encodeURIComponent(`row7.${tag}@example.com`)}`);
  await page.getByRole('link', { name: `Row7 ${tag}` }).click();
  await expect(page.getByRole('region', { name: 'Phones' })).toContainText(
    `E.164 +4479111${run}0007`,
  );
});
