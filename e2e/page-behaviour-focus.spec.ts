import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

const unique = () => Date.now().toString(36);

test.describe('focus after navigation', () => {
  test('moves to the new page’s heading, not on a search or a record tab', async ({ page }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const lastName = `Focus${unique()}`;
    const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
      firstName: 'Fay',
      lastName,
    });

    await signIn(page, demoUsers.admin, '/');
    // The first page after sign-in (the contacts list, when none was asked for) keeps the
    // document's own start (skip link first).
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Organizations' }).click();
    const organizationsHeading = page.getByRole('heading', { level: 1, name: 'Organizations' });
    await expect(organizationsHeading).toBeFocused({ timeout: 20_000 });
    // Focused by script only: no Tab stop and no focus ring on the heading.
    await expect(organizationsHeading).toHaveAttribute('tabindex', '-1');
    const outline = await organizationsHeading.evaluate(
      (heading) => getComputedStyle(heading).outlineStyle,
    );
    expect(outline).toBe('none');

    // A search changes the address but not the page: focus stays in the search box.
    const search = page.getByRole('searchbox', { name: 'Search organizations' });
    await search.click();
    await search.pressSequentially('zz');
    await expect(page).toHaveURL(/q=zz/);
    await expect(search).toBeFocused();

    // From the header to a record, then between its tabs: the tab keeps focus.
    await page.goto(`/contacts/${contact.id}`);
    const heading = page.getByRole('heading', { level: 1, name: `Fay ${lastName}` });
    await expect(heading).toBeVisible();
    const notesTab = page
      .getByRole('navigation', { name: 'Contact sections' })
      .getByRole('link', { name: 'Notes' });
    await notesTab.click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}/notes`));
    await expect(page.getByRole('textbox', { name: 'New note' })).toBeVisible();
    await expect(notesTab).toBeFocused();

    // Back to the contacts list with the keyboard: its heading takes focus.
    await nav.getByRole('link', { name: 'Contacts' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeFocused({
      timeout: 20_000,
    });
    await expectAccessible(page);
  });

  test('after saving a new contact, focus is on the saved contact’s heading', async ({ page }) => {
    test.slow();
    const lastName = `Saved${unique()}`;
    await signIn(page, demoUsers.admin, '/contacts');
    await page.getByRole('link', { name: 'New contact' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New contact' })).toBeFocused({
      timeout: 20_000,
    });
    const create = page.getByRole('button', { name: 'Create contact' });
    await expect(create).toBeVisible();
    await page.getByLabel('First name').fill('Sol');
    await page.getByLabel('Last name').fill(lastName);
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    await create.click();

    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const heading = page.getByRole('heading', { level: 1, name: `Sol ${lastName}` });
    await expect(heading).toBeFocused();
    expect(
      await heading.evaluate((element) => element === document.activeElement),
      'document.activeElement is the saved contact’s heading',
    ).toBe(true);
  });
});
