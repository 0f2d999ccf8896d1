import { demoUsers, signIn } from './fixtures';
import { createOnce, expect, readThrough, test } from './faults-fixture';

interface Contact {
  id: string;
  lastName?: string;
}
interface Note {
  id: string;
  noteText?: string;
}

/**
 * Adding a note through the faults. A note is created by POST, so unlike an edit, sending it
 * again after a failure that came AFTER the sandbox stored it (after-write-503) makes a second
 * note. The promise checked here: a failed add says so and keeps the text, and in the end the
 * contact holds the note exactly once, as the user saw it.
 */
test('adds a note through the faults without duplicating it', async ({ page, faulty }) => {
  // A late 503 (stored, then refused) leaves the add uncertain: the console looks for the note
  // before sending it again (src/api/create-once.ts), so the second "Add note" never duplicates.
  test.setTimeout(120_000);
  const lastName = `Noted${Date.now().toString(36)}`;
  const contact = await createOnce<Contact>(
    faulty.api,
    '/externalcontacts/contacts',
    { firstName: 'Nia', lastName },
    async () =>
      (
        await readThrough<{ entities: Contact[] }>(
          faulty.api,
          `/externalcontacts/contacts?q=${lastName}`,
        )
      ).entities.find((entry) => entry.lastName === lastName),
  );

  await signIn(page, demoUsers.admin, `/contacts/${contact.id}/notes`);
  const noteBox = page.getByRole('textbox', { name: 'New note' });
  await expect(noteBox).toBeVisible({ timeout: 30_000 });
  const text = `Promised a callback on Friday (${lastName}).`;
  await noteBox.fill(text);
  const add = page.getByRole('button', { name: 'Add note' });
  let failuresSeen = 0;
  for (let attempt = 1; ; attempt += 1) {
    expect(attempt, 'adding should succeed within a few tries').toBeLessThanOrEqual(8);
    // The first try POSTs; a try after an uncertain failure may only GET (looking for the note).
    const answered = Promise.race([
      page.waitForEvent('requestfinished', {
        predicate: (request) => request.url().includes('/notes'),
        timeout: 30_000,
      }),
      page.waitForEvent('requestfailed', {
        predicate: (request) => request.url().includes('/notes'),
        timeout: 30_000,
      }),
    ]);
    await add.click();
    await answered;
    // Added: the box empties for the next note. Failed: a message, and the text still there.
    const alert = page.getByRole('alert').first();
    let outcome = 'pending' as 'added' | 'failed' | 'pending';
    await expect
      .poll(
        async () => {
          if ((await noteBox.inputValue()) === '') return (outcome = 'added');
          const failed = (await alert.isVisible().catch(() => false)) && (await add.isEnabled());
          return (outcome = failed ? 'failed' : 'pending');
        },
        { timeout: 30_000 },
      )
      .not.toBe('pending');
    if (outcome === 'added') break;
    failuresSeen += 1;
    await expect(noteBox).toHaveValue(text);
  }
  test.info().annotations.push({ type: 'failed adds', description: String(failuresSeen) });

  await expect(page.getByText(text)).toHaveCount(1, { timeout: 30_000 });
  const notes = await readThrough<{ entities: Note[] }>(
    faulty.api,
    `/externalcontacts/contacts/${contact.id}/notes`,
  );
  expect(notes.entities.filter((note) => note.noteText === text)).toHaveLength(1);
});
