import type { Page, Request } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

interface Contact {
  id: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  title?: string;
  workEmail?: string;
  workPhone?: { e164?: string; display?: string };
  modifyDate?: string;
  type?: string;
}

interface Organization {
  id: string;
  name: string;
  industry?: string;
  tags?: string[];
  modifyDate?: string;
}

// The e2e sandbox is shared with specs running in parallel: every name is this run's own.
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The enrich POSTs the page sends, split into dry runs and real runs. */
function enrichPosts(page: Page) {
  const posts: { dryRun: boolean; body: unknown }[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (request.method() !== 'POST' || !/\/enrich$/.test(url.pathname)) return;
    posts.push({ dryRun: url.searchParams.get('dryRun') === 'true', body: request.postDataJSON() });
  });
  return {
    dryRuns: () => posts.filter((post) => post.dryRun),
    applies: () => posts.filter((post) => !post.dryRun),
  };
}

async function matchBy(page: Page, index: number, type: string, value: string) {
  await page.getByLabel(`Type of identifier ${index}`).selectOption(type);
  await page.getByLabel(`Value of identifier ${index}`).fill(value);
}

const resultTable = (page: Page) => page.getByRole('table', { name: /Field by field/ });
const fieldRow = (page: Page, label: string) =>
  resultTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label }) });

let api: SandboxApi;
test.beforeAll(async () => {
  api = await sandboxApi(sandboxUrl());
});

test.describe('enrich one record', () => {
  test('a dry run on a matched contact shows the exact changes and writes nothing; Apply stores exactly those, once', async ({
    page,
  }) => {
    // Many inputs and axe runs on a shared, busy machine.
    test.setTimeout(180_000);
    const id = stamp();
    const email = `enrich.${id}@example.com`;
    const stored = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ena',
      lastName: `Rich${id}`,
      title: 'Analyst',
      workEmail: email,
    });
    const posts = enrichPosts(page);
    await signIn(page, demoUsers.admin, '/enrich');
    await expect(page.getByRole('heading', { level: 1, name: 'Enrich contacts' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Enrich', exact: true })).toBeVisible();
    await expectAccessible(page);

    // Bad input first: field-level messages, nothing sent.
    await matchBy(page, 1, 'Phone', '317 555 0100');
    await page.getByLabel('Work email').fill('not-an-email');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    const phoneValue = page.getByLabel('Value of identifier 1');
    await expect(
      page.getByText('A phone identifier must start with + and the country code.'),
    ).toBeVisible();
    await expect(phoneValue).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Work email must be a valid email address.')).toBeVisible();
    expect(posts.dryRuns()).toHaveLength(0);
    await page.screenshot({ path: 'test-results/enrich-single-errors.png' });

    // Match by email (then a phone nobody holds), Update with the default rules.
    await page.getByLabel('Work email').fill('');
    await matchBy(page, 1, 'Email', email.toUpperCase());
    await page.getByRole('button', { name: 'Add an identifier' }).click();
    await matchBy(page, 2, 'Phone', '+1 317 555 0142');
    await page.getByRole('radio', { name: /^Update/ }).check();
    await page.getByLabel('Middle name').fill('Quinn');
    await page.getByLabel('Title', { exact: true }).fill('Director');
    await page.getByLabel('Phone country').selectOption('US');
    await page.getByLabel('Work phone').fill('317-555-0142');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();

    const headline = page.getByRole('status').filter({ hasText: 'Would update' });
    await expect(headline).toHaveText(`Would update Ena Rich${id}: 3 fields change.`);
    await expect(page.getByRole('link', { name: `Ena Rich${id}` })).toBeVisible();
    await expect(fieldRow(page, 'Title changed')).toContainText('AnalystDirector');
    await expect(fieldRow(page, 'Middle name changed')).toContainText('—Quinn');
    await expect(fieldRow(page, 'Work phone changed')).toContainText('—+1 317-555-0142');
    await expect(resultTable(page).getByRole('row')).toHaveCount(4);
    await expectAccessible(page);
    expect(posts.dryRuns()).toHaveLength(1);
    expect(posts.dryRuns()[0]?.body).toMatchObject({
      action: 'Update',
      matchingIdentifiers: [
        { type: 'Email', value: email.toUpperCase() },
        { type: 'Phone', value: '+1 317 555 0142' },
      ],
      contact: { middleName: 'Quinn', title: 'Director', workPhone: { display: '317-555-0142' } },
      fieldRules: { defaultAction: 'PreferProvided', defaultArrayAction: 'Fill' },
    });

    // Nothing was written.
    const unchanged = await api.ok<Contact>('GET', `/externalcontacts/contacts/${stored.id}`);
    expect(unchanged).toMatchObject({ title: 'Analyst', modifyDate: stored.modifyDate });
    expect(unchanged.middleName).toBeUndefined();
    const phoneLookup = await api.request('POST', '/externalcontacts/identifierlookup/contacts', {
      type: 'Phone',
      value: '+13175550142',
    });
    expect(phoneLookup.status).toBe(404);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page
      .getByRole('button', { name: 'Apply', exact: true })
      .evaluate((button) => button.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: 'test-results/enrich-single-preview.png' });

    // A change after the preview asks for a new one before Apply.
    const apply = page.getByRole('button', { name: 'Apply', exact: true });
    await page.getByLabel('Title', { exact: true }).fill('Director!');
    await expect(apply).toBeDisabled();
    await expect(page.getByText('The form changed since this preview')).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill('Director');
    await expect(apply).toBeEnabled();

    // A double click applies once.
    await apply.dblclick();
    await expect(page.getByRole('heading', { name: 'Applied' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toHaveText(
      `Updated Ena Rich${id}: 3 fields changed.`,
    );
    expect(posts.applies()).toHaveLength(1);
    expect(posts.applies()[0]?.body).toEqual(posts.dryRuns()[0]?.body);
    await expect(page.getByText('differs from the preview')).toHaveCount(0);

    // Stored exactly what the preview said, and the identifiers now lead to it.
    const after = await api.ok<Contact>('GET', `/externalcontacts/contacts/${stored.id}`);
    expect(after).toMatchObject({
      firstName: 'Ena',
      middleName: 'Quinn',
      title: 'Director',
      workEmail: email,
      workPhone: { e164: '+13175550142' },
    });
    const claimed = await api.ok<Contact>('POST', '/externalcontacts/identifierlookup/contacts', {
      type: 'Phone',
      value: '+13175550142',
    });
    expect(claimed.id).toBe(stored.id);
    await expectAccessible(page);

    await page
      .getByRole('link', { name: `Ena Rich${id}` })
      .first()
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Ena Quinn Rich${id}` }),
    ).toBeVisible();
  });

  test('Insert creates a contact when nothing matches, and is refused (with a link) when one does', async ({
    page,
  }) => {
    // Many inputs and axe runs on a shared, busy machine.
    test.setTimeout(180_000);
    const id = stamp();
    const externalId = `ext-${id}`;
    await signIn(page, demoUsers.admin, '/enrich?entity=contacts&mode=one');
    await matchBy(page, 1, 'ExternalId', externalId);
    await page.getByRole('radio', { name: /^Insert/ }).check();
    await page.getByLabel('First name').fill('Ina');
    await page.getByLabel('Last name').fill(`Sert${id}`);
    await page.getByLabel('Opted out of surveys').selectOption('yes');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Would create' })).toHaveText(
      'Would create a new contact: no contact matches.',
    );
    await expect(fieldRow(page, 'Last name')).toContainText(`Sert${id}`);
    await expect(fieldRow(page, 'Opted out of surveys')).toContainText('Yes, no surveys');
    expect(
      (
        await api.request('POST', '/externalcontacts/identifierlookup/contacts', {
          type: 'ExternalId',
          value: externalId,
        })
      ).status,
    ).toBe(404);

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const created = page.getByRole('status').filter({ hasText: 'Created' });
    await expect(created).toHaveText(`Created Ina Sert${id}.`);
    const stored = await api.ok<Contact & { surveyOptOut?: boolean }>(
      'POST',
      '/externalcontacts/identifierlookup/contacts',
      { type: 'ExternalId', value: externalId },
    );
    expect(stored).toMatchObject({ firstName: 'Ina', lastName: `Sert${id}`, surveyOptOut: true });

    // The same Insert again: refused, naming the contact that is already there.
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    const refused = page.getByRole('status').filter({ hasText: 'Would fail' });
    await expect(refused).toContainText('Insert found existing records');
    await expect(refused.getByRole('link', { name: `Ina Sert${id}` })).toHaveAttribute(
      'href',
      `/contacts/${stored.id}`,
    );
    await expect(page.getByRole('button', { name: 'Apply', exact: true })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('enrich rules and kinds', () => {
  test('Merge, Prefer existing and Always use provided, previewed against the stored contacts', async ({
    page,
  }) => {
    // Many inputs and axe runs on a shared, busy machine.
    test.setTimeout(180_000);
    const id = stamp();
    const a = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Mer',
      lastName: `Ge${id}`,
      title: 'Keeper',
      workEmail: `ma.${id}@example.com`,
    });
    const b = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Mer',
      lastName: `Gy${id}`,
      workEmail: `mb.${id}@example.com`,
    });
    await signIn(page, demoUsers.admin, '/enrich');
    const preview = page.getByRole('button', { name: 'Preview (dry run)' });

    // Prefer existing with Upsert: the stored title stays, the empty middle name is filled.
    await matchBy(page, 1, 'Email', `ma.${id}@example.com`);
    await page.getByRole('radio', { name: /^Upsert/ }).check();
    await page.getByRole('radio', { name: /^Prefer existing/ }).check();
    await page.getByLabel('Title', { exact: true }).fill('Replaced?');
    await page.getByLabel('Middle name').fill('M');
    await preview.click();
    await expect(page.getByRole('status').filter({ hasText: 'Would update' })).toHaveText(
      `Would update Mer Ge${id}: 1 field change.`,
    );
    await expect(fieldRow(page, 'Middle name changed')).toContainText('—M');
    await page.getByLabel('Show unchanged fields').check();
    await expect(fieldRow(page, 'Title')).toContainText('KeeperKeeper');

    // Always use provided: what is not given is cleared.
    await page.getByRole('radio', { name: /^Always use provided/ }).check();
    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByLabel('Middle name').fill('');
    await page.getByLabel('Last name').fill(`Ge${id}`);
    await preview.click();
    await expect(fieldRow(page, 'First name changed')).toContainText('Mer—');
    await expect(fieldRow(page, 'Title changed')).toContainText('Keeper—');
    await expect(fieldRow(page, 'Work email changed')).toContainText(`ma.${id}@example.com—`);

    // Merge: both contacts match; the preview compares the result with each of them.
    await page.getByRole('radio', { name: /^Prefer provided/ }).check();
    await page.getByRole('radio', { name: /^Merge/ }).check();
    await page.getByLabel('Last name').fill('');
    await page.getByRole('button', { name: 'Add an identifier' }).click();
    await matchBy(page, 2, 'Email', `mb.${id}@example.com`);
    await page.getByLabel('Title', { exact: true }).fill('Merged');
    await preview.click();
    const merge = page.getByRole('status').filter({ hasText: 'Would merge' });
    await expect(merge).toContainText(
      `Would merge Mer Ge${id} and Mer Gy${id} into one new contact.`,
    );
    await expect(resultTable(page).getByRole('columnheader')).toHaveText([
      'Field',
      `Mer Ge${id}`,
      `Mer Gy${id}`,
      'After (dry run)',
    ]);
    await expect(fieldRow(page, 'Title changed')).toContainText('Keeper—Merged');
    await expectAccessible(page);
    // Still two contacts.
    expect((await api.ok<Contact>('GET', `/externalcontacts/contacts/${b.id}`)).id).toBe(b.id);

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const merged = page.getByRole('status').filter({ hasText: 'Merged' });
    await expect(merged).toContainText(`Merged Mer Ge${id} and Mer Gy${id} into`);
    const result = await api.ok<Contact & { mergedFrom?: { id: string }[] }>(
      'GET',
      `/externalcontacts/contacts/${a.id}`,
    );
    expect(result.id).not.toBe(a.id);
    expect(result.title).toBe('Merged');
    expect(result.mergedFrom?.map((ref) => ref.id).sort()).toEqual([a.id, b.id].sort());
  });

  test('an organization: matched by external id, its tags replaced by the list rule', async ({
    page,
  }) => {
    // Many inputs and axe runs on a shared, busy machine.
    test.setTimeout(180_000);
    const id = stamp();
    const externalId = `org-${id}`;
    const organization = await api.ok<Organization>(
      'POST',
      '/externalcontacts/organizations/enrich',
      {
        action: 'Insert',
        matchingIdentifiers: [{ type: 'ExternalId', value: externalId }],
        externalOrganization: { name: `Enriched Org ${id}`, tags: ['old'] },
      },
    );
    await signIn(page, demoUsers.admin, '/enrich');
    await page.getByRole('radio', { name: 'Organizations' }).check();
    await expect(page).toHaveURL(/entity=organizations/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Enrich organizations' }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Merge/ })).toHaveCount(0);
    // Insert needs a name; Update does not.
    await page.getByLabel('Value of identifier 1').fill(externalId);
    await page.getByRole('radio', { name: /^Insert/ }).check();
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await expect(page.getByText('Name is required to insert a new organization.')).toBeVisible();

    await page.getByRole('radio', { name: /^Update/ }).check();
    await page.getByRole('radio', { name: /^Replace/ }).check();
    await page.getByLabel('Industry').fill('Retail');
    await page.getByLabel('Tags').fill('gold\nemea');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Would update' })).toHaveText(
      `Would update Enriched Org ${id}: 2 fields change.`,
    );
    await expect(fieldRow(page, 'Tags changed')).toContainText('oldgold, emea');
    await expect(fieldRow(page, 'Industry changed')).toContainText('—Retail');
    await expectAccessible(page);
    const before = await api.ok<Organization>(
      'GET',
      `/externalcontacts/organizations/${organization.id}`,
    );
    expect(before).toMatchObject({ tags: ['old'], modifyDate: organization.modifyDate });

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toHaveText(
      `Updated Enriched Org ${id}: 2 fields changed.`,
    );
    const after = await api.ok<Organization>(
      'GET',
      `/externalcontacts/organizations/${organization.id}`,
    );
    expect(after).toMatchObject({ tags: ['gold', 'emea'], industry: 'Retail' });
  });

  test('an Apply whose answer was lost is looked for, not sent again', async ({ page }) => {
    // Many inputs and axe runs on a shared, busy machine.
    test.setTimeout(180_000);
    const id = stamp();
    const email = `lost.${id}@example.com`;
    const posts = enrichPosts(page);
    await signIn(page, demoUsers.admin, '/enrich');
    await matchBy(page, 1, 'Email', email);
    await page.getByRole('radio', { name: /^Upsert/ }).check();
    await page.getByLabel('Last name').fill(`Lost${id}`);
    await page.getByLabel('Work email').fill(email);
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Would create' })).toBeVisible();

    // Stored, then the answer is lost (as a 503 after the write would).
    await page.route('**/contacts/enrich', async (route) => {
      if (new URL(route.request().url()).searchParams.get('dryRun') === 'true')
        return route.continue();
      await route.fetch();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ status: 503, code: 'service.unavailable', message: 'Lost.' }),
      });
    });
    const apply = page.getByRole('button', { name: 'Apply', exact: true });
    await apply.click();
    const lost = page.getByRole('alert').filter({ hasText: 'Not applied: Lost.' }).last();
    await expect(lost).toContainText('it first looks for a result that was stored');
    expect(posts.applies()).toHaveLength(1);

    await apply.click();
    await expect(page.getByRole('status').filter({ hasText: 'Created' })).toHaveText(
      `Created Lost${id}.`,
    );
    expect(posts.applies()).toHaveLength(1);
    const found = await api.ok<{ entities?: Contact[] }>(
      'GET',
      `/externalcontacts/contacts?q=${encodeURIComponent(`Lost${id}`)}`,
    );
    expect(found.entities?.map((contact) => contact.lastName)).toEqual([`Lost${id}`]);
  });
});

test('a user who may not enrich sees no Enrich link, and the page says so without asking the API', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v2/externalcontacts/')) requests.push(url.pathname);
  });
  await signIn(page, demoUsers.reader, '/contacts');
  const nav = page.getByRole('navigation', { name: /main/i });
  await expect(nav.getByRole('link', { name: 'Contacts' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Enrich', exact: true })).toHaveCount(0);
  requests.length = 0;
  await page.goto('/enrich?entity=organizations&mode=csv');
  await expect(
    page.getByRole('heading', { level: 1, name: 'You cannot enrich contacts or organizations' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the console home' })).toBeVisible();
  expect(requests).toEqual([]);
  await expectAccessible(page);
});
