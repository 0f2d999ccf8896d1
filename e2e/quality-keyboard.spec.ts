import type { Locator, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, test } from './fixtures';
import { sandboxApi, signInWithKeyboard, tabTo } from './quality-fixture';

/** The element has focus and a visible focus indicator (an outline or a focus ring shadow). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      focused: element === document.activeElement,
      outline: computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) > 0,
      ring: computed.boxShadow !== 'none',
    };
  });
  expect(style.focused).toBe(true);
  expect(style.outline || style.ring, 'a visible focus indicator').toBe(true);
}

/** Replaces a text field's value as a keyboard user does: select all, then type. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('keyboard only: sign in, find a contact, edit it and add a note', async ({ page }) => {
  test.setTimeout(90_000);
  const api = await sandboxApi(sandboxUrl());
  const lastName = `Keyboard${Date.now().toString(36)}`;
  const contact = await api.ok<{ id: string }>('POST', '/externalcontacts/contacts', {
    firstName: 'Kim',
    lastName,
    title: 'Before',
  });

  await signInWithKeyboard(page, demoUsers.admin, '/contacts');

  // Find the contact with the search box.
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await tabTo(page, search);
  await expectVisibleFocus(search);
  await page.keyboard.type(lastName);
  await page.keyboard.press('Enter');
  const results = page.getByRole('table', { name: `Contacts matching “${lastName}”` });
  const link = results.getByRole('link', { name: `Kim ${lastName}` });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Kim ${lastName}` })).toBeVisible();

  // Edit the title and save.
  const edit = page.getByRole('link', { name: 'Edit' });
  await tabTo(page, edit);
  await expectVisibleFocus(edit);
  await page.keyboard.press('Enter');
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Before');
  await tabTo(page, title);
  await retype(page, 'After, by keyboard');
  const save = page.getByRole('button', { name: 'Save changes' });
  await tabTo(page, save, 120);
  await expectVisibleFocus(save);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));
  await expect(page.getByText('After, by keyboard')).toBeVisible();
  const stored = await api.ok<{ title?: string }>(
    'GET',
    `/externalcontacts/contacts/${contact.id}`,
  );
  expect(stored.title).toBe('After, by keyboard');

  // Its Notes tab: add a note.
  const notesTab = page
    .getByRole('navigation', { name: 'Contact sections' })
    .getByRole('link', { name: 'Notes' });
  await tabTo(page, notesTab);
  await expectVisibleFocus(notesTab);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}/notes`));
  const noteBox = page.getByRole('textbox', { name: 'New note' });
  await expect(noteBox).toBeVisible();
  await tabTo(page, noteBox);
  await page.keyboard.type('Called back; prefers email. Added without a mouse.');
  const addNote = page.getByRole('button', { name: 'Add note' });
  await tabTo(page, addNote);
  await expectVisibleFocus(addNote);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Called back; prefers email. Added without a mouse.')).toBeVisible();
  const notes = await api.ok<{ entities: { noteText?: string }[] }>(
    'GET',
    `/externalcontacts/contacts/${contact.id}/notes`,
  );
  expect(notes.entities.map((note) => note.noteText)).toContain(
    'Called back; prefers email. Added without a mouse.',
  );
  await expectAccessible(page);
});
