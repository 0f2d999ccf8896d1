import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi } from './quality-fixture';

interface StoredContact {
  id: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  externalIds?: { externalSource?: { id?: string }; value?: string }[];
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

/**
 * Matching on import: rows are looked up by email, phone and external id before anything is
 * sent, and the preview says for each row what will happen. What is checked is what a steward sees and what
 * ends up stored: a matched row never becomes a second contact unless asked to.
 */
test.describe('import matches rows to stored contacts', () => {
  test('skips, updates or creates a matched row as chosen, and flags in-file duplicates', async ({
    page,
  }) => {
    // Three imports, each with lookups, and two axe passes.
    test.slow();
    const tag = `Mat${Date.now().toString(36)}`;
    const stored = `cordelia.${tag}@example.com`;
    const upload = page.getByLabel('CSV file with a header row');
    await signIn(page, demoUsers.admin, '/import');

    // A contact to match, created by a first import.
    await upload.setInputFiles(
      csvFile(
        'first.csv',
        `First name,Last name,Work email,Title\nCordelia,${tag},${stored},Buyer`,
      ),
    );
    await expect(page.getByText('1 new, 0 to update, 0 with problems (skipped).')).toBeVisible({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Import: create 1 contact' }).click();
    await expect(page.getByText('1 created, 0 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });

    const file = [
      'First name,Last name,Work email,Title',
      `Cordelia,${tag},${stored.toUpperCase()},Head buyer`,
      `Ravi,${tag}r,ravi.${tag}@example.com,Analyst`,
      `Ravi,${tag}r,RAVI.${tag}@example.com,Analyst`,
    ].join('\n');
    await upload.setInputFiles(csvFile('second.csv', file));
    const preview = page.getByRole('table', { name: /^Preview/ });
    await expect(
      page.getByText(
        '1 new, 0 to update, 1 skipped as already stored, 1 duplicate within the file, 0 with problems (skipped).',
      ),
    ).toBeVisible({ timeout: 30_000 });
    await expect(preview.getByRole('row', { name: /^2 Cordelia/ })).toContainText(
      `Skipped: Cordelia ${tag} holds this work email`,
    );
    await expect(preview.getByRole('row', { name: /^4 Ravi/ })).toContainText(
      `Skipped: duplicate of row 3 (work email ravi.${tag.toLowerCase()}@example.com)`,
    );
    await expect(
      preview
        .getByRole('row', { name: /^2 Cordelia/ })
        .getByRole('link', { name: `Cordelia ${tag}` }),
    ).toBeVisible();

    await page.getByLabel(/^Create a new contact anyway/).check();
    await expect(preview.getByRole('row', { name: /^2 Cordelia/ })).toContainText(
      `New (created anyway: Cordelia ${tag} holds the same details)`,
    );
    await page.getByLabel(/^Update it: fill empty fields only/).check();
    await expect(preview.getByRole('row', { name: /^2 Cordelia/ })).toContainText(
      `No change: Cordelia ${tag} already says this`,
    );
    await page.getByLabel(/^Update it: overwrite/).check();
    await expect(preview.getByRole('row', { name: /^2 Cordelia/ })).toContainText(
      `Updates Cordelia ${tag}: Title`,
    );
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-import-matching.png', fullPage: true });

    // Only the duplicates filter's rows are listed when it is chosen.
    await page.getByLabel('Duplicates in the file (1)').check();
    await expect(preview.getByRole('row')).toHaveCount(2);
    await page.getByLabel(/^All/).check();

    await page.getByRole('button', { name: 'Import: create 1 contact, update 1' }).click();
    await expect(page.getByText('1 created, 1 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });
    const results = page.getByRole('table', { name: 'Results' });
    await results.getByRole('link', { name: `Cordelia ${tag}` }).click();
    await expect(page.getByRole('heading', { name: `Cordelia ${tag}`, level: 1 })).toBeVisible();
    await expect(page.getByText('Head buyer')).toBeVisible();
    await page.goBack();

    // The same file again: everything is stored already, so nothing is sent.
    await upload.setInputFiles(csvFile('second-again.csv', file));
    await expect(
      page.getByText(
        '0 new, 0 to update, 2 already up to date, 1 duplicate within the file, 0 with problems (skipped).',
      ),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText('Nothing to import: no row is new or changes a stored contact.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import:/ })).toHaveCount(0);
    await expectAccessible(page);

    // One contact per person: the file's first row did not make a second Cordelia.
    await page.goto(`/contacts?q=${tag}`);
    await expect(
      page.getByRole('link', { name: new RegExp(`^(Cordelia|Ravi) ${tag}`) }),
    ).toHaveCount(2);
  });

  test('matches rows by external id of the chosen source, and updates them in place', async ({
    page,
  }) => {
    // Lookups, an update and two axe passes.
    test.slow();
    const tag = `Xid${Date.now().toString(36)}`;
    const api = await sandboxApi(sandboxUrl());
    // A source of this run's own, so no other spec's ids can match.
    const source = await api.ok<{ id: string; name: string }>(
      'POST',
      '/externalcontacts/externalsources',
      {
        name: `CRM ${tag}`,
        active: true,
      },
    );
    const other = await api.ok<{ id: string }>('POST', '/externalcontacts/externalsources', {
      name: `Billing ${tag}`,
      active: true,
    });
    const ida = await api.ok<StoredContact>('POST', '/externalcontacts/contacts', {
      firstName: 'Ida',
      lastName: tag,
      title: 'Analyst',
      externalIds: [{ externalSource: { id: source.id }, value: `${tag}-1` }],
    });
    // Jon also holds an id of another source: the update keeps it.
    const jon = await api.ok<StoredContact>('POST', '/externalcontacts/contacts', {
      firstName: 'Jon',
      lastName: tag,
      externalIds: [
        { externalSource: { id: other.id }, value: `${tag}-9` },
        { externalSource: { id: source.id }, value: `${tag}-2` },
      ],
    });

    await signIn(page, demoUsers.admin, '/import');
    const file = [
      'First name,Last name,Title,CRM id',
      `Ida,${tag},Head analyst,${tag}-1`,
      `Jon,${tag},Engineer,${tag}-2`,
      `Long,${tag},Clerk,${'7'.repeat(256)}`,
      `Idabis,${tag},Intern,${tag}-1`,
    ].join('\n');
    await page.getByLabel('CSV file with a header row').setInputFiles(csvFile('crm.csv', file));

    // The column maps itself; its ids mean nothing until their source is chosen.
    await expect(page.getByLabel('Column 4: CRM id')).toHaveValue('externalIds.value');
    await expect(
      page.getByText(
        'Choose the external source the External id column’s ids belong to, or ignore that column.',
      ),
    ).toBeVisible();
    await page.getByLabel('External source of the external ids').selectOption(source.id);

    // External id alone: no email or phone in the file, and none asked for.
    await page.getByLabel('Email', { exact: true }).uncheck();
    await page.getByLabel('Phone (E.164)').uncheck();
    await expect(page.getByLabel('External id', { exact: true })).toBeChecked();
    await page.getByLabel(/^Update it: overwrite/).check();

    await expect(
      page.getByText('0 new, 2 to update, 1 duplicate within the file, 1 with problems (skipped).'),
    ).toBeVisible({ timeout: 30_000 });
    const preview = page.getByRole('table', { name: /^Preview/ });
    await expect(preview.getByRole('row', { name: /^2 Ida/ })).toContainText(
      `Updates Ida ${tag}: Title`,
    );
    await expect(preview.getByRole('row', { name: /^3 Jon/ })).toContainText(
      `Updates Jon ${tag}: Title`,
    );
    await expect(preview.getByRole('row', { name: /^4 Long/ })).toContainText(
      'Problem: External id value must be at most 255 characters.',
    );
    await expect(preview.getByRole('row', { name: /^5 Idabis/ })).toContainText(
      `Skipped: duplicate of row 2 (external id ${tag}-1)`,
    );
    await expect(
      page
        .getByRole('table', { name: /Problems: 1 row will be skipped/ })
        .getByRole('row', { name: /^4 CRM id External id value must be at most 255/ }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-import-external-id.png', fullPage: true });

    await page.getByRole('button', { name: 'Import: update 2' }).click();
    await expect(page.getByText('0 created, 2 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });
    await expectAccessible(page);

    // What the API holds: the two contacts changed, their ids kept, and no contact created.
    const idaNow = await api.ok<StoredContact>('GET', `/externalcontacts/contacts/${ida.id}`);
    expect(idaNow.title).toBe('Head analyst');
    expect(idaNow.externalIds?.map((id) => id.value)).toEqual([`${tag}-1`]);
    const jonNow = await api.ok<StoredContact>('GET', `/externalcontacts/contacts/${jon.id}`);
    expect(jonNow.title).toBe('Engineer');
    expect(jonNow.externalIds?.map((id) => id.value)).toEqual([`${tag}-9`, `${tag}-2`]);
    const listed = await api.ok<{ entities: StoredContact[] }>(
      'GET',
      `/externalcontacts/contacts?q=${tag}&pageSize=25`,
    );
    expect(listed.entities.map((contact) => contact.id).sort()).toEqual([ida.id, jon.id].sort());
  });
});
