import type { Page } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

interface SeededContact {
  id: string;
  firstName?: string;
  lastName?: string;
  workEmail?: string;
  cellPhone?: { display?: string; e164?: string };
  twitterId?: { screenName?: string };
  externalOrganization?: { id: string; name?: string };
}

/** Reads the seeded contacts straight from the sandbox with the signed-in user's token. */
async function seededContacts(page: Page): Promise<SeededContact[]> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken,
  );
  const contacts: SeededContact[] = [];
  for (const pageNumber of [1, 2, 3]) {
    const response = await page.request.get(
      `${sandboxUrl()}/api/v2/externalcontacts/contacts?pageSize=100&pageNumber=${pageNumber}&expand=externalOrganization`,
      { headers: { Authorization: `Bearer ${token ?? ''}` } },
    );
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { entities: SeededContact[] };
    contacts.push(...body.entities);
  }
  return contacts;
}

const fullName = (contact: SeededContact) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ');

async function lookUp(page: Page, value: string) {
  await page.getByLabel('Phone, email or Twitter handle', { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Look up' }).click();
}

test.describe('lookup', () => {
  test('reverse lookup by phone, email and Twitter handle finds seeded contacts with their organizations', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/lookup');
    const contacts = await seededContacts(page);
    const withPhone = contacts.find(
      (c) => c.cellPhone?.e164 && c.cellPhone.display && c.externalOrganization?.name && c.lastName,
    )!;
    const withEmail = contacts.find(
      (c) => c.workEmail && c.externalOrganization?.name && c.lastName,
    )!;
    const withTwitter = contacts.find((c) => c.twitterId?.screenName && c.lastName)!;
    expect(withPhone && withEmail && withTwitter).toBeTruthy();

    await expect(page.getByRole('heading', { name: 'Lookup', level: 1 })).toBeVisible();
    await expectAccessible(page);

    const results = page.getByRole('table', { name: /^Contacts matching/ });
    // Seeded duplicates share names and emails: find each contact's row by its link.
    const rowOf = (contact: SeededContact) =>
      results.getByRole('row').filter({ has: page.locator(`a[href$="/contacts/${contact.id}"]`) });

    // The phone as people see it, then in E.164.
    await lookUp(page, withPhone.cellPhone!.display!);
    await expect(page).toHaveURL(/kind=reverse/);
    await expect(rowOf(withPhone)).toBeVisible();
    await expect(
      rowOf(withPhone).getByRole('link', { name: withPhone.externalOrganization!.name! }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/lookup-reverse.png', fullPage: true });

    await lookUp(page, withPhone.cellPhone!.e164!);
    await expect(page).toHaveURL(
      new RegExp(`value=${encodeURIComponent(withPhone.cellPhone!.e164!)}`),
    );
    await expect(rowOf(withPhone)).toBeVisible();

    // The number the way its country writes it, read in the country the user picks.
    const phone = parsePhoneNumberFromString(withPhone.cellPhone!.e164!)!;
    const country = page.getByLabel('Country of phone numbers');
    await country.selectOption(phone.country!);
    await lookUp(page, phone.formatNational());
    await expect(page).toHaveURL(
      new RegExp(`value=${encodeURIComponent(withPhone.cellPhone!.e164!)}`),
    );
    await expect(rowOf(withPhone)).toBeVisible();
    // A national number that does not fit the chosen country is refused on its field.
    await country.selectOption(phone.country === 'FR' ? 'DE' : 'FR');
    await lookUp(page, '12345');
    await expect(page.getByText(/This is not a phone number of (France|Germany)/)).toBeVisible();
    await expect(
      page.getByLabel('Phone, email or Twitter handle', { exact: true }),
    ).toHaveAttribute('aria-invalid', 'true');

    await lookUp(page, withEmail.workEmail!.toUpperCase());
    await expect(rowOf(withEmail)).toBeVisible();
    await expect(
      rowOf(withEmail).getByRole('link', { name: withEmail.externalOrganization!.name! }),
    ).toBeVisible();

    await lookUp(page, `@${withTwitter.twitterId!.screenName!.replace(/^@/, '')}`);
    await expect(rowOf(withTwitter)).toBeVisible();

    // A lookup is a link: opening it again shows the same answer; the result opens the contact.
    await page.goto(`/lookup?kind=reverse&value=${encodeURIComponent(withEmail.workEmail!)}`);
    await expect(rowOf(withEmail)).toBeVisible();
    await rowOf(withEmail)
      .first()
      .getByRole('link', { name: fullName(withEmail) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${withEmail.id}$`));
  });

  test('explains no match, and checks the form before asking', async ({ page }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/lookup');
    await lookUp(page, 'nobody.at.all@nowhere.example');
    await expect(
      page.getByText('No contact has this phone number, email address or Twitter handle.'),
    ).toBeVisible();

    await page.getByLabel('Phone, email or Twitter handle', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByText('Phone, email or Twitter handle is required.')).toBeVisible();

    await page.getByRole('radio', { name: 'Contact identifier' }).check();
    await page.getByLabel('Identifier value').fill('x'.repeat(256));
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByText('Choose an identifier type.')).toBeVisible();
    await expect(page.getByText('Identifier value must be at most 255 characters.')).toBeVisible();
    await expect(page.getByLabel('Identifier value')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Identifier type').selectOption('Phone');
    await page.getByLabel('Identifier value').fill('317 555 0100');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(
      page.getByText('A phone identifier must start with + and the country code.'),
    ).toBeVisible();

    // The API answers 404 when nobody holds an identifier: shown as "no match", not as a failure.
    await page.getByLabel('Identifier type').selectOption('Cookie');
    await page.getByLabel('Identifier value').fill(`cookie-${Date.now()}`);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/kind=contact&type=Cookie/);
    await expect(page.getByRole('heading', { name: 'No match' })).toBeVisible();
    await expect(page.getByText('No contact holds this identifier.')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Organization identifier' }).check();
    await page.getByLabel('Identifier value').fill(`EXT-${Date.now()}`);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/kind=organization/);
    await expect(page.getByText('No external organization holds this identifier.')).toBeVisible();

    // Back returns to the previous lookup, form and answer both.
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Contact identifier' })).toBeChecked();
    await expect(page.getByText('No contact holds this identifier.')).toBeVisible();
  });
});
