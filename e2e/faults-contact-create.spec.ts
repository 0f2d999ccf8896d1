import { demoUsers, signIn } from './fixtures';
import { expect, readThrough, test } from './faults-fixture';

interface Contact {
  id: string;
  lastName?: string;
}

/**
 * Creating a contact through the faults: a failed save says so and keeps the form, and a save
 * that failed after the sandbox stored the contact (after-write-503) is found, not sent again.
 */
test('creates a contact through the faults without duplicating it', async ({ page, faulty }) => {
  test.setTimeout(150_000);
  const lastName = `Faultless${Date.now().toString(36)}`;
  await signIn(page, demoUsers.admin, '/contacts/new');
  const lastNameBox = page.getByRole('textbox', { name: 'Last name' });
  await expect(lastNameBox).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'First name' }).fill('Fay');
  await lastNameBox.fill(lastName);
  await page
    .getByRole('textbox', { name: 'Work email' })
    .fill(`${lastName.toLowerCase()}@example.com`);
  const create = page.getByRole('button', { name: 'Create contact' });

  let failuresSeen = 0;
  for (let attempt = 1; ; attempt += 1) {
    expect(attempt, 'creating should succeed within a few tries').toBeLessThanOrEqual(8);
    await create.click();
    let outcome = 'pending' as 'created' | 'failed' | 'pending';
    await expect
      .poll(
        async () => {
          if (/\/contacts\/[0-9a-f-]{36}$/.test(page.url())) return (outcome = 'created');
          const alert = page.getByRole('alert').first();
          const failed = (await alert.isVisible().catch(() => false)) && (await create.isEnabled());
          return (outcome = failed ? 'failed' : 'pending');
        },
        { timeout: 30_000 },
      )
      .not.toBe('pending');
    if (outcome === 'created') break;
    failuresSeen += 1;
    await expect(lastNameBox).toHaveValue(lastName);
  }
  test.info().annotations.push({ type: 'failed creates', description: String(failuresSeen) });

  await expect(page.getByRole('heading', { name: `Fay ${lastName}`, level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  const found = await readThrough<{ entities: Contact[] }>(
    faulty.api,
    `/externalcontacts/contacts?q=${lastName}`,
  );
  expect(found.entities.filter((contact) => contact.lastName === lastName)).toHaveLength(1);
});
