import type { Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

interface Phone {
  display?: string;
  e164?: string;
}

interface Contact {
  id: string;
  type?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  workPhone?: Phone;
  cellPhone?: Phone;
  homePhone?: Phone;
  otherPhone?: Phone;
  workEmail?: string;
  personalEmail?: string;
  otherEmail?: string;
  mergedFrom?: { id: string }[];
  mergedTo?: { id: string };
}

/** The E.164 numbers a contact holds, slot by slot (work, cell, home, other). */
const phonesOf = (contact: Contact) =>
  [contact.workPhone, contact.cellPhone, contact.homePhone, contact.otherPhone].flatMap((phone) =>
    phone?.e164 ? [phone.e164] : [],
  );

/** A radio's name starts with its value: the number, then who holds it. */
const startsWith = (text: string, rest = '') =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${rest}`);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  await pause(20);
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

  test('the same number written differently is offered once, and nothing is dropped', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Same${unique()}`;
    const older = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ann',
      lastName,
      workPhone: { display: '+44 20 7946 0321' },
      workEmail: `Ann.${lastName}@Example.com`,
    });
    await pause(20);
    const newer = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ann',
      lastName,
      workPhone: { display: '+44 20 7946 0999' },
      // The same number, typed the way a UK caller writes it.
      cellPhone: { display: '020 7946 0321', normalizationCountryCode: 'GB' },
      personalEmail: `ann.${lastName.toLowerCase()}@example.com`,
    });
    expect(newer.cellPhone?.e164).toBe(older.workPhone?.e164);

    await signIn(page, demoUsers.admin, mergeUrl([older.id, newer.id]));
    const work = page.getByRole('group', { name: 'Keep which work phone?' });
    await expect(work.getByRole('radio')).toHaveCount(2);
    await expect(work.getByRole('radio', { name: /7946 0321/ })).toHaveCount(1);
    await expect(work.getByRole('radio', { name: /7946 0321/ })).toHaveAccessibleName(
      /from all contacts/,
    );
    // The work email's value is the personal email without case: kept once, and said so.
    const workEmailRow = page.getByRole('row', { name: /^Work email/ });
    await expect(workEmailRow).toContainText('kept as the personal email');
    const dropped = page.getByRole('region', { name: 'Will be dropped' });
    await expect(dropped).toContainText(
      'Nothing: the merged contact keeps every value of these contacts.',
    );
    await expect(dropped.getByRole('listitem')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts?' });
    await expect(dialog).toContainText('It keeps every value of these contacts.');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    const resultId = page.url().split('/').pop() ?? '';
    const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${resultId}`);
    expect(phonesOf(stored).sort()).toEqual(['+442079460321', '+442079460999']);
    expect([stored.workEmail, stored.personalEmail, stored.otherEmail].filter(Boolean)).toEqual([
      newer.personalEmail,
    ]);
  });

  test('a value the merge drops is listed before confirming, and the result lacks just that', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Drop${unique()}`;
    const number = (last: string) => `+44 20 7946 0${last}`;
    const older = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ann',
      lastName,
      title: 'Buyer',
      workPhone: { display: number('101') },
      cellPhone: { display: number('102') },
    });
    await pause(20);
    const newer = await api.ok<Contact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ann',
      lastName,
      title: 'Head of buying',
      workPhone: { display: number('103') },
      cellPhone: { display: number('104') },
      homePhone: { display: number('105') },
    });

    await signIn(page, demoUsers.admin, mergeUrl([older.id, newer.id]));
    // Five numbers, four phone slots: Genesys' default keeps the newest contact's three and the
    // older contact's first; the older contact's cell phone does not fit.
    const dropped = page.getByRole('region', { name: 'Will be dropped' });
    await expect(dropped.getByRole('status')).toContainText(
      '2 values of these contacts are not kept',
    );
    await expect(dropped.getByRole('listitem')).toHaveText([
      `Buyer (title of contact 1, Ann ${lastName})`,
      `${number('102')} (cell phone of contact 1, Ann ${lastName})`,
    ]);
    const home = page.getByRole('group', { name: 'Keep which home phone?' });
    await expect(
      home.getByRole('radio', { name: startsWith(number('102'), '.*not kept') }),
    ).toBeVisible();

    // Keeping that number instead displaces the home phone it replaces: now that one is listed.
    await home.getByRole('radio', { name: startsWith(number('102')) }).check();
    await expect(dropped.getByRole('listitem')).toHaveText([
      `Buyer (title of contact 1, Ann ${lastName})`,
      `${number('105')} (home phone of contact 2, Ann ${lastName})`,
    ]);
    // Choosing a number another slot keeps swaps the two: nothing more is dropped.
    const work = page.getByRole('group', { name: 'Keep which work phone?' });
    await work.getByRole('radio', { name: startsWith(number('101')) }).check();
    await expect(
      page.getByRole('group', { name: 'Keep which other phone?' }).getByRole('radio', {
        name: startsWith(number('103')),
      }),
    ).toBeChecked();
    await expect(dropped.getByRole('listitem')).toHaveCount(2);
    await expect(dropped).toContainText(number('105'));
    await expectAccessible(page);
    await dropped.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('merge-dropped.png'), fullPage: true });

    await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts?' });
    await expect(dialog.getByRole('listitem')).toHaveText([
      `Buyer (title of contact 1, Ann ${lastName})`,
      `${number('105')} (home phone of contact 2, Ann ${lastName})`,
    ]);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('merge-dropped-confirm.png') });
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    const resultId = page.url().split('/').pop() ?? '';
    const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${resultId}`);
    // Every number of the two contacts but the one listed, each once, in the slots shown.
    expect(stored.workPhone?.e164).toBe('+442079460101');
    expect(stored.cellPhone?.e164).toBe('+442079460104');
    expect(stored.homePhone?.e164).toBe('+442079460102');
    expect(stored.otherPhone?.e164).toBe('+442079460103');
    const sources = [...phonesOf(older), ...phonesOf(newer)];
    expect(sources.filter((e164) => !phonesOf(stored).includes(e164))).toEqual(['+442079460105']);
    expect(stored.title).toBe('Head of buying');
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
    const badge = page.locator('.page-header .token-badge');
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
