import { writeFileSync } from 'node:fs';
import { demoUsers, expect, expectAccessible, signIn, test } from './fixtures';

const csvFile = (name: string, text: string, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

test.describe('import contacts from CSV', () => {
  test('refuses bad files with clear messages', async ({ page }) => {
    // Writes and reads a 60 MB file among seven others, with an axe pass.
    test.slow();
    await signIn(page, demoUsers.admin, '/import');
    await expect(page.getByRole('heading', { name: 'Import contacts', level: 1 })).toBeVisible();
    await expectAccessible(page);
    const input = page.getByLabel('CSV file with a header row');

    await input.setInputFiles({
      name: 'contacts.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK\u0003\u0004\u0000\u0000binary'),
    });
    await expect(page.getByText('“contacts.xlsx” is not a CSV file')).toBeVisible();

    await input.setInputFiles(csvFile('empty.csv', ''));
    await expect(page.getByText('“empty.csv” is empty.')).toBeVisible();

    await input.setInputFiles(csvFile('header-only.csv', 'First name,Last name\r\n'));
    await expect(page.getByText('has a header row but no contacts under it')).toBeVisible();

    // Over 50 MB, Genesys' own limit: refused before a byte is read.
    const huge = test.info().outputPath('huge.csv');
    writeFileSync(huge, `Last name\n${'Doe\n'.repeat(15_000_000)}`);
    await input.setInputFiles(huge);
    await expect(
      page.getByText('“huge.csv” is larger than 50 MB, the most Genesys Cloud imports at once.'),
    ).toBeVisible();

    // Semicolons (some European spreadsheets) and a byte-order mark read as well as commas.
    await input.setInputFiles(
      csvFile('semi.csv', '\uFEFFFirst name;Last name;Work email\nAda;Lovelace;ada@example.com\n'),
    );
    await expect(page.getByLabel('Column 3: Work email')).toHaveValue('workEmail');

    // More than a thousand rows: not refused, but imported by a Genesys import job.
    await input.setInputFiles(csvFile('big.csv', `Last name\n${'Doe\n'.repeat(5001)}`));
    await expect(page.getByText('big.csv')).toBeVisible();
    await expect(page.getByText('they will be imported by a Genesys import job')).toBeVisible();

    await input.setInputFiles(
      csvFile('emails.csv', 'Email,Favourite colour\na@example.com,blue\n'),
    );
    await expect(
      page.getByText('Map a column to First name or Last name: every contact needs a name.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import:/ })).toHaveCount(0);

    // Dropped on the drop area rather than chosen: the same checks.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['Ada,Lovelace\nGrace,Hopper\n'], 'no-header.csv', { type: 'text/csv' }),
      );
      return transfer;
    });
    await page.getByText('Or drop the file here.').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText('no-header.csv')).toBeVisible();
    await expect(page.getByText('is the header row missing?')).toBeVisible();
  });

  test('checks every row, imports the good ones and links to them', async ({ page }) => {
    // Two axe passes over a page of Spark selects (one per column) and a full-page screenshot:
    // on a busy 2-core machine this walk alone comes close to the default 30 s.
    test.slow();
    const tag = `Imp${Date.now().toString(36)}`;
    // Phones unique to the run: rows are matched to stored contacts by phone too.
    // (in the ranges set aside for drama: +44 20 7946 0xxx, +1 317 555 01xx).
    const run = Date.now();
    const uk = `0${String(run % 1000).padStart(3, '0')}`;
    const us = `01${String(run % 100).padStart(2, '0')}`;
    const csv = [
      'First name,Surname,E-mail,Mobile,Notes',
      `Ada,${tag}a,ada.${tag}@example.com,+44 20 7946 ${uk},first`,
      `Grace,${tag}b,not-an-email,,second`,
      `"Lin, Jr.",${tag}c,lin.${tag}@example.com,,"quoted, with comma"`,
      ',,,,nobody',
      `Alan,${tag}d,,'+1 317 555 ${us},guarded phone`,
      `Edsger,${tag}e,edsger.${tag}@example.com,,`,
    ].join('\r\n');
    await signIn(page, demoUsers.admin, '/import');
    await page.getByLabel('CSV file with a header row').setInputFiles(csvFile('people.csv', csv));

    await expect(page.getByText('people.csv')).toBeVisible();
    await expect(page.getByLabel('Column 1: First name')).toHaveValue('firstName');
    await expect(page.getByLabel('Column 2: Surname')).toHaveValue('lastName');
    await expect(page.getByLabel('Column 3: E-mail')).toHaveValue('workEmail');
    await expect(page.getByLabel('Column 4: Mobile')).toHaveValue('cellPhone');
    await expect(page.getByLabel('Column 5: Notes')).toHaveValue('');

    await expect(page.getByText('4 new, 0 to update, 2 with problems (skipped).')).toBeVisible();
    const problems = page.getByRole('table', { name: /Problems: 2 rows will be skipped/ });
    await expect(
      problems.getByRole('row', { name: /3 E-mail Work email must be a valid email address\./ }),
    ).toBeVisible();
    await expect(
      problems.getByRole('row', {
        name: /5 First name A contact needs a first name or a last name\./,
      }),
    ).toBeVisible();
    await expectAccessible(page);

    // A mapping the user changes is checked again at once.
    await page.getByLabel('Column 3: E-mail').selectOption('');
    await expect(page.getByText('5 new, 0 to update, 1 with problems (skipped).')).toBeVisible();
    await page.getByLabel('Column 3: E-mail').selectOption('workEmail');
    await expect(page.getByText('4 new, 0 to update, 2 with problems (skipped).')).toBeVisible();

    await page.getByRole('button', { name: 'Import: create 4 contacts' }).click();
    await expect(page.getByText('4 created, 0 updated, 0 failed.')).toBeVisible({
      timeout: 30_000,
    });
    const results = page.getByRole('table', { name: 'Results' });
    await expect(results.getByRole('link')).toHaveCount(4);
    await expect(results.getByRole('row', { name: /^6 Alan/ })).toContainText('Created');
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/bulk-import-results.png', fullPage: true });

    await results.getByRole('link', { name: `Lin, Jr. ${tag}c` }).click();
    await expect(page.getByRole('heading', { name: `Lin, Jr. ${tag}c`, level: 1 })).toBeVisible();
    await page.goBack();
    await expect(page.getByText('4 created, 0 updated, 0 failed.')).toBeVisible();

    await page.goto(`/contacts?q=${tag}`);
    await expect(page.getByRole('link', { name: `Ada ${tag}a` })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(tag) })).toHaveCount(4);
  });

  test('lists the rows the API refused, and retries only those', async ({ page }) => {
    const tag = `Ref${Date.now().toString(36)}`;
    const csv = [
      'First name,Last name,Organization id',
      `Ok,${tag}a,`,
      `Orphan,${tag}b,00000000-0000-4000-8000-00000000dead`,
    ].join('\n');
    await signIn(page, demoUsers.admin, '/import');
    await page.getByLabel('CSV file with a header row').setInputFiles(csvFile('refused.csv', csv));
    await page.getByRole('button', { name: 'Import: create 2 contacts' }).click();
    await expect(page.getByText('1 created, 0 updated, 1 failed.')).toBeVisible({
      timeout: 30_000,
    });
    const results = page.getByRole('table', { name: 'Results' });
    await expect(results.getByRole('row', { name: /^3 Orphan/ })).toContainText(
      'Failed: The external organization 00000000-0000-4000-8000-00000000dead does not exist.',
    );
    // Only the refused row goes again (and is refused again): the created one is not resent.
    const sent: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/bulk/contacts/add')) {
        sent.push((request.postDataJSON() as { entities: unknown[] }).entities.length);
      }
    });
    await page.getByRole('button', { name: 'Retry failed rows (1)' }).click();
    await expect.poll(() => sent.length).toBe(1);
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveCount(0, {
      timeout: 30_000,
    });
    await expect(page.getByText('1 created, 0 updated, 1 failed.')).toBeVisible();
    expect(sent).toEqual([1]);
  });
});
