import { demoUsers, signIn } from './fixtures';
import { createOnce, expect, readThrough, test } from './faults-fixture';

interface Organization {
  id: string;
  name?: string;
}
interface Relationship {
  id: string;
  relationship?: string;
}

/**
 * Creating a relationship through the faults: a failed add says so and keeps the user and role,
 * and an add that failed after the sandbox stored it (after-write-503) is found, not sent again,
 * so the organization ends with the relationship exactly once.
 */
test('adds a relationship through the faults without duplicating it', async ({ page, faulty }) => {
  test.setTimeout(150_000);
  const name = `Faulty Holdings ${Date.now().toString(36)}`;
  const organization = await createOnce<Organization>(
    faulty.api,
    '/externalcontacts/organizations',
    { name },
    async () =>
      (
        await readThrough<{ entities: Organization[] }>(
          faulty.api,
          `/externalcontacts/organizations?q=${encodeURIComponent(name)}`,
        )
      ).entities.find((entry) => entry.name === name),
  );

  await signIn(page, demoUsers.admin, `/organizations/${organization.id}/relationships`);
  const picker = page.getByRole('combobox', { name: 'User' });
  await expect(picker).toBeVisible({ timeout: 30_000 });
  await picker.fill('Riley');
  await expect(page.getByRole('option', { name: /Riley Reader/ })).toBeVisible({
    timeout: 30_000,
  });
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue('Riley Reader');
  const role = `Account owner ${Date.now().toString(36)}`;
  const roleBox = page.getByLabel('Relationship', { exact: true });
  await roleBox.fill(role);
  const add = page.getByRole('button', { name: 'Add relationship' });
  const row = page.getByRole('row').filter({ hasText: role });

  let failuresSeen = 0;
  for (let attempt = 1; ; attempt += 1) {
    expect(attempt, 'adding should succeed within a few tries').toBeLessThanOrEqual(8);
    await add.click();
    let outcome = 'pending' as 'added' | 'failed' | 'pending';
    await expect
      .poll(
        async () => {
          if ((await roleBox.inputValue()) === '') return (outcome = 'added');
          const alert = page.getByRole('alert').first();
          const failed = (await alert.isVisible().catch(() => false)) && (await add.isEnabled());
          return (outcome = failed ? 'failed' : 'pending');
        },
        { timeout: 30_000 },
      )
      .not.toBe('pending');
    if (outcome === 'added') break;
    failuresSeen += 1;
    // The input is kept for the retry.
    await expect(roleBox).toHaveValue(role);
    await expect(picker).toHaveValue('Riley Reader');
  }
  test.info().annotations.push({ type: 'failed adds', description: String(failuresSeen) });

  await expect(row).toHaveCount(1, { timeout: 30_000 });
  const stored = await readThrough<{ entities: Relationship[] }>(
    faulty.api,
    `/externalcontacts/organizations/${organization.id}/relationships`,
  );
  expect(stored.entities.filter((entry) => entry.relationship === role)).toHaveLength(1);
});
