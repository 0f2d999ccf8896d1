import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

/** A last name no seeded contact has, so searches find exactly the contact a test made. */
const uniqueName = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(
    /[0-9]/g,
    (digit) => 'abcdefghij'[Number(digit)]!,
  );

const contactPosts = (page: Page) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/externalcontacts\/contacts$/.test(request.url()))
      posts.push(request.postData() ?? '');
  });
  return posts;
};

test.describe('contact create, read, edit, search, delete', () => {
  test('creates a contact with many fields, reads it back, edits, finds and deletes it', async ({
    page,
  }) => {
    // The whole life of a record in one test: longer than the default on a busy 2-core machine.
    test.slow();
    const lastName = uniqueName('Quill');
    const email = `zelda.${lastName.toLowerCase()}@example.com`;
    await signIn(page, demoUsers.admin, '/contacts');
    await page.getByRole('link', { name: 'New contact' }).click();
    await expect(page.getByRole('heading', { name: 'New contact' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Salutation').fill('Dr.');
    await page.getByLabel('First name').fill('Zelda');
    await page.getByLabel('Middle name').fill('Quinn');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Title', { exact: true }).fill('Chief Tester');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Personal email').fill('zelda.home@example.net');
    await page.getByLabel('Phone country').selectOption('US');
    await page.getByLabel('Work phone').fill('317-222-2222');
    await page.getByLabel('Cell phone').fill('+44 20 7946 0958');
    await page.getByLabel('Address line 1').fill('1 Main Street');
    await page.getByLabel('City').fill('Indianapolis');
    await page.getByLabel('State or region').fill('IN');
    await page.getByLabel('Postal code').fill('46204');
    await page.getByLabel('Country', { exact: true }).fill('US');
    await page.getByLabel('Twitter screen name').fill('@zelda_tests');
    await page.getByLabel('External system URL').fill('https://crm.example.com/contacts/42');
    await page.getByLabel('Opted out of surveys').check();
    await page.screenshot({ path: 'test-results/contacts-form.png', fullPage: true });

    const posts = contactPosts(page);
    // A double click sends one request.
    await page.getByRole('button', { name: 'Create contact' }).dblclick();
    await expect(page.getByRole('heading', { name: `Zelda Quinn ${lastName}` })).toBeVisible();
    expect(posts).toHaveLength(1);
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);

    const section = (name: string) => page.getByRole('region', { name });
    await expect(section('Name and title')).toContainText('Dr.');
    await expect(section('Name and title')).toContainText('Chief Tester');
    await expect(section('Phones')).toContainText('E.164 +13172222222');
    await expect(section('Phones')).toContainText('E.164 +442079460958');
    await expect(section('Emails').getByRole('link', { name: email })).toHaveAttribute(
      'href',
      `mailto:${email}`,
    );
    await expect(section('Address')).toContainText('Indianapolis');
    await expect(section('Address')).toContainText('46204');
    await expect(section('Social and messaging')).toContainText('@zelda_tests');
    const external = page.getByRole('link', { name: 'https://crm.example.com/contacts/42' });
    await expect(external).toHaveAttribute('target', '_blank');
    await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(section('Preferences and links')).toContainText('Yes, no surveys');
    await expect(section('Record')).toContainText('Created');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/contacts-detail.png', fullPage: true });

    // Edit: the form starts from the saved values.
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    await expect(page.getByLabel('Phone country')).toHaveValue('US');
    await page.getByLabel('Title', { exact: true }).fill('Head of Testing');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(section('Name and title')).toContainText('Head of Testing');
    await expect(section('Phones')).toContainText('E.164 +13172222222');

    // Search by name, then by email and phone.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Contacts' })
      .click();
    const search = page.getByRole('searchbox', { name: 'Search contacts' });
    await search.fill(lastName);
    await expect(page).toHaveURL(new RegExp(`q=${lastName}`));
    const results = page.getByRole('table', { name: `Contacts matching “${lastName}”` });
    await expect(results.getByRole('row')).toHaveCount(2);
    await expect(results.getByRole('link', { name: `Zelda Quinn ${lastName}` })).toBeVisible();
    await search.fill(email);
    const byEmail = page.getByRole('table', { name: `Contacts matching “${email}”` });
    await expect(byEmail.getByRole('link', { name: `Zelda Quinn ${lastName}` })).toBeVisible();
    await expect(byEmail.getByRole('row')).toHaveCount(2);
    // And by phone, in E.164 and as it was typed.
    for (const phone of ['+13172222222', '317-222-2222']) {
      await search.fill(phone);
      const byPhone = page.getByRole('table', { name: `Contacts matching “${phone}”` });
      await expect(byPhone.getByRole('link', { name: `Zelda Quinn ${lastName}` })).toBeVisible();
    }
    await search.fill(email);

    // Delete with a confirmation that names the contact.
    await byEmail.getByRole('link', { name: `Zelda Quinn ${lastName}` }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete contact?' });
    await expect(dialog).toContainText(`Zelda Quinn ${lastName}`);
    await dialog.getByRole('button', { name: `Delete Zelda Quinn ${lastName}` }).click();
    await expect(page).toHaveURL(/\/contacts(\?.*)?$/);
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill(lastName);
    await expect(page.getByText(`No contacts match “${lastName}”.`)).toBeVisible();
  });

  test('shows the form rules on bad input without sending', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts/new');
    const posts = contactPosts(page);
    await page.getByLabel('First name').fill('Bad');
    await page.getByLabel('Work email').fill('not-an-email');
    await page.getByLabel('External system URL').fill('crm.example.com/42');
    await page.getByLabel('Twitter screen name').fill('has space');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await expect(page.getByText('Work email must be a valid email address.')).toBeVisible();
    await expect(
      page.getByText('External system URL must be a URL starting with http:// or https://.'),
    ).toBeVisible();
    await expect(page.getByText(/A Twitter screen name has only letters/)).toBeVisible();
    await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectAccessible(page);
    expect(posts).toHaveLength(0);
  });

  test('a 400 from the API lands on the field it names and keeps what was typed', async ({
    page,
  }) => {
    await signIn(page, demoUsers.admin, '/contacts/new');
    // The client accepts the address; on the way, make it one the sandbox refuses, so the real
    // API error (details[].fieldName = workEmail) comes back.
    await page.route('**/api/v2/externalcontacts/contacts', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, workEmail: 'refused@@' }) });
    });
    await page.getByLabel('First name').fill('Server');
    await page.getByLabel('Last name').fill('Refusal');
    await page.getByLabel('Work email').fill('server.refusal@example.com');
    await page.getByRole('button', { name: 'Create contact' }).click();
    const workEmail = page.getByLabel('Work email');
    await expect(workEmail).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'workEmail' })).toBeVisible();
    await expect(workEmail).toHaveValue('server.refusal@example.com');
    await expect(page.getByLabel('Last name')).toHaveValue('Refusal');
    await expect(page).toHaveURL(/\/contacts\/new$/);
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts/new');
    await page.getByLabel('First name').fill('Half typed');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('First name')).toHaveValue('Half typed');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await page
      .getByRole('dialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Leave and discard changes' })
      .click();
    await expect(page.getByRole('heading', { name: 'Welcome, Alex' })).toBeVisible();
  });

  test('an unknown contact id shows a clear not-found page', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/contacts/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'Contact not found' })).toBeVisible();
  });
});

test.describe('a read-only user', () => {
  test('sees contacts but no New, Edit or Delete', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(page.getByRole('link', { name: 'New contact' })).toHaveCount(0);
    await table.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Record' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expectAccessible(page);
  });
});
