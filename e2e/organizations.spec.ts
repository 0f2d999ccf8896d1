import type { APIRequestContext, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

/** A name no seeded record has (letters only: the search tokenises digits apart). */
const uniqueName = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(
    /[0-9]/g,
    (digit) => 'abcdefghij'[Number(digit)]!,
  );

const organizationPosts = (page: Page) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/externalcontacts\/organizations$/.test(request.url()))
      posts.push(request.postData() ?? '');
  });
  return posts;
};

/**
 * Test data made through the API with the signed-in user's own token (read from the console's
 * first API call), so a test does not depend on what the random seed happened to link.
 */
async function apiAs(page: Page, path: string) {
  const request = page.waitForRequest((r) => r.url().includes('/api/v2/'));
  await signIn(page, demoUsers.admin, path);
  const authorization = (await request).headers()['authorization'] ?? '';
  const call = async (
    api: APIRequestContext,
    method: 'POST' | 'PUT',
    url: string,
    data: unknown,
  ) => {
    const response = await api.fetch(`${sandboxUrl()}/api/v2${url}`, {
      method,
      headers: { Authorization: authorization },
      data,
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { id: string };
  };
  return (method: 'POST' | 'PUT', url: string, data: unknown) =>
    call(page.request, method, url, data);
}

test.describe('organizations list', () => {
  test('searches, sorts and pages with everything in the URL', async ({ page }) => {
    // The demo's 300 organizations make 12 pages of 25; other specs may add a few (exports
    // arrange one), so the count of pages is read loosely.
    await signIn(page, demoUsers.admin, '/organizations');
    const table = page.getByRole('table', { name: 'Organizations' });
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(page.getByText(/Page 1 of 1[2-9]\b/)).toBeVisible();
    await expect(page.getByText(/first 1,000 matches/).first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({
      path: test.info().outputPath('organizations-list.png'),
      fullPage: true,
    });

    const industry = page.getByRole('columnheader', { name: 'Industry' });
    await industry.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=industry%3Aasc/);
    await expect(industry).toHaveAttribute('aria-sort', 'ascending');
    await industry.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=industry%3Adesc/);
    await expect(industry).toHaveAttribute('aria-sort', 'descending');

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/pageNumber=2/);
    await expect(page.getByText(/Page 2 of 1[2-9]\b/)).toBeVisible();
    await page.getByLabel('Rows per page').selectOption('10');
    await expect(page).toHaveURL(/pageSize=10/);
    await expect(table.getByRole('row')).toHaveCount(11);

    // Back returns to the previous view: the URL is the state.
    await page.goBack();
    await expect(page.getByText(/Page 2 of 1[2-9]\b/)).toBeVisible();

    const search = page.getByRole('searchbox', { name: 'Search organizations' });
    await search.fill('Oakridge');
    await expect(page).toHaveURL(/q=Oakridge/);
    const results = page.getByRole('table', { name: 'Organizations matching “Oakridge”' });
    await expect(results.getByRole('link').first()).toContainText('Oakridge');
  });

  test('bad search params fall back instead of breaking the page', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/organizations?pageSize=7&pageNumber=-3&sortOrder=zip');
    await expect(page.getByRole('table', { name: 'Organizations' })).toBeVisible();
    await expect(page.getByText(/Page 1 of 1[2-9]\b/)).toBeVisible();
  });
});

test.describe('organization create, read, edit, delete', () => {
  test('creates one with many fields, reads it back, edits and deletes it', async ({ page }) => {
    // Sign-in, a form of every field, three axe passes and two full-page screenshots: on a busy
    // 2-core machine the walk alone comes close to the default 30 s.
    test.slow();
    const name = uniqueName('Zephyr Works ');
    await signIn(page, demoUsers.admin, '/organizations');
    await page.getByRole('link', { name: 'New organization' }).click();
    await expect(page.getByRole('heading', { name: 'New organization' })).toBeVisible();

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Company type').fill('Partner');
    await page.getByLabel('Industry').fill('Aerospace');
    await page.getByLabel('Employee count').fill('1250');
    await page.getByLabel('Revenue').fill('98000000');
    await page.getByLabel('Phone country').selectOption('US');
    await page.getByLabel('Phone number').fill('317-222-3333');
    await page.getByLabel('Fax number').fill('317-222-4444');
    await page.getByLabel('Address line 1').fill('9 Wind Road');
    await page.getByLabel('City').fill('Indianapolis');
    await page.getByLabel('Postal code').fill('46204');
    await page.getByLabel('Country', { exact: true }).fill('US');
    await page.getByLabel('Websites').fill('https://zephyr.example.com\nzephyr.example.org');
    await page.getByLabel('Tags').fill('vip\npartner');
    await page.getByLabel('Twitter screen name').fill('@zephyr_works');
    await page.getByLabel('External system URL').fill('https://crm.example.com/orgs/7');
    await page.getByRole('button', { name: 'Add ticker' }).click();
    await page.getByLabel('Ticker 1 symbol').fill('ZPH');
    await page.getByLabel('Ticker 1 exchange').fill('NYSE');
    await expectAccessible(page);
    await page.screenshot({
      path: test.info().outputPath('organization-form.png'),
      fullPage: true,
    });

    const posts = organizationPosts(page);
    await page.getByRole('button', { name: 'Create organization' }).dblclick();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    expect(posts).toHaveLength(1);
    await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);

    const section = (title: string) => page.getByRole('region', { name: title });
    await expect(section('Company')).toContainText('Aerospace');
    await expect(section('Company')).toContainText('1,250');
    await expect(section('Company')).toContainText('98,000,000');
    await expect(section('Phone and fax')).toContainText('E.164 +13172223333');
    await expect(section('Phone and fax')).toContainText('E.164 +13172224444');
    await expect(section('Address')).toContainText('9 Wind Road');
    const web = section('Web and social');
    await expect(web.getByRole('link', { name: 'https://zephyr.example.com' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    // Without http(s) a website stays text, never a link.
    await expect(web).toContainText('zephyr.example.org');
    await expect(web.getByRole('link', { name: 'zephyr.example.org' })).toHaveCount(0);
    await expect(web).toContainText('@zephyr_works');
    await expect(section('Tags and tickers')).toContainText('NYSE: ZPH');
    await expect(section('Tags and tickers')).toContainText('partner');
    await expect(section('Record')).toContainText('Created');
    await expectAccessible(page);
    await page.screenshot({
      path: test.info().outputPath('organization-detail.png'),
      fullPage: true,
    });

    // Edit starts from the saved values.
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await expect(page.getByLabel('Ticker 1 exchange')).toHaveValue('NYSE');
    await page.getByLabel('Industry').fill('Aviation');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(section('Company')).toContainText('Aviation');
    await expect(section('Tags and tickers')).toContainText('NYSE: ZPH');

    // Delete with a confirmation naming it; the list no longer finds it, without a reload.
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete organization?' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(page).toHaveURL(/\/organizations(\?.*)?$/);
    await page.getByRole('searchbox', { name: 'Search organizations' }).fill(name);
    await expect(page.getByText(`No organizations match “${name}”.`)).toBeVisible();
  });

  test('shows the form rules on bad input without sending', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/organizations/new');
    const posts = organizationPosts(page);
    await page.getByLabel('Employee count').fill('-3');
    await page.getByLabel('External system URL').fill('crm.example.com/7');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expect(page.getByText('Name is required.')).toBeVisible();
    await expect(page.getByText('Employee count cannot be negative.')).toBeVisible();
    await expect(
      page.getByText('External system URL must be a URL starting with http:// or https://.'),
    ).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    expect(posts).toHaveLength(0);
  });

  test('a 400 from the API lands on its field and keeps what was typed', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/organizations/new');
    // The form accepts the URL; on the way, make it one the sandbox refuses, so the real API
    // error (details[].fieldName = externalSystemUrl) comes back.
    await page.route('**/api/v2/externalcontacts/organizations', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({
        postData: JSON.stringify({ ...body, externalSystemUrl: 'ftp://refused' }),
      });
    });
    await page.getByLabel('Name', { exact: true }).fill('Server Refusal Ltd');
    await page.getByLabel('External system URL').fill('https://crm.example.com/1');
    await page.getByRole('button', { name: 'Create organization' }).click();
    const url = page.getByLabel('External system URL');
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'externalSystemUrl' })).toBeVisible();
    await expect(url).toHaveValue('https://crm.example.com/1');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Server Refusal Ltd');
    await expect(page).toHaveURL(/\/organizations\/new$/);
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/organizations/new');
    await page.getByLabel('Name', { exact: true }).fill('Half typed');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Half typed');
  });

  test('an unknown organization id shows a clear not-found page', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/organizations/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'Organization not found' })).toBeVisible();
  });
});

test.describe('organization trustor and contacts', () => {
  test('links a trustor org from the trustors list and unlinks it', async ({ page }) => {
    // An organization arranged, an axe pass, link, reload and unlink: close to 30 s on 2 cores.
    test.slow();
    const api = await apiAs(page, '/organizations');
    const org = await api('POST', '/externalcontacts/organizations', { name: uniqueName('Ward ') });
    await page.goto(`/organizations/${org.id}`);

    const trustor = page.getByRole('region', { name: 'Trustor' });
    await expect(trustor).toContainText('No trustor linked.');
    // Nothing chosen: the field says so, and nothing is sent.
    await trustor.getByRole('button', { name: 'Link trustor' }).click();
    const picker = trustor.getByRole('combobox', { name: 'Trustor' });
    await expect(trustor.getByText('Choose the trustor organization first.')).toBeVisible();
    await expect(picker).toHaveAttribute('aria-invalid', 'true');

    // The picker offers the orgs that trust this one (GET /orgauthorization/trustors), filtered
    // by what is typed; a disabled trust says so.
    await picker.focus();
    await expect(page.getByRole('option')).toHaveCount(3);
    await expect(page.getByRole('option', { name: /Fabrikam Partner Services/ })).toContainText(
      'trust disabled',
    );
    await picker.fill('contoso');
    const option = page.getByRole('option', { name: /Contoso Outsourced Support/ });
    await expect(option).toBeVisible();
    await expect(page.getByRole('option')).toHaveCount(1);
    await expectAccessible(page);
    await picker.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await picker.press('Enter');
    await expect(picker).toHaveValue('Contoso Outsourced Support');
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
    await trustor.getByRole('button', { name: 'Link trustor' }).click();
    await expect(trustor.getByText('Contoso Outsourced Support', { exact: true })).toBeVisible();
    await expect(trustor).toContainText('contoso.example');
    await expect(trustor).toContainText('Trust granted');
    await page.screenshot({
      path: test.info().outputPath('organization-trustor.png'),
      fullPage: true,
    });

    // It survives a reload (the API holds it); the linked trustor is not offered again.
    await page.reload();
    await expect(trustor.getByText('Contoso Outsourced Support', { exact: true })).toBeVisible();
    const replace = trustor.getByRole('combobox', { name: 'Replace trustor' });
    await replace.focus();
    await expect(page.getByRole('option')).toHaveCount(2);
    await expect(page.getByRole('option', { name: /Contoso/ })).toHaveCount(0);
    await replace.press('Escape');

    await trustor.getByRole('button', { name: 'Unlink trustor' }).click();
    await expect(trustor).toContainText('No trustor linked.');
    await page.reload();
    await expect(trustor).toContainText('No trustor linked.');
  });

  test('the picker closes on Escape, says when nothing matches, and clears', async ({ page }) => {
    const api = await apiAs(page, '/organizations');
    const org = await api('POST', '/externalcontacts/organizations', { name: uniqueName('Esc ') });
    await page.goto(`/organizations/${org.id}`);
    const picker = page.getByRole('combobox', { name: 'Trustor' });
    await picker.fill('North');
    await expect(page.getByRole('option', { name: /Northwind Contact Centre/ })).toBeVisible();
    await picker.press('Escape');
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
    await expect(picker).toHaveValue('');
    await picker.fill('no such trustor');
    await expect(
      page.getByText('No trustor organizations match “no such trustor”.'),
    ).toBeAttached();
    await expect(picker).toHaveAttribute('aria-expanded', 'false');
    await picker.fill('North');
    await page.getByRole('option', { name: /Northwind/ }).click();
    await expect(picker).toHaveValue('Northwind Contact Centre');
    await page.getByRole('button', { name: 'Clear trustor' }).click();
    await expect(picker).toHaveValue('');
  });

  test('a user who may edit but not view trustors is told which permission is missing', async ({
    page,
  }) => {
    await signIn(page, demoUsers.curator, '/organizations');
    await page.getByRole('table', { name: 'Organizations' }).getByRole('link').first().click();
    const trustor = page.getByRole('region', { name: 'Trustor' });
    await expect(trustor).toContainText(
      'Finding a trustor to link needs the authorization:orgTrustor:view permission.',
    );
    await expect(trustor.getByRole('combobox')).toHaveCount(0);
  });

  test('the Contacts tab lists, searches, sorts and pages its contacts', async ({ page }) => {
    const api = await apiAs(page, '/organizations');
    const org = await api('POST', '/externalcontacts/organizations', {
      name: uniqueName('Crowd '),
    });
    const lastName = uniqueName('Member');
    for (const firstName of ['Ann', 'Bea', 'Cy'])
      await api('POST', '/externalcontacts/contacts', {
        firstName,
        lastName,
        title: `${firstName} title`,
        externalOrganization: { id: org.id },
      });
    await page.goto(`/organizations/${org.id}`);
    await page
      .getByRole('navigation', { name: 'Organization sections' })
      .getByRole('link', { name: 'Contacts' })
      .click();
    const table = page.getByRole('table', { name: 'Organization contacts' });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expectAccessible(page);

    const title = page.getByRole('columnheader', { name: 'Title' });
    await title.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=title%3Aasc/);
    await title.getByRole('button').click();
    await expect(page).toHaveURL(/sortOrder=title%3Adesc/);
    await expect(table.getByRole('row').nth(1)).toContainText('Cy');

    await page.getByLabel('Rows per page').selectOption('10');
    await expect(page).toHaveURL(/pageSize=10/);

    await page.getByRole('searchbox', { name: "Search this organization's contacts" }).fill('Bea');
    await expect(page).toHaveURL(/q=Bea/);
    const matches = page.getByRole('table', { name: 'Organization contacts matching “Bea”' });
    await expect(matches.getByRole('row')).toHaveCount(2);
    await matches.getByRole('link', { name: `Bea ${lastName}` }).click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  });
});

test.describe('a read-only user', () => {
  test('sees organizations but no New, Edit, Delete or trustor actions', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/organizations');
    const table = page.getByRole('table', { name: 'Organizations' });
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(page.getByRole('link', { name: 'New organization' })).toHaveCount(0);
    await table.getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Record' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Trustor' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Link trustor' })).toHaveCount(0);
    await expectAccessible(page);
  });
});
