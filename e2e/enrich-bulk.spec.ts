import type { Request } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

interface Contact {
  id: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  modifyDate?: string;
}

interface BulkAnswer {
  results: { success: boolean; entity?: Contact }[];
}

const EXISTING = 12;
const NEW = 12;

test('bulk enrich of 25 rows with one bad row: a preview per row, then Apply with progress, and a retry that never applies twice', async ({
  page,
}) => {
  // 25 rows previewed and applied on a shared, busy machine.
  test.setTimeout(240_000);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = await sandboxApi(sandboxUrl());
  const existingEmail = (i: number) => `bulk${i}.${id}@example.com`;
  const newEmail = (i: number) => `fresh${i}.${id}@example.com`;
  const added = await api.ok<BulkAnswer>('POST', '/externalcontacts/bulk/contacts/add', {
    entities: Array.from({ length: EXISTING }, (_, i) => ({
      firstName: 'Bulk',
      lastName: `B${i}x${id}`,
      title: 'Old title',
      workEmail: existingEmail(i),
    })),
  });
  const existing = added.results.map((result) => result.entity as Contact);
  expect(existing).toHaveLength(EXISTING);

  // 12 rows match a stored contact, 12 match nothing, 1 names an organization that does not
  // exist: one of each first (rows 2–4), then the rest.
  const matchedRow = (i: number) => `${existingEmail(i)},,,New title ${i},,x`;
  const newRow = (i: number) => `${newEmail(i)},Fresh,F${i}x${id},Started ${i},,`;
  const lines = [
    'Identifier: Email,First name,Last name,Title,Organization,Unknown column',
    matchedRow(0),
    newRow(0),
    `bad.${id}@example.com,Bad,Row${id},,no-such-org-${id},`,
    ...existing.slice(1).map((_, i) => matchedRow(i + 1)),
    ...Array.from({ length: NEW - 1 }, (_, i) => newRow(i + 1)),
  ];
  const csv = `${lines.join('\n')}\n`;
  const badRow = 4;
  const newRowNumber = 3;

  const enrichPosts: { dryRun: boolean; count: number }[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (request.method() !== 'POST' || !url.pathname.endsWith('/bulk/contacts/enrich')) return;
    const body = request.postDataJSON() as { entities: unknown[] };
    enrichPosts.push({
      dryRun: url.searchParams.get('dryRun') === 'true',
      count: body.entities.length,
    });
  });

  await signIn(page, demoUsers.admin, '/enrich?mode=csv');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Enrich contacts from a CSV' }),
  ).toBeVisible();
  await expectAccessible(page);

  // Nothing chosen: a field-level message.
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();
  await expect(page.getByText('Choose a CSV file or paste its text.')).toBeVisible();
  await expect(page.getByLabel('CSV text')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('CSV file with a header row').setInputFiles({
    name: 'enrich.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByLabel('CSV text')).toHaveValue(csv);
  await page.getByRole('radio', { name: /^Upsert/ }).check();
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();

  const counts = page.getByRole('status').filter({ hasText: 'Preview of 25 rows' });
  await expect(counts).toHaveText('Preview of 25 rows: 12 update, 12 new, 1 would fail.');
  // Dry runs of at most 10 operations each.
  expect(enrichPosts.filter((post) => post.dryRun).map((post) => post.count)).toEqual([10, 10, 5]);
  const row = (n: number) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `Row ${n}`, exact: true }) });
  await expect(row(2)).toContainText(`Would update Bulk B0x${id}: 1 field change.`);
  // The arrow is read as "becomes" (visually hidden text).
  await expect(row(2)).toContainText(/Title: Old title →\s*becomes New title 0/);
  await expect(row(2).getByRole('link', { name: `Bulk B0x${id}` })).toHaveAttribute(
    'href',
    `/contacts/${existing[0]?.id}`,
  );
  await expect(row(newRowNumber)).toContainText('Would create a new contact');
  await expect(row(newRowNumber)).toContainText(`Last name: F0x${id}`);
  await expect(row(badRow)).toContainText(
    `Would fail: The external organization no-such-org-${id} does not exist.`,
  );
  await expect(page.getByText('Ignored: Unknown column.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page
    .getByRole('heading', { name: 'Preview (dry run): nothing written yet' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-results/enrich-bulk-preview.png' });

  // The preview wrote nothing.
  const first = await api.ok<Contact>('GET', `/externalcontacts/contacts/${existing[0]?.id}`);
  expect(first).toMatchObject({ title: 'Old title', modifyDate: existing[0]?.modifyDate });
  const notYet = await api.ok<{ contacts?: unknown[] }>(
    'GET',
    `/externalcontacts/reversewhitepageslookup?lookupVal=${encodeURIComponent(newEmail(0))}`,
  );
  expect(notYet.contacts ?? []).toHaveLength(0);

  // The first real request is applied but its answer is lost (a 503 after the write); the others
  // are slowed down so the progress can be seen.
  let realRequests = 0;
  await page.route('**/bulk/contacts/enrich', async (route) => {
    if (new URL(route.request().url()).searchParams.get('dryRun') === 'true')
      return route.continue();
    realRequests += 1;
    if (realRequests === 1) {
      await route.fetch();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ status: 503, code: 'service.unavailable', message: 'Lost.' }),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    return route.continue();
  });

  await page.getByRole('button', { name: 'Apply 24 rows' }).click();
  const progress = page.getByRole('progressbar', { name: 'Applying rows' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/Applying rows: \d+ of 24/)).toBeVisible();
  const results = page.getByRole('status').filter({ hasText: 'Results:' });
  await expect(results).toHaveText(
    'Results: 10 failed, 1 not sent (failed the preview), 3 updated, 11 created.',
  );
  await expect(row(2)).toContainText('Not applied: Lost.');
  await expect(row(newRowNumber)).toContainText('Not applied: Lost.');
  await expect(row(lines.length)).toContainText(`Created Fresh F${NEW - 1}x${id}.`);
  await expectAccessible(page);

  // Retry: only the failed rows, each looked for first; found stored, none is sent again.
  const sentBefore = enrichPosts.filter((post) => !post.dryRun).length;
  await page.getByRole('button', { name: 'Retry 10 failed rows' }).click();
  await expect(results).toHaveText(
    'Results: 12 updated, 12 created, 1 not sent (failed the preview).',
  );
  expect(enrichPosts.filter((post) => !post.dryRun).length).toBe(sentBefore);
  await expect(row(2)).toContainText(`Updated Bulk B0x${id}`);
  await expect(row(2)).toContainText('Found stored after an answer was lost.');
  await expect(row(newRowNumber)).toContainText(`Created Fresh F0x${id}.`);
  await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await page
    .getByRole('heading', { name: 'Results' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-results/enrich-bulk-results.png' });

  // Stored: every matched contact has its new title, every new row is one contact.
  for (const [i, contact] of existing.entries()) {
    const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${contact.id}`);
    expect(stored.title).toBe(`New title ${i}`);
  }
  for (let i = 0; i < NEW; i += 1) {
    const found = await api.ok<{ entities?: Contact[] }>(
      'GET',
      `/externalcontacts/contacts?q=${encodeURIComponent(`F${i}x${id}`)}`,
    );
    expect(found.entities?.map((contact) => contact.lastName)).toEqual([`F${i}x${id}`]);
    const claimed = await api.ok<Contact>('POST', '/externalcontacts/identifierlookup/contacts', {
      type: 'Email',
      value: newEmail(i),
    });
    expect(claimed.lastName).toBe(`F${i}x${id}`);
  }
  const bad = await api.request('POST', '/externalcontacts/identifierlookup/contacts', {
    type: 'Email',
    value: `bad.${id}@example.com`,
  });
  expect(bad.status).toBe(404);
});

test('bulk enrich of organizations from a CSV: Insert creates each row once, matched by external id', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = await sandboxApi(sandboxUrl());
  const csv = [
    'Identifier: External id,Name,Industry',
    `org-a-${id},Enrich Org A ${id},Retail`,
    `org-b-${id},Enrich Org B ${id},Retail`,
  ].join('\n');
  const bulkPosts: boolean[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (request.method() === 'POST' && url.pathname.endsWith('/bulk/organizations/enrich')) {
      bulkPosts.push(url.searchParams.get('dryRun') === 'true');
    }
  });

  await signIn(page, demoUsers.admin, '/enrich?entity=organizations&mode=csv');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Enrich organizations from a CSV' }),
  ).toBeVisible();
  await page.getByLabel('CSV text').fill(csv);
  await page.getByRole('radio', { name: /^Insert/ }).check();
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preview of 2 rows' })).toHaveText(
    /Preview of 2 rows: 2 new/,
  );
  const stored = async () =>
    (
      await api.ok<{ entities?: { name?: string }[] }>(
        'GET',
        `/externalcontacts/organizations?q=${encodeURIComponent(id)}`,
      )
    ).entities ?? [];
  expect(await stored()).toEqual([]);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Apply 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Results:' })).toHaveText(
    'Results: 2 created.',
  );
  expect(bulkPosts).toEqual([true, false]);
  expect((await stored()).map((organization) => organization.name).sort()).toEqual([
    `Enrich Org A ${id}`,
    `Enrich Org B ${id}`,
  ]);
});
