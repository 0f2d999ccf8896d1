import { demoUsers, expect, sandboxUrl, signIn, test } from './fixtures';

const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];

/** A realistic 7-field schema: one of the common core types each, with limits and descriptions. */
const SEVEN_FIELDS = {
  properties: {
    account_text: {
      allOf: ref('text'),
      title: 'Account number',
      description: 'As printed on the invoice.',
      maxLength: 20,
    },
    history_longtext: { allOf: ref('longtext'), title: 'History', maxLength: 1000 },
    tier_enum: {
      allOf: ref('enum'),
      title: 'Tier',
      enum: ['gold', 'silver', 'bronze'],
      _enumProperties: { gold: { title: 'Gold' }, silver: { title: 'Silver' } },
    },
    seats_integer: { allOf: ref('integer'), title: 'Seats', minimum: 1, maximum: 500 },
    joined_date: { allOf: ref('date'), title: 'Joined' },
    vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
    interests_tag: { allOf: ref('tag'), title: 'Interests', maxItems: 10 },
  },
  required: ['account_text', 'tier_enum'],
};

/**
 * The schema editor of a 7-field schema at 1366×768 fits in about two screens. Writes the
 * screenshot the README shows (docs/schema-editor-after.png; SCHEMA_SHOT names another file).
 */
test('the editor of a 7-field schema fits under 1,600 px at 1366×768', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demoUsers.admin, '/schemas');
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ecc.session') ?? '{}') as { accessToken?: string })
        .accessToken ?? '',
  );
  const response = await page.request.post(
    `${sandboxUrl()}/api/v2/externalcontacts/contacts/schemas`,
    {
      headers: { Authorization: `Bearer ${token}` },
      data: { name: `Seven fields ${Date.now().toString(36)}`, jsonSchema: SEVEN_FIELDS },
    },
  );
  expect(response.status(), await response.text()).toBe(200);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/schemas/contacts/${id}`);
  await expect(page.getByText('Tier').first()).toBeVisible();
  // Spark's lazy components settle their size once defined.
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`schema editor scrollHeight at 1366x768: ${height}px`);
  // A window as tall as the page, so the sticky save bar is shot where it rests (at the end).
  await page.setViewportSize({ width: 1366, height });
  await page.screenshot({
    path: `docs/schema-editor-${process.env.SCHEMA_SHOT ?? 'after'}.png`,
    fullPage: true,
  });
  expect(height).toBeLessThan(1600);
});
