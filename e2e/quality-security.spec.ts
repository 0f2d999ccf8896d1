import type { ConsoleMessage, Page } from '@playwright/test';
import { demoUsers, expect, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

/**
 * Stored cross-site scripting: every text field of a contact, an organization, a note and a
 * relationship holds markup that would run if the console ever rendered API text as HTML. Each
 * payload names its field, so a failure says where; each would both open a dialog and set a flag.
 */
const img = (field: string) => `<img src=x onerror="window.__xss='${field}';alert('${field}')">`;
const script = (field: string) => `<script>window.__xss='${field}';alert('${field}')</script>`;
/** A word search can find: the payloads themselves are mostly punctuation. */
const MARKER = 'Xssmarker';

const contactPayload = {
  firstName: `${MARKER} ${img('firstName')}`,
  middleName: script('middleName'),
  lastName: `${img('lastName')} ${script('lastName')}`,
  salutation: img('salutation'),
  title: script('title'),
  workEmail: `<img/src=x/onerror=alert('workEmail')>@example.com`,
  personalEmail: `<script>alert('personalEmail')</script>@example.com`,
  otherEmail: `"><svg/onload=alert('otherEmail')>@example.com`,
  address: {
    address1: img('address1'),
    address2: script('address2'),
    city: img('city'),
    state: img('state').slice(0, 50),
    postalCode: '<b>x</b>',
    countryCode: '<i>x</i>',
  },
  // The screen name itself only takes letters, digits and _ (the API refuses markup there).
  twitterId: { id: img('twitterId'), name: script('twitterName') },
  externalSystemUrl: `https://example.com/"><script>alert('externalSystemUrl')</script>`,
};

const organizationPayload = {
  name: `${MARKER} Org ${img('orgName')} ${script('orgName')}`,
  companyType: img('companyType'),
  industry: script('industry'),
  address: { address1: img('orgAddress1'), city: script('orgCity') },
  tags: [img('tag'), script('tag')],
  websites: [`javascript:alert('website')`, img('website')],
  tickers: [{ symbol: img('ticker'), exchange: script('exchange') }],
  twitterId: { name: script('orgTwitter') },
  externalSystemUrl: `https://example.com/?q=<img src=x onerror=alert('orgUrl')>`,
};

interface Created {
  contactId: string;
  organizationId: string;
}

/** Creates the poisoned records through the API. */
async function storePayloads(api: SandboxApi): Promise<Created> {
  const organization = await api.ok<{ id: string }>(
    'POST',
    '/externalcontacts/organizations',
    organizationPayload,
  );
  const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    ...contactPayload,
    externalOrganization: { id: organization.id },
  });
  await api.ok('POST', `/externalcontacts/contacts/${contact.id}/notes`, {
    noteText: `${img('contactNote')}\n${script('contactNote')}`,
    createdBy: { id: await anyUserId(api) },
  });
  await api.ok('POST', `/externalcontacts/organizations/${organization.id}/notes`, {
    noteText: `${script('orgNote')} ${img('orgNote')}`,
    createdBy: { id: await anyUserId(api) },
  });
  await api.ok('POST', '/externalcontacts/relationships', {
    user: { id: await anyUserId(api) },
    externalOrganization: { id: organization.id },
    // The relationship text is at most 100 characters.
    relationship: `<img src=x onerror="alert('relationship')"><script>alert('relationship')</script>`,
  });
  return { contactId: contact.id, organizationId: organization.id };
}

async function anyUserId(api: SandboxApi): Promise<string> {
  const users = await api.ok<{ entities: { id: string }[] }>('GET', '/users?pageSize=1');
  return users.entities[0]!.id;
}

/** Everything a page did that would show a script ran, or that the CSP had to stop something. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { dialogs, violations };
}

async function expectNothingRan(page: Page, seen: ReturnType<typeof watch>): Promise<void> {
  // CSS locators pierce open shadow roots, so Spark components' insides are searched too.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('svg[onload]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  // The payloads never reach the DOM as markup, so the CSP never has anything to block.
  expect(seen.violations).toEqual([]);
}

test.describe('stored script and HTML payloads never run', () => {
  let created: Created;

  test.beforeAll(async () => {
    created = await storePayloads(await sandboxApi(sandboxUrl()));
  });

  test('in the contacts list and search', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/contacts?q=${MARKER}`);
    const table = page.getByRole('table', { name: /Contacts matching/ });
    // .first(): each worker stores its own set of records.
    await expect(table.getByText(img('firstName'), { exact: false }).first()).toBeVisible();
    await expectNothingRan(page, seen);

    await page.getByLabel('Search contacts').fill(`${MARKER.toLowerCase().slice(0, 6)}`);
    await page.getByLabel('Search contacts').press('Enter');
    await expect(table.getByText(MARKER, { exact: false }).first()).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('on the contact detail and its tabs', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/contacts/${created.contactId}`);
    // Shown as the literal text it is.
    await expect(page.getByText(script('title')).first()).toBeVisible();
    await expect(page.getByText(img('city'), { exact: false }).first()).toBeVisible();
    await expectNothingRan(page, seen);

    for (const tab of ['notes', 'identifiers', 'activity', 'edit']) {
      await page.goto(`/contacts/${created.contactId}/${tab}`);
      await expect(page.getByTestId('signed-in-user')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNothingRan(page, seen);
    }
  });

  test('on the contact notes tab, the note shown literally', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/contacts/${created.contactId}/notes`);
    const note = page.getByText(img('contactNote'), { exact: false });
    await page.waitForLoadState('networkidle');
    await expect(note.first()).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('on the organization pages', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/organizations/${created.organizationId}`);
    await page.waitForLoadState('networkidle');
    await expectNothingRan(page, seen);
    for (const tab of ['notes', 'relationships', 'identifiers', 'contacts', 'edit']) {
      await page.goto(`/organizations/${created.organizationId}/${tab}`);
      await expect(page.getByTestId('signed-in-user')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNothingRan(page, seen);
    }
    await page.goto(`/organizations/${created.organizationId}`);
    const name = page.getByText(organizationPayload.name, { exact: false });
    await page.waitForLoadState('networkidle');
    await expect(name.first()).toBeVisible();
  });

  test('on the lists that gather records from everywhere', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/organizations?q=${MARKER}`);
    for (const path of [
      `/organizations?q=${MARKER}`,
      '/contacts/browse',
      '/notes',
      '/relationships',
      `/users/${await anyUserId(await sandboxApi(sandboxUrl()))}`,
    ]) {
      await page.goto(path);
      await expect(page.getByTestId('signed-in-user')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNothingRan(page, seen);
    }
  });
});

test.describe('stored payloads in the merge screen, exports and imports', () => {
  let ids: string[];

  test.beforeAll(async () => {
    const api = await sandboxApi(sandboxUrl());
    const { contactId } = await storePayloads(api);
    const second = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
      ...contactPayload,
      title: img('secondTitle'),
    });
    ids = [contactId, second.id];
  });

  test('on the merge screen, every field side by side', async ({ page }) => {
    const seen = watch(page);
    await signIn(
      page,
      demoUsers.admin,
      `/contacts/merge?ids=${encodeURIComponent(JSON.stringify(ids))}`,
    );
    await expect(page.getByRole('heading', { name: 'Merge contacts', level: 1 })).toBeVisible();
    // The differing titles are choices: their labels carry the payloads as text.
    await expect(page.getByText(img('secondTitle')).first()).toBeVisible();
    await expect(page.getByText(script('title')).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNothingRan(page, seen);
  });

  test('in the export preview of selected contacts', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, `/contacts?q=${MARKER}`);
    const table = page.getByRole('table', { name: /Contacts matching/ });
    await expect(table.getByText(MARKER, { exact: false }).first()).toBeVisible();
    const boxes = table.getByRole('checkbox', { name: /^Select (?!all)/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Export selected' }).click();
    const preview = page
      .getByRole('dialog', { name: 'Export 2 contacts' })
      .getByRole('table', { name: /^Preview/ });
    await expect(preview.getByText(script('middleName')).first()).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('in the import preview and its problems', async ({ page }) => {
    const seen = watch(page);
    await signIn(page, demoUsers.admin, '/import');
    const rows = [
      'First name,Last name,Title,Work email',
      `"${img('importFirst').replaceAll('"', '""')}",${MARKER},"${script('importTitle')}",x@example.com`,
      `${MARKER},"${img('importLast').replaceAll('"', '""')}",t,"<svg/onload=alert('importEmail')>"`,
    ].join('\r\n');
    await page.getByLabel('CSV file with a header row').setInputFiles({
      name: 'payloads.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows),
    });
    await expect(page.getByText('payloads.csv')).toBeVisible();
    await expect(page.getByText(script('importTitle')).first()).toBeVisible();
    await expect(page.getByText("<svg/onload=alert('importEmail')>").first()).toBeVisible();
    await expectNothingRan(page, seen);
  });
});

test.describe('sign-in and the token', () => {
  test('the token is never in a URL or a console message', async ({ page }) => {
    const messages: string[] = [];
    const urls: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    page.on('request', (request) => urls.push(request.url()));
    await signIn(page, demoUsers.admin, '/contacts');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    const token = await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
          .accessToken,
    );
    expect(token, 'the session keeps its token in sessionStorage').toBeTruthy();
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(token!);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(page.url()).not.toContain(token!);
    expect(page.url()).not.toContain('access_token');
    // Requests carry it in the Authorization header only; the callback's fragment is never sent.
    expect(urls.filter((url) => url.includes(token!))).toEqual([]);
    expect(messages.filter((text) => text.includes(token!))).toEqual([]);
  });

  test('a forged state in the authorize URL is refused', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` })).toBeVisible();
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get('state')).toBeTruthy();
    authorize.searchParams.set('state', 'forged-by-an-attacker');
    await page.goto(authorize.toString());
    await page.getByRole('button', { name: `Sign in as ${demoUsers.admin}` }).click();
    await expect(page.getByRole('heading', { name: 'Sign-in refused' })).toBeVisible();
    expect(page.url()).not.toContain('access_token');
    expect(await page.evaluate(() => sessionStorage.getItem('ecc.session'))).toBeNull();
  });

  test('an unregistered redirect URI gets an error page, not a redirect', async ({ page }) => {
    const redirects: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(sandboxUrl())) redirects.push(request.url());
    });
    const authorize = new URL('/oauth/authorize', sandboxUrl());
    authorize.searchParams.set('response_type', 'token');
    authorize.searchParams.set('client_id', 'sandbox-console');
    authorize.searchParams.set('redirect_uri', 'https://attacker.example/steal');
    authorize.searchParams.set('state', 'abc');
    const response = await page.goto(authorize.toString());
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { name: 'Sign-in error' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('is not registered');
    expect(new URL(page.url()).origin).toBe(new URL(sandboxUrl()).origin);
    expect(redirects).toEqual([]);
  });
});

test.describe('the browser-side walls', () => {
  test('the sandbox refuses a CORS preflight from an origin it was not told about', async () => {
    const preflight = (origin: string) =>
      fetch(`${sandboxUrl()}/api/v2/externalcontacts/contacts`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
    const refused = await preflight('https://attacker.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as { code: string }).code).toBe('cors.origin.not.allowed');
    // The console's own (loopback) origin is allowed, so the refusal is about the origin.
    const allowed = await preflight(new URL(process.env.E2E_CONSOLE_URL ?? '').origin);
    expect(allowed.status).toBe(204);
  });

  test('the built page carries the Content-Security-Policy, as a header and a meta', async ({
    page,
  }) => {
    const response = await page.goto('/login');
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';
    for (const policy of [header, meta]) {
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      const connect = directives.get('connect-src') ?? [];
      expect(connect).toContain("'self'");
      expect(connect).toContain('https://api.mypurecloud.ie');
      expect(connect).not.toContain('*');
      expect(connect.every((source) => source === "'self'" || /^https?:\/\//.test(source))).toBe(
        true,
      );
      expect(policy).not.toContain('unsafe-eval');
    }
    // The header names the one sandbox this server's config points at.
    expect(header).toContain(`connect-src 'self' ${new URL(sandboxUrl()).origin} `);
    expect(header).toContain("frame-ancestors 'none'");
    // The page loads without the policy having to block anything of ours.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, demoUsers.admin, '/contacts');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    expect(violations).toEqual([]);
    // And it does block an inline script, should one ever be injected.
    const ran = await page.evaluate(() => {
      const element = document.createElement('script');
      element.textContent = 'window.__inline = true';
      document.body.append(element);
      return (window as { __inline?: boolean }).__inline === true;
    });
    expect(ran).toBe(false);
  });
});
