import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

/**
 * One set of phone rules on every path: a phone that Genesys would store without E.164 is a
 * field error, national numbers are read in the organisation's country (Settings), and the list
 * search finds a contact by its national number with the trunk prefix.
 */
test.describe('phone numbers are stored with E.164 on every path', () => {
  test('settings, the contact form, the list search and an import', async ({ page }) => {
    // Four pages, a save, an import with lookups and two axe passes.
    test.slow();
    const tag = `Ph${Date.now().toString(36)}`;
    // The imported phone is unique to the run: rows are matched to stored contacts by phone.
    const run = `1${String(Date.now() % 100_000).padStart(5, '0')}`;
    await signIn(page, demoUsers.admin, '/contacts');

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page.getByLabel('Country of national phone numbers').selectOption('GB');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(
      page.getByText('Saved: national numbers are read as United Kingdom (+44) numbers.'),
    ).toBeVisible();
    await expectAccessible(page);

    // The form starts in the organisation's country and refuses what cannot be a number.
    await page.goto('/contacts/new');
    await expect(page.getByLabel('Phone country')).toHaveValue('GB');
    await page.getByLabel('First name').fill('Nadia');
    await page.getByLabel('Last name').fill(tag);
    await page.getByLabel('Cell phone').fill('12ab-34');
    await page.getByLabel('Work phone').fill('020 7946');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await expect(
      page.getByText(
        'Cell phone can hold only digits, spaces and + ( ) - . / (a + only first): “12ab-34” is not a phone number.',
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Work phone is not a valid number in United Kingdom (+44): check it, or type it with + and its country code.',
      ),
    ).toBeVisible();
    await expect(page.getByLabel('Cell phone')).toHaveAttribute('aria-invalid', 'true');
    // Without a country, a national number cannot be read.
    await page.getByLabel('Phone country').selectOption('');
    await page.getByLabel('Cell phone').fill('07911 123456');
    await page.getByLabel('Work phone').fill('');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await expect(
      page.getByText(
        'Choose the phone country to read cell phone in, or type it with + and its country code.',
      ),
    ).toBeVisible();
    await page.getByLabel('Phone country').selectOption('GB');
    await page.getByLabel('Work phone').fill('020 7946 0321');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await expect(page.getByRole('heading', { name: `Nadia ${tag}`, level: 1 })).toBeVisible();
    const phones = page.getByRole('region', { name: 'Phones' });
    await expect(phones).toContainText('E.164 +442079460321');
    await expect(phones).toContainText('E.164 +447911123456');

    // The list finds her by the number as a UK caller writes it.
    await page.goto(`/contacts?q=${encodeURIComponent('020 7946 0321')}`);
    const results = page.getByRole('table', { name: 'Contacts matching “020 7946 0321”' });
    await expect(results.getByRole('link', { name: `Nadia ${tag}` })).toBeVisible();

    // An import reads rows without a phone country in the organisation's country too.
    await page.goto('/import');
    await page.getByLabel('CSV file with a header row').setInputFiles({
      name: 'phones.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        ['First name,Last name,Mobile', `Omar,${tag}o,07911 ${run}`, `Bad,${tag}b,12ab-34`].join(
          '\n',
        ),
      ),
    });
    await expect(
      page.getByText('read as United Kingdom (+44) numbers', { exact: false }),
    ).toBeVisible();
    const problems = page.getByRole('table', { name: /Problems: 1 row will be skipped/ });
    await expect(
      problems.getByRole('row', { name: /^3 Mobile Cell phone can hold only/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Import: create 1 contact' }).click();
    await expect(page.getByText('1 created, 0 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });
    await page
      .getByRole('table', { name: 'Results' })
      .getByRole('link', { name: `Omar ${tag}o` })
      .click();
    await expect(page.getByRole('region', { name: 'Phones' })).toContainText(`E.164 +447911${run}`);
  });
});
