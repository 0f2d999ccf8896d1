import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import Papa from 'papaparse';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

interface Contact {
  id: string;
  firstName?: string;
  lastName?: string;
}

interface Listing<T> {
  entities: T[];
  cursors?: { after?: string };
  nextUri?: string;
}

const PAYLOAD = '<img src=x onerror=alert(1)>';
const EMEA_SALES = 'd1d1d1d1-0000-4000-8000-000000000002';
const CONTACT_EXPORTS = '**/api/v2/externalcontacts/contacts/exports';
/** Reads of contact exports: the listing and each job. */
const CONTACT_EXPORT_READS = /\/api\/v2\/externalcontacts\/contacts\/exports(\/[^/?]+)?(\?.*)?$/;

/** The demo "Customer" contact schema, which has the "Loyalty tier" field (loyalty_enum). */
async function customerSchemaId(api: SandboxApi): Promise<string> {
  const schemas = await api.ok<Listing<{ id: string; name: string }>>(
    'GET',
    '/externalcontacts/contacts/schemas',
  );
  const customer = schemas.entities.find((schema) => schema.name === 'Customer');
  expect(customer, 'the demo seed has a Customer schema').toBeDefined();
  return customer!.id;
}

/** A contact with a phone, an organization and a custom field, and one whose name is a formula. */
async function arrangeContacts(api: SandboxApi, tag: string, divisionId?: string) {
  const division = divisionId ? { division: { id: divisionId } } : {};
  const organization = await api.ok<{ id: string; name: string }>(
    'POST',
    '/externalcontacts/organizations',
    { name: `Org ${tag}`, ...division },
  );
  const ada = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
    firstName: 'Ada',
    lastName: tag,
    cellPhone: { display: '+44 7700 900123' },
    workPhone: { display: '+1 317-555-0100' },
    externalOrganization: { id: organization.id },
    schema: { id: await customerSchemaId(api) },
    customFields: { loyalty_enum: 'Gold', customer_number_identifier: `N-${tag}` },
    ...division,
  });
  const formula = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
    firstName: '=SUM(1+1)',
    lastName: tag,
    ...division,
  });
  return { organization, ada, formula };
}

async function countContacts(api: SandboxApi, divisionId: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await api.ok<Listing<Contact>>(
      'GET',
      `/externalcontacts/scan/contacts?limit=200&divisionId=${divisionId}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    count += page.entities.length;
    cursor = page.nextUri ? page.cursors?.after : undefined;
  } while (cursor);
  return count;
}

/**
 * Holds every read of contact exports (the listing and each job) for a moment: the sandbox
 * finishes a division in well under a second, and the running state is what these steps look at.
 */
async function slowStatusReads(page: Page, ms: number): Promise<() => Promise<void>> {
  const handler = async (route: Route) => {
    if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => undefined);
  };
  await page.route(CONTACT_EXPORT_READS, handler);
  return () => page.unroute(CONTACT_EXPORT_READS, handler);
}

type JobJson = Record<string, unknown> & { queryConditions?: { limit?: number } };

/**
 * Genesys reports the jobs marked with `limit` FAILED: their status as every read answers it,
 * the listing's included. The sandbox has no fault that fails a job, and Genesys gives no reason.
 */
async function reportFailed(page: Page, limit: number): Promise<() => Promise<void>> {
  const failed = (job: JobJson) =>
    job.queryConditions?.limit === limit
      ? {
          ...job,
          status: 'FAILED',
          dateCompletion: job.dateCompletion ?? new Date().toISOString(),
          downloadUrl: undefined,
          resultRowCount: undefined,
        }
      : job;
  const handler = async (route: Route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as JobJson & { entities?: JobJson[] };
    const json = body.entities ? { ...body, entities: body.entities.map(failed) } : failed(body);
    await route.fulfill({ response, json });
  };
  await page.route(CONTACT_EXPORT_READS, handler);
  return () => page.unroute(CONTACT_EXPORT_READS, handler);
}

/** Each test marks its jobs with a row limit no other test uses, to find their rows. */
const uniqueLimit = () => 170_000_000 + Math.floor(Math.random() * 9_000_000);

async function startExport(page: Page, kind: string, divisionLabel: string, limit: number) {
  await page.getByLabel('Export', { exact: true }).selectOption(kind);
  await page.getByLabel('Division').selectOption({ label: divisionLabel });
  const limitField = page.getByLabel('At most this many rows');
  if (!(await limitField.isVisible())) await page.getByText('More filters').click();
  await limitField.fill(String(limit));
  await page.getByRole('button', { name: `Export ${kind}` }).click();
}

const jobRow = (page: Page, limit: number) =>
  page
    .getByRole('table', { name: 'Export jobs, newest first' })
    .getByRole('row')
    .filter({ hasText: `At most ${limit.toLocaleString('en-US')} rows` });

test.describe('export jobs', () => {
  test('exports a division through a job: progress, download, the file, the job after a reload', async ({
    page,
  }) => {
    test.slow();
    const tag = `Job${Date.now().toString(36)}`;
    const api = await sandboxApi(sandboxUrl());
    const { organization, ada, formula } = await arrangeContacts(api, tag, EMEA_SALES);
    const expected = await countContacts(api, EMEA_SALES);

    await signIn(page, demoUsers.admin, '/export');
    await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
    const limit = uniqueLimit();
    const restore = await slowStatusReads(page, 2500);
    await startExport(page, 'contacts', 'EMEA Sales', limit);

    // Started: listed at once as running, with its filters, until Genesys says it is done.
    const row = jobRow(page, limit);
    await expect(page.getByRole('status').filter({ hasText: 'export has started' })).toBeVisible();
    await expect(
      row.getByRole('progressbar', { name: 'The contact export is running' }),
    ).toBeVisible();
    await expect(row).toContainText(/Running for \d+ s/);
    await expect(row).toContainText('Division: EMEA Sales');
    await expect(row).toContainText('Alex Admin');
    await expect(row.getByRole('button', { name: /^Download CSV/ })).toHaveCount(0);
    await restore();

    await expect(row).toContainText(
      `Finished: ${expected.toLocaleString('en-US')} ${expected === 1 ? 'row' : 'rows'}`,
      { timeout: 30_000 },
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'The contact export has finished' }),
    ).toBeVisible();

    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: /^Download CSV/ }).click();
    const download = await downloading;
    // The file comes from the signed URL itself: no token of the console's in it.
    expect(download.url()).toMatch(/[?&]signature=/);
    expect(download.url()).not.toMatch(/access_token|Bearer/i);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(expected);
    const byId = new Map(parsed.data.map((record) => [record.id, record]));
    expect(byId.get(ada.id)).toMatchObject({
      lastName: tag,
      // Phones read as numbers, without the formula guard's apostrophe.
      'cellPhone.display': '+44 7700 900123',
      'workPhone.display': '+1 317-555-0100',
      'externalOrganization.id': organization.id,
      'externalOrganization.name': organization.name,
      'division.name': 'EMEA Sales',
      'Loyalty tier [loyalty_enum]': 'Gold',
      'Customer number [customer_number_identifier]': `N-${tag}`,
    });
    expect(byId.get(formula.id)?.firstName).toBe("'=SUM(1+1)");
    const phones = parsed.data.flatMap((record) =>
      ['workPhone', 'cellPhone', 'homePhone', 'otherPhone'].map(
        (slot) => record[`${slot}.display`] ?? '',
      ),
    );
    expect(phones.filter((phone) => phone.startsWith("'+"))).toEqual([]);

    // The list comes from Genesys' export listing: a reload (or another tab) finds the job.
    await page.reload();
    await expect(jobRow(page, limit)).toContainText(
      `Finished: ${expected.toLocaleString('en-US')}`,
    );
    await expect(jobRow(page, limit).getByRole('button', { name: /^Download CSV/ })).toBeVisible();

    // A second job, held running, beside the finished one: the page as a user sees it.
    const secondLimit = uniqueLimit();
    const restoreAgain = await slowStatusReads(page, 8000);
    await startExport(page, 'contacts', 'All divisions', secondLimit);
    await expect(
      jobRow(page, secondLimit).getByRole('progressbar', { name: 'The contact export is running' }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/bulk-export-jobs.png', fullPage: true });
    await expectAccessible(page);
    await restoreAgain();
    await expect(jobRow(page, secondLimit)).toContainText('Finished', { timeout: 30_000 });
  });

  test('says why a job was not started, keeps the choices, and explains a failed job', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/export');
    // The division is deleted between choosing it and starting: the API refuses the job.
    const gone = '0d0d0d0d-0000-4000-8000-00000000dead';
    await page.route(CONTACT_EXPORTS, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, divisionIds: [gone] }) });
    });
    const limit = uniqueLimit();
    await startExport(page, 'contacts', 'EMEA Sales', limit);
    const alert = page.getByRole('alert').filter({ hasText: 'The export was not started' });
    await expect(alert).toContainText(`The division ${gone} does not exist.`);
    await expect(alert).toContainText('Your choices are kept');
    await expect(page.getByLabel('Division')).toHaveValue(EMEA_SALES);
    await expect(page.getByLabel('At most this many rows')).toHaveValue(String(limit));
    await expect(jobRow(page, limit)).toHaveCount(0);
    await page.unroute(CONTACT_EXPORTS);

    // A job Genesys reports FAILED: the page says what it can, and offers to start it again.
    const restore = await reportFailed(page, limit);
    await page.getByRole('button', { name: 'Export contacts' }).click();
    const row = jobRow(page, limit);
    await expect(row).toContainText(/Failed after \d+ s\./);
    await expect(row).toContainText('Genesys Cloud does not say why an export job fails');
    await expect(row.getByRole('button', { name: /^Download CSV/ })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'export failed' })).toBeVisible();
    await page.screenshot({ path: 'test-results/bulk-export-failed.png', fullPage: true });
    await expectAccessible(page);
    await restore();

    await row.getByRole('button', { name: /^Start again/ }).click();
    await expect(jobRow(page, limit)).toHaveCount(2);
    await expect(jobRow(page, limit).first()).toContainText('Finished', { timeout: 30_000 });
  });

  test('a reader without the export permissions is told so, and not offered Export', async ({
    page,
  }) => {
    await signIn(page, demoUsers.reader, '/export');
    await expect(
      page.getByRole('heading', {
        name: 'You cannot export contacts, organizations, notes or relationships',
      }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Export / })).toHaveCount(0);
    // The navigation does not offer what the page refuses; Export selected stays on the list.
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }),
    ).toHaveCount(0);
  });
});

test.describe('export of a selection, and bulk delete', () => {
  test('exports the selected contacts as text, downloads them, then deletes them', async ({
    page,
  }) => {
    test.slow();
    const tag = `Exp${Date.now().toString(36)}`;
    const api = await sandboxApi(sandboxUrl());
    await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: PAYLOAD,
      lastName: tag,
      workEmail: `xss.${tag}@example.com`,
    });
    const { organization } = await arrangeContacts(api, tag);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await signIn(page, demoUsers.admin, `/contacts?q=${tag}`);
    const checkboxes = page.getByRole('checkbox', { name: /^Select (?!all)/ });
    await expect(checkboxes).toHaveCount(3);
    for (const index of [0, 1, 2]) await checkboxes.nth(index).check();
    await page.getByRole('button', { name: 'Export selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Export 3 contacts' });
    const preview = dialog.getByRole('table', { name: /Preview: the first 3 of 3 contacts/ });
    await expect(preview.getByRole('cell', { name: PAYLOAD, exact: true })).toBeVisible();
    // Guarded against formulas, and shown exactly as the file's cell reads; phones are not.
    await expect(preview.getByRole('cell', { name: "'=SUM(1+1)", exact: true })).toBeVisible();
    await expect(preview.getByRole('cell', { name: '+1 317-555-0100', exact: true })).toBeVisible();
    await expect(preview.getByRole('cell', { name: organization.name, exact: true })).toBeVisible();
    await expect(
      preview.getByRole('columnheader', { name: 'Loyalty tier [loyalty_enum]' }),
    ).toBeVisible();
    await expect(dialog.getByText('written with a leading single quote')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-export-dialog.png' });

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download CSV (3 contacts)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFId,Salutation,First name,Middle name,Last name,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row['First name'] === PAYLOAD)).toBeDefined();
    expect(rows.find((row) => row['First name'] === "'=SUM(1+1)")).toBeDefined();
    expect(rows.find((row) => row['First name'] === 'Ada')).toMatchObject({
      'Cell phone': '+44 7700 900123',
      'Work phone': '+1 317-555-0100',
      'Organization id': organization.id,
      'Organization name': organization.name,
      'Schema id': expect.stringMatching(/\S/),
      'Loyalty tier [loyalty_enum]': 'Gold',
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(dialogs).toEqual([]);

    await page.getByRole('button', { name: 'Delete selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 3 contacts?' });
    await confirm.getByRole('button', { name: 'Delete 3 contacts' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`No contacts match “${tag}”.`)).toBeVisible();
    const left = await api.ok<Listing<Contact>>('GET', `/externalcontacts/contacts?q=${tag}`);
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
});
