import type { Rng } from './random.ts';

/**
 * The demo org's custom fields: two contact schemas and one organization schema, with fixed ids so
 * links and screenshots stay stable. "Customer" uses every core type and has several versions.
 */
export const DEMO_SCHEMA_IDS = {
  customer: '5c5c5c5c-0000-4000-8000-000000000001',
  partner: '5c5c5c5c-0000-4000-8000-000000000002',
  account: '5c5c5c5c-0000-4000-8000-000000000003',
} as const;

const ref = (coreType: string) => [{ $ref: `#/definitions/${coreType}` }];

/** Version 1 of "Customer"; later versions add and retitle fields (see customerVersions). */
function customerV1(): Record<string, unknown> {
  return {
    title: 'Customer',
    description: 'What the contact centre keeps about a retail customer.',
    required: ['customer_number_identifier'],
    properties: {
      customer_number_identifier: {
        allOf: ref('identifier'),
        title: 'Customer number',
        maxLength: 20,
      },
      loyalty_enum: {
        allOf: ref('enum'),
        title: 'Loyalty tier',
        enum: ['Platinum', 'Gold', 'Silver', 'Bronze'],
        _enumProperties: {
          Platinum: { title: 'Platinum' },
          Gold: { title: 'Gold' },
          Silver: { title: 'Silver' },
          Bronze: { title: 'Bronze (retired)', _disabled: true },
        },
      },
      nickname_text: { allOf: ref('text'), title: 'Preferred name', maxLength: 40 },
      notes_longtext: { allOf: ref('longtext'), title: 'Service notes', maxLength: 1000 },
      portal_url: { allOf: ref('url'), title: 'Customer portal page' },
      birthday_date: { allOf: ref('date'), title: 'Birthday' },
      last_purchase_datetime: { allOf: ref('datetime'), title: 'Last purchase' },
      orders_integer: { allOf: ref('integer'), title: 'Orders', minimum: 0, maximum: 100000 },
      satisfaction_number: {
        allOf: ref('number'),
        title: 'Satisfaction score',
        minimum: 0,
        maximum: 10,
      },
      vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
      interests_tag: {
        allOf: ref('tag'),
        title: 'Interests',
        items: { minLength: 2, maxLength: 30 },
        maxItems: 5,
        uniqueItems: true,
      },
    },
  };
}

/** Three versions: the first, one adding a field, one retitling another. */
export function customerVersions(): Record<string, unknown>[] {
  const v1 = customerV1();
  const v2 = structuredClone(v1);
  (v2.properties as Record<string, unknown>).preferred_channel_enum = {
    allOf: ref('enum'),
    title: 'Preferred channel',
    enum: ['Voice', 'Email', 'Chat', 'SMS'],
  };
  const v3 = structuredClone(v2);
  (v3.properties as Record<string, Record<string, unknown>>).nickname_text!.title = 'Nickname';
  return [v1, v2, v3];
}

export function partnerSchema(): Record<string, unknown> {
  return {
    title: 'Partner contact',
    description: 'People at resellers and integrators.',
    properties: {
      partner_tier_enum: {
        allOf: ref('enum'),
        title: 'Partner tier',
        enum: ['Premier', 'Select', 'Registered'],
      },
      region_text: { allOf: ref('text'), title: 'Sales region', maxLength: 50 },
      certified_checkbox: { allOf: ref('checkbox'), title: 'Certified' },
    },
  };
}

export function accountSchemaVersions(): Record<string, unknown>[] {
  const v1 = {
    title: 'Account',
    description: 'Commercial details of a customer company.',
    properties: {
      account_number_identifier: {
        allOf: ref('identifier'),
        title: 'Account number',
        maxLength: 20,
      },
      segment_enum: {
        allOf: ref('enum'),
        title: 'Segment',
        enum: ['Enterprise', 'Mid-market', 'SMB'],
      },
      renewal_date: { allOf: ref('date'), title: 'Renewal date' },
      annual_value_number: {
        allOf: ref('number'),
        title: 'Annual contract value (USD)',
        minimum: 0,
      },
      products_tag: { allOf: ref('tag'), title: 'Products', items: { maxLength: 40 }, maxItems: 8 },
    },
  };
  const v2 = structuredClone(v1);
  (v2.properties as Record<string, unknown>).health_text = {
    allOf: ref('text'),
    title: 'Account health',
    maxLength: 60,
  };
  return [v1, v2];
}

const INTERESTS = [
  'running',
  'cooking',
  'travel',
  'gaming',
  'gardening',
  'music',
  'cycling',
  'photography',
];
const PRODUCTS = [
  'Contact Center',
  'Workforce Engagement',
  'Speech Analytics',
  'Journey Management',
  'Bots',
];

function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function customerFields(rng: Rng, index: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    customer_number_identifier: `C-${String(100000 + index)}`,
    loyalty_enum: rng.pick(['Platinum', 'Gold', 'Gold', 'Silver', 'Silver', 'Silver']),
    orders_integer: rng.int(0, 250),
    vip_checkbox: rng.chance(0.1),
  };
  if (rng.chance(0.5)) fields.birthday_date = isoDate(rng, 1950, 2005);
  if (rng.chance(0.7))
    fields.last_purchase_datetime = `${isoDate(rng, 2024, 2026)}T${String(rng.int(8, 20)).padStart(2, '0')}:15:00Z`;
  if (rng.chance(0.6)) fields.satisfaction_number = Math.round(rng.next() * 100) / 10;
  if (rng.chance(0.4))
    fields.interests_tag = [...new Set([rng.pick(INTERESTS), rng.pick(INTERESTS)])];
  if (rng.chance(0.3)) fields.preferred_channel_enum = rng.pick(['Voice', 'Email', 'Chat', 'SMS']);
  if (rng.chance(0.15))
    fields.notes_longtext =
      'Prefers a call back in the afternoon.\nAsk about the extended warranty.';
  return fields;
}

export function partnerFields(rng: Rng): Record<string, unknown> {
  return {
    partner_tier_enum: rng.pick(['Premier', 'Select', 'Registered']),
    region_text: rng.pick(['EMEA North', 'EMEA South', 'Americas', 'APAC']),
    certified_checkbox: rng.chance(0.5),
  };
}

export function accountFields(rng: Rng, index: number): Record<string, unknown> {
  return {
    account_number_identifier: `A-${String(5000 + index)}`,
    segment_enum: rng.pick(['Enterprise', 'Mid-market', 'SMB']),
    renewal_date: isoDate(rng, 2026, 2028),
    annual_value_number: rng.int(5, 900) * 1000,
    products_tag: [...new Set([rng.pick(PRODUCTS), rng.pick(PRODUCTS)])],
    ...(rng.chance(0.5) ? { health_text: rng.pick(['Healthy', 'At risk', 'Expanding']) } : {}),
  };
}
