import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';

test.describe('conversations and journey', () => {
  test('links, reads back and unlinks a conversation; changes segments', async ({ page }) => {
    // Links, reads back, unlinks and edits segments with an axe pass: many round trips.
    test.slow();
    await signIn(page, demoUsers.admin);
    const contactId = await page.evaluate(async (base) => {
      const session = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
        accessToken?: string;
      };
      const response = await fetch(`${base}/api/v2/externalcontacts/scan/contacts?limit=20`, {
        headers: { Authorization: `Bearer ${session.accessToken ?? ''}` },
      });
      const listing = (await response.json()) as { entities: { id: string }[] };
      return listing.entities[9]!.id;
    }, sandboxUrl());
    await page.goto(`/contacts/${contactId}/activity`);
    await expect(page.getByRole('heading', { name: 'Conversations', exact: true })).toBeVisible();
    await expectAccessible(page);

    const conversationId = crypto.randomUUID();
    await page.getByLabel('Conversation id', { exact: true }).fill(conversationId);
    await page.getByLabel('Communication id').fill('comm-e2e');
    await page.getByLabel('Media type').selectOption('CHAT');
    await page.getByRole('button', { name: 'Link conversation' }).click();
    const item = page.getByRole('listitem').filter({ hasText: conversationId });
    await expect(item).toContainText('Linked to this contact');

    await page.getByLabel('Conversation id to look up').fill(conversationId);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(
      page.getByText(`Conversation ${conversationId} is linked to this contact.`),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: conversationId })).toBeVisible();
    await page.getByRole('button', { name: `Unlink conversation ${conversationId}` }).click();
    await expect(page.getByRole('listitem').filter({ hasText: conversationId })).toHaveCount(0);

    await expect(page.getByRole('heading', { name: 'Journey sessions' })).toBeVisible();
    await page.getByLabel('Segment ids to assign').fill('no-such-segment');
    await page.getByRole('button', { name: 'Update segments' }).click();
    await expect(page.getByText('Not processed: assign no-such-segment.')).toBeVisible();
    await page
      .getByLabel('Segment ids to assign')
      .fill(Array.from({ length: 11 }, (_, i) => `s${i}`).join('\n'));
    await page.getByRole('button', { name: 'Update segments' }).click();
    await expect(page.getByText(/At most 10 segments/)).toBeVisible();
    const merged = page.getByRole('switch', { name: 'Include the journey of merged records' });
    await merged.click();
    await expect(merged).toBeChecked();
    await expect(page).toHaveURL(/includeMerged=true/);
    await expectAccessible(page);
  });

  test('shows a contact’s web journey: pages, last page and browser', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    const found = await page.evaluate(async (base) => {
      const { accessToken } = JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as {
        accessToken?: string;
      };
      const headers = { Authorization: `Bearer ${accessToken ?? ''}` };
      const scan = (await (
        await fetch(`${base}/api/v2/externalcontacts/scan/contacts?limit=100`, { headers })
      ).json()) as { entities: { id: string }[] };
      for (const contact of scan.entities) {
        const sessions = (await (
          await fetch(`${base}/api/v2/externalcontacts/contacts/${contact.id}/journey/sessions`, {
            headers,
          })
        ).json()) as { entities: { lastPage?: { title?: string }; pageviewCount?: number }[] };
        const first = sessions.entities[0];
        if (first?.lastPage?.title) return { id: contact.id, session: first };
      }
      return null;
    }, sandboxUrl());
    expect(found).not.toBeNull();
    await page.goto(`/contacts/${found!.id}/activity`);
    const table = page.getByRole('table', { name: 'Journey sessions' });
    await expect(table.getByRole('columnheader', { name: 'Last page' })).toBeVisible();
    const row = table.getByRole('row').nth(1);
    await expect(row).toContainText(found!.session.lastPage!.title!);
    await expect(row).toContainText(String(found!.session.pageviewCount));
    await expectAccessible(page);
  });
});
