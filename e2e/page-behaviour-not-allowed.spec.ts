import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

interface Ids {
  contactId: string;
  otherContactId: string;
  organizationId: string;
  schemaId: string;
}

interface Refusal {
  path: (ids: Ids) => string;
  heading: string;
  back: string;
}

const mergeUrl = (ids: string[]) =>
  `/contacts/merge?ids=${encodeURIComponent(JSON.stringify(ids))}`;

/** Every page the read-only demo user may not use, and what it must say. */
const readerRefusals: Refusal[] = [
  {
    path: () => '/contacts/new',
    heading: 'You cannot create contacts',
    back: 'Back to all contacts',
  },
  {
    path: (ids) => `/contacts/${ids.contactId}/edit`,
    heading: 'You cannot edit contacts',
    back: 'Back to all contacts',
  },
  {
    path: (ids) => mergeUrl([ids.contactId, ids.otherContactId]),
    heading: 'You cannot merge contacts',
    back: 'Back to all contacts',
  },
  {
    path: () => '/organizations/new',
    heading: 'You cannot create organizations',
    back: 'Back to all organizations',
  },
  {
    path: (ids) => `/organizations/${ids.organizationId}/edit`,
    heading: 'You cannot edit organizations',
    back: 'Back to all organizations',
  },
  {
    path: () => '/import',
    heading: 'You cannot import contacts or organizations',
    back: 'Back to all contacts',
  },
  {
    path: () => '/export',
    heading: 'You cannot export contacts, organizations, notes or relationships',
    back: 'Go to the console home',
  },
  {
    path: () => '/schemas/contacts/new',
    heading: 'You cannot create custom-field schemas',
    back: 'Back to all schemas',
  },
];

/** Every page the curator (no merge, no duplicates, no custom fields) may not use. */
const curatorRefusals: Refusal[] = [
  {
    path: (ids) => mergeUrl([ids.contactId, ids.otherContactId]),
    heading: 'You cannot merge contacts',
    back: 'Back to all contacts',
  },
  {
    path: () => '/duplicates',
    heading: 'You cannot view duplicate contacts',
    back: 'Go to the console home',
  },
  {
    path: () => '/export',
    heading: 'You cannot export contacts, organizations, notes or relationships',
    back: 'Go to the console home',
  },
  {
    path: () => '/schemas',
    heading: 'You cannot view custom-field schemas',
    back: 'Go to the console home',
  },
  {
    path: () => '/schemas/contacts/new',
    heading: 'You cannot create custom-field schemas',
    back: 'Back to all schemas',
  },
  {
    path: () => '/schemas/organizations/new',
    heading: 'You cannot create custom-field schemas',
    back: 'Back to all schemas',
  },
  {
    path: (ids) => `/schemas/contacts/${ids.schemaId}`,
    heading: 'You cannot view custom-field schemas',
    back: 'Back to all schemas',
  },
];

async function arrange(): Promise<Ids> {
  const api = await sandboxApi(sandboxUrl());
  const stamp = Date.now().toString(36);
  const one = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    firstName: 'Guard',
    lastName: `One${stamp}`,
  });
  const two = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    firstName: 'Guard',
    lastName: `Two${stamp}`,
  });
  const organization = await api.ok<{ id: string }>('POST', '/externalcontacts/organizations', {
    name: `Guarded ${stamp}`,
  });
  const schemas = await api.ok<{ entities: { id: string }[] }>(
    'GET',
    '/externalcontacts/contacts/schemas',
  );
  const schemaId = schemas.entities[0]?.id;
  if (!schemaId) throw new Error('The demo seed has no contact schema.');
  return {
    contactId: one.id,
    otherContactId: two.id,
    organizationId: organization.id,
    schemaId,
  };
}

/** The External Contacts requests the page sends while `action` runs. */
async function externalContactsRequests(page: Page, action: () => Promise<void>) {
  const seen: string[] = [];
  const listener = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v2/externalcontacts/')) seen.push(url.pathname);
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  return seen;
}

async function expectRefusals(page: Page, userName: string, refusals: Refusal[], ids: Ids) {
  await signIn(page, userName, '/');
  for (const refusal of refusals) {
    const path = refusal.path(ids);
    const requests = await externalContactsRequests(page, async () => {
      await page.goto(path);
      await expect(
        page.getByRole('heading', { level: 1, name: refusal.heading }),
        `${userName} on ${path}`,
      ).toBeVisible();
    });
    await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
    await expect(
      page.getByText(/must have at least one of the following permissions/i),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: refusal.back })).toBeVisible();
    // Refused before any request: the guard needs only who the user is.
    expect(requests, `${userName} on ${path}`).toEqual([]);
  }
}

test.describe('pages a user may not use say so, never with the raw API refusal', () => {
  test('the read-only demo user', async ({ page }) => {
    test.slow();
    const ids = await arrange();
    await expectRefusals(page, demoUsers.reader, readerRefusals, ids);
    await expectAccessible(page);
  });

  test('the curator demo user', async ({ page }) => {
    test.slow();
    const ids = await arrange();
    await expectRefusals(page, demoUsers.curator, curatorRefusals, ids);
    await expectAccessible(page);
    await page.goto('/schemas/contacts/new');
    await expect(
      page.getByRole('heading', { name: 'You cannot create custom-field schemas' }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/shell-not-allowed.png' });
    // The way back works.
    await page.getByRole('link', { name: 'Back to all schemas' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'You cannot view custom-field schemas' }),
    ).toBeVisible();
  });

  test('a refusal reached inside the app keeps the navigation and its way back', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.reader, '/contacts');
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
    // A client-side navigation (the user is known): the guard refuses without a request.
    await page.evaluate(() => {
      history.pushState({}, '', '/organizations/new');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(
      page.getByRole('heading', { level: 1, name: 'You cannot create organizations' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to all organizations' }).click();
    await expect(page.getByRole('table', { name: 'Organizations' })).toBeVisible();
  });
});

test.describe('the navigation offers only the areas the user may use', () => {
  const everything = [
    'Home',
    'Contacts',
    'Organizations',
    'Notes',
    'Relationships',
    'Lookup',
    'Duplicates',
    'Import',
    'Enrich',
    'Export',
    'Schemas',
    'External sources',
  ];
  const cases = [
    { user: demoUsers.admin, links: everything },
    {
      user: demoUsers.reader,
      links: everything.filter(
        (link) => link !== 'Import' && link !== 'Enrich' && link !== 'Export',
      ),
    },
    {
      user: demoUsers.curator,
      links: everything.filter(
        (link) =>
          link !== 'Duplicates' &&
          link !== 'Enrich' &&
          link !== 'Schemas' &&
          link !== 'Export' &&
          link !== 'External sources',
      ),
    },
  ];
  for (const { user, links } of cases) {
    test(user, async ({ page }) => {
      test.slow();
      await signIn(page, user, '/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link')).toHaveText(links);
    });
  }
});
