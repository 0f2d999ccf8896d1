import { generateAddress } from './addresses.ts';
import { pickCountry } from './countries.ts';
import { asciiSlug } from './names.ts';
import { generatePhone } from './phones.ts';
import { weighted } from './random.ts';
import type { Rng } from './random.ts';
import type { CountryCode, ExternalOrganizationBody } from './seed-types.ts';

const NAME_FIRST = [
  'Blue Harbor',
  'Silverline',
  'Oakridge',
  'Crescent',
  'Summit',
  'Northgate',
  'Brightwater',
  'Ironwood',
  'Red Maple',
  'Evergreen',
  'Granite',
  'Lighthouse',
  'Pioneer',
  'Riverbend',
  'Starfield',
  'Copperleaf',
  'Westbrook',
  'Aurora',
  'Falcon',
  'Harborview',
  'Meridian',
  'Stonebridge',
  'Clearwater',
  'Sunrise',
  'Tidewater',
  'Juniper',
  'Highland',
  'Keystone',
];
const NAME_CORE = [
  'Logistics',
  'Analytics',
  'Foods',
  'Health',
  'Systems',
  'Energy',
  'Insurance',
  'Freight',
  'Software',
  'Telecom',
  'Retail',
  'Pharma',
  'Capital',
  'Manufacturing',
  'Hospitality',
  'Media',
  'Robotics',
  'Outfitters',
  'Biotech',
  'Consulting',
  'Motors',
  'Airways',
];
const LEGAL_FORMS: Record<CountryCode, readonly string[]> = {
  US: ['Inc.', 'LLC', 'Corp.', 'Group'],
  CA: ['Inc.', 'Ltd.', 'Corp.'],
  GB: ['Ltd', 'PLC', 'Group'],
  IE: ['Ltd', 'DAC', 'Teoranta'],
  DE: ['GmbH', 'AG', 'KG'],
  FR: ['SAS', 'SA', 'SARL'],
  AU: ['Pty Ltd', 'Ltd'],
  JP: ['K.K.', 'Co., Ltd.'],
  BR: ['Ltda.', 'S.A.'],
  IN: ['Pvt Ltd', 'Ltd'],
};
const EXCHANGES: Record<CountryCode, string> = {
  US: 'NYSE',
  CA: 'TSX',
  GB: 'LSE',
  IE: 'Euronext Dublin',
  DE: 'XETRA',
  FR: 'Euronext Paris',
  AU: 'ASX',
  JP: 'TSE',
  BR: 'B3',
  IN: 'NSE',
};
const COMPANY_TYPES = { Customer: 45, Prospect: 25, Partner: 15, Vendor: 10, Reseller: 5 };
const INDUSTRIES = [
  'Retail',
  'Healthcare',
  'Financial Services',
  'Manufacturing',
  'Telecommunications',
  'Travel & Hospitality',
  'Education',
  'Government',
  'Utilities',
  'Technology',
  'Insurance',
  'Transportation & Logistics',
  'Media & Entertainment',
  'Automotive',
];
const TAGS = [
  'enterprise',
  'smb',
  'strategic',
  'renewal-q3',
  'vip',
  'at-risk',
  'onboarding',
  'emea',
  'apac',
  'americas',
  'upsell',
  'reference-customer',
  'pilot',
  'churned',
];

/** Most companies are small: the employee count follows a rough log scale. */
function employeeCount(rng: Rng): number {
  return Math.round(10 ** (0.7 + rng.next() * 4.6));
}

const INT32_MAX = 2_147_483_647;

/** ExternalOrganization write bodies; a name is the only field Genesys requires. */
export function generateOrganizations(count: number, rng: Rng): ExternalOrganizationBody[] {
  return Array.from({ length: count }, () => generateOrganization(rng));
}

function generateOrganization(rng: Rng): ExternalOrganizationBody {
  const country = pickCountry(rng);
  const base = `${rng.pick(NAME_FIRST)} ${rng.pick(NAME_CORE)}`;
  const name = `${base} ${rng.pick(LEGAL_FORMS[country])}`;
  const slug = asciiSlug(base);
  const employees = employeeCount(rng);
  const organization: ExternalOrganizationBody = {
    name,
    companyType: weighted(rng, COMPANY_TYPES),
    industry: rng.pick(INDUSTRIES),
    address: generateAddress(rng, country),
    phoneNumber: generatePhone(rng, country, 'fixed').body,
    employeeCount: employees,
    // Integers on the wire: capped so clients that read them as int32 do not overflow.
    revenue: Math.min(INT32_MAX, employees * rng.int(40, 400) * 1000),
    tags: pickTags(rng),
    websites: [`https://www.${slug}.example`],
  };
  if (rng.chance(0.3)) organization.faxNumber = generatePhone(rng, country, 'fixed').body;
  if (rng.chance(0.15)) organization.websites.push(`https://support.${slug}.example`);
  if (employees > 2000 && rng.chance(0.5)) {
    organization.tickers = [{ symbol: tickerSymbol(rng, slug), exchange: EXCHANGES[country] }];
  }
  if (rng.chance(0.4)) organization.twitterId = { screenName: slug.slice(0, 15), name: base };
  if (rng.chance(0.3)) {
    organization.externalSystemUrl = `https://crm.example.com/accounts/ACC-${rng.int(100000, 999999)}`;
  }
  return organization;
}

function pickTags(rng: Rng): string[] {
  const tags = new Set<string>();
  const wanted = rng.int(0, 3);
  while (tags.size < wanted) tags.add(rng.pick(TAGS));
  return [...tags];
}

function tickerSymbol(rng: Rng, slug: string): string {
  const letters = slug.toUpperCase().replace(/[^A-Z]/g, '');
  return `${letters.slice(0, 2)}${letters.charAt(rng.int(2, Math.max(2, letters.length - 1)))}`;
}
