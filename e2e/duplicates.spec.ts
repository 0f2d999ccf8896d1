import type { Locator, Page } from '@playwright/test';
import { demoUsers, expect, expectAccessible, sandboxUrl, signIn, test } from './fixtures';
import { sandboxApi, type SandboxApi } from './quality-fixture';

interface Phone {
  display?: string;
  e164?: string;
}

interface Contact {
  id: string;
  title?: string;
  workPhone?: Phone;
  cellPhone?: Phone;
  workEmail?: string;
  personalEmail?: string;
  mergedTo?: { id: string };
  mergedFrom?: { id: string }[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The table's data rows (the header row has no cell). */
const clusterRows = (page: Page) =>
  page.getByRole('table').first().locator('tbody > tr:not(.cluster-details-row)');

/** The table shows the page of the URL (not the previous one, kept while the next loads). */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('table').first()).toHaveAttribute('aria-busy', 'false');
  await expect(clusterRows(page).first()).toBeVisible();
}

/** The text of one column of every data row (1-based, the checkbox column being 1). */
async function column(page: Page, index: number): Promise<string[]> {
  return clusterRows(page)
    .locator(`td:nth-child(${index})`)
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.trim()));
}

/**
 * Ten clusters of two contacts each, unique to this run: the older contact is the more complete
 * (a personal email and its own cell phone, title "Head buyer"), the newer one differs in title
 * and cell phone. Genesys' default would keep the newer one's; "most complete" the older one's.
 */
async function tenClusters(api: SandboxApi, run: string): Promise<void> {
  for (let index = 0; index < 10; index += 1) {
    const number = String(10 + index);
    const lastName = `Dupes${run} ${number}`;
    const shared = `bulk${number}.${run}@dupes.example`;
    await api.ok('POST', '/externalcontacts/contacts', {
      firstName: 'Bulk',
      lastName,
      title: 'Head buyer',
      workEmail: shared,
      personalEmail: `home${number}.${run}@dupes.example`,
      cellPhone: { display: `+44 1632 9601${number}` },
    });
    // Modify dates must differ for "most recently modified" to mean something.
    await pause(15);
    await api.ok('POST', '/externalcontacts/contacts', {
      firstName: 'Bulk',
      lastName,
      title: 'Buyer',
      workEmail: shared,
      cellPhone: { display: `+44 1632 9602${number}` },
    });
  }
}

/** What a preview says the merged contact keeps: field label → value. */
async function keptOf(preview: Locator): Promise<Record<string, string>> {
  const terms = await preview.locator('dt').allInnerTexts();
  const values = await preview.locator('dd').allInnerTexts();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), values[index]?.trim() ?? '']));
}

/** The stored value the preview's label names, as text ('(none)' when absent). */
const STORED: Record<string, (contact: Contact) => string | undefined> = {
  Title: (contact) => contact.title,
  'Work email': (contact) => contact.workEmail,
  'Personal email': (contact) => contact.personalEmail,
  'Cell phone': (contact) => contact.cellPhone?.display,
  'Work phone': (contact) => contact.workPhone?.display,
};

test.describe('duplicates', () => {
  test('admin pages the clusters both ways and sorts a page', async ({ page }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/duplicates');
    await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').nth(1)).toHaveText(/^[1-9]\d*$/);
    await expect(clusterRows(page)).toHaveCount(20);
    await expect(page.getByRole('heading', { name: 'Automatic merging' })).toBeVisible();
    await expectAccessible(page);

    // Paging both ways: Previous comes back to the same page through the kept positions.
    const firstPage = await column(page, 2);
    await page.getByRole('button', { name: 'Next clusters' }).click();
    await expect(page.getByText('Page 2')).toBeVisible();
    await expect(page).toHaveURL(/back=/);
    await expect.poll(() => column(page, 2)).not.toEqual(firstPage);
    const secondPage = await column(page, 2);
    for (const name of secondPage) expect(firstPage).not.toContain(name);
    await page.getByRole('button', { name: 'Previous clusters' }).click();
    await expect(page.getByText('Page 1')).toBeVisible();
    await expect.poll(() => column(page, 2)).toEqual(firstPage);
    await expect(page.getByRole('button', { name: 'Previous clusters' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next clusters' }).click();
    await expect.poll(() => column(page, 2)).toEqual(secondPage);
    // The browser's Back returns to page 1 too: the position is in the URL.
    await page.goBack();
    await expect.poll(() => column(page, 2)).toEqual(firstPage);

    // Sorting this page by size, both directions.
    await page.getByRole('button', { name: /^Size/ }).click();
    await expect(page).toHaveURL(/sort=size/);
    await expect(page.getByRole('columnheader', { name: /^Size/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const ascending = (await column(page, 3)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByRole('button', { name: /^Size/ }).click();
    await expect(page.getByRole('columnheader', { name: /^Size/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const descending = (await column(page, 3)).map(Number);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  test('admin filters the clusters by what the API filters and by what it cannot', async ({
    page,
  }) => {
    test.slow();
    await signIn(page, demoUsers.admin, '/duplicates');
    await expect(clusterRows(page)).toHaveCount(20);

    // Filters the API does not have, applied to what it returns, in the URL.
    await page.getByLabel('Size').selectOption('3');
    await expect(page).toHaveURL(/minSize=3/);
    await settled(page);
    // Polled: the previous rows stay on screen until the filtered page has loaded.
    await expect
      .poll(async () => (await column(page, 3)).every((size) => Number(size) >= 3))
      .toBe(true);
    await page.getByLabel('Size').selectOption('');
    await page.getByLabel('Identifier', { exact: true }).selectOption('Phone');
    await expect(page).toHaveURL(/kind=Phone/);
    await settled(page);
    await expect
      .poll(async () => (await column(page, 4)).every((text) => /Phone: |more/.test(text)))
      .toBe(true);
    await page.getByLabel('Identifier', { exact: true }).selectOption('');
    await page.getByLabel('Contact type').selectOption('Identified');
    await expect(page).toHaveURL(/type=Identified/);
    await settled(page);
    await expect
      .poll(async () => (await column(page, 5)).every((text) => text.includes('Identified')))
      .toBe(true);
    await page.getByLabel('Contact type').selectOption('');
    // A name as typed finds its cluster.
    const someName = (await column(page, 2))[0]?.split(',')[0] ?? '';
    await page.getByLabel('Name or identifier').fill(someName);
    await expect(page).toHaveURL(/name=/);
    await expect
      .poll(async () => (await column(page, 2)).every((t) => t.includes(someName)))
      .toBe(true);
    await page.getByLabel('Name or identifier').fill('');
    await expect(page).not.toHaveURL(/name=/);

    // API-side filters: division.
    await page.getByText('All divisions').click();
    await page.getByRole('checkbox', { name: 'EMEA Sales' }).click();
    await expect(page).toHaveURL(/divisionIds=/);
    await expect(page.getByRole('checkbox', { name: 'EMEA Sales' })).toBeChecked();
    await expect
      .poll(async () => (await column(page, 6)).every((t) => t === 'EMEA Sales'))
      .toBe(true);
    // Filtered, with the division popover closed again (it overlays the table while open).
    const divisions = page.locator('.duplicates-toolbar details > summary');
    await divisions.click();
    await expect(page.getByRole('checkbox', { name: 'EMEA Sales' })).toBeHidden();
    await expectAccessible(page);
    await divisions.click();
    await page.getByRole('button', { name: 'Show all divisions' }).click();
    await expect(page).not.toHaveURL(/divisionIds=/);
    await page.getByText('All divisions').click();
  });

  test('a cluster opens to its contacts side by side', async ({ page }) => {
    await signIn(page, demoUsers.admin, '/duplicates');
    await expect(clusterRows(page)).toHaveCount(20);
    // A cluster opened: its contacts side by side, differing fields said in words.
    const toggle = clusterRows(page).first().getByRole('button').first();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const compare = page.getByRole('table').nth(1);
    await expect(compare.locator('caption')).toHaveText(/fields? differs?|no field differs/);
    await expect(compare.getByRole('columnheader')).toHaveCount(
      1 + Number((await column(page, 3))[0]),
    );
    if ((await compare.locator('tbody tr').count()) > 0) {
      await expect(compare.locator('tbody tr').first()).toContainText('differs');
    }
    await expectAccessible(page);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('bulk-merges ten clusters with a chosen rule, each stored result as previewed', async ({
    page,
  }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const run = unique();
    await tenClusters(api, run);
    await signIn(page, demoUsers.admin, '/duplicates');
    await expect(clusterRows(page).first()).toBeVisible();
    // Only this run's clusters: the demo seed's stay as other specs expect them.
    await page.getByLabel('Name or identifier').fill(`Dupes${run}`);
    await expect(page).toHaveURL(new RegExp(`name=[^&]*Dupes${run}`));
    await expect(clusterRows(page)).toHaveCount(10);

    await page.getByRole('checkbox', { name: /^Select every cluster/ }).check();
    await expect(page.getByText('10 clusters selected')).toBeVisible();
    await page.getByRole('button', { name: 'Merge selected…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 10 clusters' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: /^Prefer the most complete/ }).check();
    const previews = dialog.getByRole('region', { name: /^Preview: / });
    await expect(previews).toHaveCount(10);
    await expectAccessible(page);

    const planned = new Map<string, Record<string, string>>();
    for (const preview of await previews.all()) {
      const name = ((await preview.getAttribute('aria-label')) ?? '').replace('Preview: ', '');
      const kept = await keptOf(preview);
      // The rule keeps the more complete (older) contact's title; the newer one's is dropped.
      expect(kept).toMatchObject({ Title: 'Head buyer' });
      await expect(preview.getByRole('list', { name: /^Will be dropped/ })).toContainText('Buyer');
      planned.set(name, kept);
    }
    expect(planned.size).toBe(10);

    await dialog.getByRole('button', { name: 'Merge 10 clusters' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Done: 10 merged.');
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('value', '10');
    await expectAccessible(page);

    const results = dialog.getByRole('listitem');
    await expect(results).toHaveCount(10);
    for (const result of await results.all()) {
      const name = (await result.locator('strong').innerText()).trim();
      const href = await result
        .getByRole('link', { name: 'Open the merged contact' })
        .getAttribute('href');
      const id = href?.split('/').pop() ?? '';
      const stored = await api.ok<Contact>('GET', `/externalcontacts/contacts/${id}`);
      const kept = planned.get(name);
      expect(kept, name).toBeDefined();
      for (const [label, value] of Object.entries(kept ?? {})) {
        const read = STORED[label];
        expect(read, `a getter for ${label}`).toBeDefined();
        expect(read?.(stored) ?? '(none)', `${name}: ${label}`).toBe(value);
      }
      expect(stored.mergedFrom).toHaveLength(2);
    }

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // The table says what happened, and a merged cluster can no longer be selected.
    await expect(clusterRows(page).getByText('Merged since the scan')).toHaveCount(10);
    await expect(clusterRows(page).getByRole('checkbox')).toHaveCount(0);
    await expect(
      clusterRows(page).getByRole('link', { name: /^Open the merged contact/ }),
    ).toHaveCount(10);
    await expectAccessible(page);
  });

  test('a cluster that fails does not stop the others, and says why', async ({ page }) => {
    test.slow();
    const api = await sandboxApi(sandboxUrl());
    const run = unique();
    const pairs: Contact[][] = [];
    for (const index of [1, 2, 3]) {
      const pair: Contact[] = [];
      for (const title of ['Buyer', 'Head buyer']) {
        pair.push(
          await api.ok<Contact>('POST', '/externalcontacts/contacts', {
            firstName: 'Failing',
            lastName: `Dupes${run} ${index}`,
            title,
            workEmail: `failing${index}.${run}@dupes.example`,
          }),
        );
      }
      pairs.push(pair);
    }
    await signIn(page, demoUsers.admin, '/duplicates');
    await page.getByLabel('Name or identifier').fill(`Dupes${run}`);
    await expect(clusterRows(page)).toHaveCount(3);
    await page.getByRole('checkbox', { name: /^Select every cluster/ }).check();
    await page.getByRole('button', { name: 'Merge selected…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge 3 clusters' });
    await dialog.getByRole('radio', { name: /^Prefer the curated contact/ }).check();
    await expect(dialog.getByRole('region', { name: /^Preview: / })).toHaveCount(3);
    // Someone merges the second cluster's contacts meanwhile (elsewhere, without the rule).
    await api.ok('POST', '/externalcontacts/contacts/merge', {
      contactIds: (pairs[1] ?? []).map((contact) => contact.id),
    });
    await dialog.getByRole('button', { name: 'Merge 3 clusters' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Done: 2 merged, 1 failed.');
    const failed = dialog.getByRole('listitem').filter({ hasText: `Dupes${run} 2` });
    await expect(failed).toContainText('Failed: ');
    await expect(dialog.getByRole('link', { name: 'Open the merged contact' })).toHaveCount(2);
    await expectAccessible(page);
    // A retry sends only the failed one, which the API refuses again for the same reason.
    await dialog.getByRole('button', { name: 'Retry 1 failed' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Done: 2 merged, 1 failed.');
    for (const index of [0, 2]) {
      const [first] = pairs[index] ?? [];
      const stored = await api.ok<Contact>(
        'GET',
        `/externalcontacts/contacts/${first?.id}/unresolved`,
      );
      expect(stored.mergedTo).toBeDefined();
    }
  });

  test('a cluster still opens on the full merge screen', async ({ page }) => {
    const api = await sandboxApi(sandboxUrl());
    const run = unique();
    const shared = `review.${run}@dupes.example`;
    for (const title of ['Buyer', 'Head buyer']) {
      await api.ok('POST', '/externalcontacts/contacts', {
        firstName: 'Review',
        lastName: `Dupes${run}`,
        title,
        workEmail: shared,
      });
    }
    await signIn(page, demoUsers.admin, `/duplicates`);
    await page.getByLabel('Name or identifier').fill(`Dupes${run}`);
    await expect(clusterRows(page)).toHaveCount(1);
    await clusterRows(page)
      .getByRole('link', { name: /^Review and merge/ })
      .click();
    await expect(page).toHaveURL(/\/contacts\/merge\?ids=/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/merge/i);
  });

  test('a reader sees the clusters but no selection, merge or setting', async ({ page }) => {
    await signIn(page, demoUsers.reader, '/duplicates');
    await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible();
    await expect(clusterRows(page).first()).toBeVisible();
    await expect(clusterRows(page).getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Merge selected…' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Review and merge/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Automatic merging' })).toHaveCount(0);
    await expectAccessible(page);
  });
});
