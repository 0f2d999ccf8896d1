import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

interface Contact {
  id: string;
  type?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  workEmail?: string;
  personalEmail?: string;
  mergedFrom?: { id: string }[];
  mergedTo?: { id: string };
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The merge screen's URL as the console writes it (TanStack Router keeps arrays as JSON). */
const mergeUrl = (ids: string[]) =>
  `/contacts/merge?ids=${encodeURIComponent(JSON.stringify(ids))}`;

/**
 * Two records of the same person, the second modified later, so Genesys' default keeps the
 * second one's values: a merge is worth checking only where they differ.
 */
async function duplicatePair(api: SandboxApi, lastName: string): Promise<[Contact, Contact]> {
  const older = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
    firstName: 'Mara',
    lastName,
    title: 'Buyer',
    workEmail: `mara.${lastName.toLowerCase()}@old.example`,
  });
  // Modify dates must differ for "most recently modified" to mean something.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const newer = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
    firstName: 'Mara',
    lastName,
    title: 'Head of buying',
    workEmail: `mara.${lastName.toLowerCase()}@new.example`,
  });
  return [older, newer];
}

async function noMergeButton(page: Page) {
  await expect(page.getByRole('button', { name: /^Merge \d+ contacts$/ })).toHaveCount(0);
}

test.describe('merge and promote', () => {
  test('an admin merges two duplicates from the list, keeping one value of the older record', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Merge${unique()}`;
    const [older, newer] = await duplicatePair(api, lastName);

    await signIn(page, demoUsers.admin, `/contacts?q=${lastName}`);
    const rows = page.getByRole('checkbox', { name: `Select Mara ${lastName}` });
    await expect(rows).toHaveCount(2);
    await rows.first().check();
    // One selected: the action is there but disabled, with the reason in words.
    await expect(page.getByRole('button', { name: 'Merge 1 contact' })).toBeDisabled();
    await expect(page.getByText('Select at least 2 contacts to merge.')).toBeVisible();
    await rows.nth(1).check();
    await page.getByRole('link', { name: 'Merge 2 contacts' }).click();

    await expect(page.getByRole('heading', { name: 'Merge contacts', level: 1 })).toBeVisible();
    const titleChoice = page.getByRole('group', { name: 'Keep which title?' });
    // Genesys' default: the most recently modified contact's title.
    await expect(titleChoice.getByRole('radio', { name: /Head of buying/ })).toBeChecked();
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('merge-screen.png'), fullPage: true });

    await titleChoice.getByRole('radio', { name: /^Buyer/ }).check();
    await expect(page.getByText('1 field keeps a value you chose.')).toBeVisible();
    await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts?' });
    await expect(dialog).toContainText('A new curated contact is created');
    await expect(dialog).toContainText('they stay as its ancestors');
    await page.screenshot({ path: test.info().outputPath('merge-confirm.png') });
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    const resultId = page.url().split('/').pop() ?? '';
    expect([older.id, newer.id]).not.toContain(resultId);
    await expect(page.getByRole('heading', { name: `Mara ${lastName}`, level: 1 })).toBeVisible();
    await expect(page.getByText('Buyer', { exact: true })).toBeVisible();
    const history = page.getByRole('table', { name: `Contacts merged into Mara ${lastName}` });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByText('Directly into this contact')).toHaveCount(2);
    await expect(history).toContainText(older.id);
    await expect(history).toContainText(newer.id);
    // The merge information names the merged contacts (read as they were stored), not their ids.
    const mergeInformation = page.getByRole('region', { name: 'Merge information' });
    await expect(
      mergeInformation.getByRole('link', { name: `Mara ${lastName}` }).first(),
    ).toBeVisible();
    await expect(mergeInformation).not.toContainText(older.id);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('merge-result.png'), fullPage: true });

    const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${resultId}`);
    expect(stored.title).toBe('Buyer');
    expect(stored.workEmail).toBe(newer.workEmail);
    // The older email is not lost: it moved to a free email slot.
    expect(stored.personalEmail).toBe(older.workEmail);
    expect(stored.mergedFrom?.map((ref) => ref.id).sort()).toEqual([older.id, newer.id].sort());
    const ancestor = await api.ok<Contact>(
      'GET',
      `/externalcontacts/contacts/${older.id}/unresolved`,
    );
    expect(ancestor.mergedTo?.id).toBe(resultId);

    // The old merge link now explains that its contacts were merged, and offers the result.
    await page.goto(mergeUrl([older.id, newer.id]));
    await expect(page.getByText(/was already merged into another contact/).first()).toBeVisible();
    await noMergeButton(page);
    await page.getByRole('button', { name: 'Merge the contact it became instead' }).first().click();
    await expect(page).toHaveURL(new RegExp(resultId));
    await expect(page).not.toHaveURL(new RegExp(older.id));
  });

  test('"Merge with…" on a contact opens the merge screen, where the others are searched and added', async ({
    page,
  }) => {
    const api = await sandboxApi(sandboxUrl());
    const lastName = `With${unique()}`;
    const [older, newer] = await duplicatePair(api, lastName);
    await signIn(page, demoUsers.admin, `/contacts/${older.id}`);
    await page.getByRole('link', { name: 'Merge with…' }).click();
    await expect(page.getByText('A merge needs at least 2 contacts')).toBeVisible();
    await noMergeButton(page);

    const picker = page.getByRole('combobox', { name: 'Add a contact to the merge' });
    await picker.fill(lastName);
    // The contact already in the merge is not offered again.
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.getByRole('option', { name: new RegExp(`Mara ${lastName}`) }).click();
    await expect(page).toHaveURL(new RegExp(newer.id));
    await expect(page.getByRole('button', { name: 'Merge 2 contacts' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a merge the API refuses says why and keeps the choices', async ({ page }) => {
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Refused${unique()}`;
    const [older, newer] = await duplicatePair(api, lastName);
    const third = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Other',
      lastName,
    });
    await signIn(page, demoUsers.admin, mergeUrl([older.id, newer.id]));
    const titleChoice = page.getByRole('group', { name: 'Keep which title?' });
    await titleChoice.getByRole('radio', { name: /^Buyer/ }).check();
    // Meanwhile someone else merges one of them.
    await api.ok('POST', '/externalcontacts/contacts/merge', { contactIds: [newer.id, third.id] });

    await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts?' });
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(dialog.getByText(/The merge was refused: .*already merged/)).toBeVisible();
    await expect(dialog.getByText('Your choices are kept.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(titleChoice.getByRole('radio', { name: /^Buyer/ })).toBeChecked();
    // The screen re-read the contacts: it now says which one was merged, and offers no merge.
    await expect(page.getByText(/was already merged into another contact/)).toBeVisible();
    await noMergeButton(page);
    expect(page.url()).toContain(encodeURIComponent(older.id));
  });

  test('bad merge links get a clear message and no merge button', async ({ page }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const [one, two] = await duplicatePair(api, `Bad${unique()}`);
    await signIn(page, demoUsers.admin, mergeUrl([one.id]));
    await expect(page.getByText('A merge needs at least 2 contacts')).toBeVisible();
    await noMergeButton(page);

    await page.goto(mergeUrl([one.id, 'no-such-contact']));
    await expect(page.getByText(/1 contact does not exist .*: no-such-contact\./)).toBeVisible();
    await noMergeButton(page);
    // Taking the unknown id out leaves one contact: still nothing to merge.
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('merge-missing.png'), fullPage: true });
    await page.getByRole('button', { name: 'Remove it from the merge' }).click();
    await expect(page.getByText('A merge needs at least 2 contacts')).toBeVisible();

    const listing = await api.ok<{ entities: Contact[] }>(
      'GET',
      '/externalcontacts/contacts?pageSize=30&sortOrder=lastName:asc',
    );
    const many = [one.id, two.id, ...listing.entities.map((contact) => contact.id)];
    const twentySix = [...new Set(many)].slice(0, 26);
    expect(twentySix).toHaveLength(26);
    await page.goto(mergeUrl(twentySix));
    await expect(
      page.getByText('A merge takes at most 25 contacts; 26 are chosen. Remove 1 contact.'),
    ).toBeVisible();
    await noMergeButton(page);
  });

  test('Riley Reader sees no merge or promote action and the merge screen says not allowed', async ({
    page,
  }) => {
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Read${unique()}`;
    const [one, two] = await duplicatePair(api, lastName);
    await signIn(page, demoUsers.reader, `/contacts?q=${lastName}`);
    const rows = page.getByRole('checkbox', { name: `Select Mara ${lastName}` });
    await expect(rows).toHaveCount(2);
    await rows.first().check();
    await rows.nth(1).check();
    await expect(page.getByText('2 selected')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Merge/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Merge/ })).toHaveCount(0);

    await page.goto(`/contacts/${one.id}`);
    await expect(page.getByRole('heading', { name: `Mara ${lastName}`, level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Merge with…' })).toHaveCount(0);

    await page.goto(mergeUrl([one.id, two.id]));
    await expect(page.getByRole('heading', { name: 'You cannot merge contacts' })).toBeVisible();
    await noMergeButton(page);
  });

  test('an admin promotes an identified contact to curated', async ({ page }) => {
    const api = await sandboxApi(sandboxUrl());
    const scan = await api.ok<{ entities: Contact[] }>(
      'GET',
      '/externalcontacts/scan/contacts?limit=200',
    );
    const observed = scan.entities.find(
      (contact) => contact.type === 'Identified' && contact.firstName && contact.lastName,
    );
    expect(observed, 'the demo seed has identified contacts').toBeDefined();
    const contact = observed as Contact;
    await signIn(page, demoUsers.admin, `/contacts/${contact.id}`);
    const badge = page.locator('.page-header gux-badge');
    await expect(badge).toContainText('Identified');
    await page.getByRole('button', { name: 'Promote to curated' }).click();
    const dialog = page.getByRole('dialog', { name: 'Promote to curated?' });
    await expect(dialog).toContainText('no longer expires');
    await dialog.getByRole('button', { name: 'Promote', exact: true }).click();
    await expect(badge).toContainText('Curated');
    await expect(page.getByRole('button', { name: 'Promote to curated' })).toHaveCount(0);
    const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${contact.id}`);
    expect(stored.type).toBe('Curated');
  });
});
