import { describe, expect, it } from 'vitest';
import { customFieldsExtension } from '@/features/schemas';
import { externalOrganizationWriteSchema } from '@/models/external-organization';
import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import {
  formFieldFor as fieldForOf,
  recordFormSchema,
  toFormValues as valuesOf,
  toWriteBody as bodyOf,
} from '@/record-kit/form/record-form-values';
import { tickersExtension } from './tickers';

// The organization form is the record kit's form over ORGANIZATION_FIELDS with the tickers'
// and the custom fields' extensions: these are its rules, checked without rendering it.
const write = externalOrganizationWriteSchema.shape;
const extensions = [
  tickersExtension,
  // What the chosen schema puts in the body is the schemas feature's (tested there).
  customFieldsExtension(() => undefined),
];
const organizationFormSchema = recordFormSchema(ORGANIZATION_FIELDS, write, extensions);

/** What the inputs hold, typed for the test's assignments. */
interface OrganizationFormValues {
  [key: string]: unknown;
  name: string;
  phoneCountry: string;
  companyType: string;
  industry: string;
  employeeCount: string;
  revenue: string;
  tags: string;
  websites: string;
  externalSystemUrl: string;
  phoneNumber: { display: string };
  faxNumber: { display: string };
  address: Record<string, string>;
  twitterId: { screenName: string };
  tickers: { symbol: string; exchange: string }[];
}
const toFormValues = (organization?: ExternalOrganization) =>
  valuesOf(ORGANIZATION_FIELDS, organization, extensions) as unknown as OrganizationFormValues;
const toWriteBody = (values: Record<string, unknown>, existing?: ExternalOrganization) =>
  bodyOf(ORGANIZATION_FIELDS, Object.keys(write), values, existing, extensions);
const formFieldFor = fieldForOf(ORGANIZATION_FIELDS, extensions);

const valid = (name = 'Acme'): OrganizationFormValues => ({ ...toFormValues(), name });
const issuesAt = (values: OrganizationFormValues) => {
  const result = organizationFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};
const withValues = (change: (values: OrganizationFormValues) => void) => {
  const values = valid();
  change(values);
  return values;
};

describe('organization form schema limits', () => {
  it('requires a name of at most 1,000 characters', () => {
    expect(issuesAt(valid(''))).toEqual(['name']);
    expect(issuesAt(valid('   '))).toEqual(['name']);
    expect(issuesAt(valid('n'.repeat(1000)))).toEqual([]);
    expect(issuesAt(valid('n'.repeat(1001)))).toEqual(['name']);
  });

  it('limits company type and industry to 1,000 characters', () => {
    expect(issuesAt(withValues((v) => (v.companyType = 'c'.repeat(1000))))).toEqual([]);
    expect(issuesAt(withValues((v) => (v.companyType = 'c'.repeat(1001))))).toEqual([
      'companyType',
    ]);
    expect(issuesAt(withValues((v) => (v.industry = 'i'.repeat(1001))))).toEqual(['industry']);
  });

  it('applies the address limits of the model', () => {
    expect(issuesAt(withValues((v) => (v.address.city = 'c'.repeat(100))))).toEqual([]);
    expect(issuesAt(withValues((v) => (v.address.city = 'c'.repeat(101))))).toEqual([
      'address.city',
    ]);
    expect(issuesAt(withValues((v) => (v.address.postalCode = 'p'.repeat(25))))).toEqual([]);
    expect(issuesAt(withValues((v) => (v.address.postalCode = 'p'.repeat(26))))).toEqual([
      'address.postalCode',
    ]);
  });

  it('accepts whole numbers from 0 for employee count and revenue', () => {
    expect(issuesAt(withValues((v) => (v.employeeCount = '0')))).toEqual([]);
    expect(issuesAt(withValues((v) => (v.employeeCount = '-1')))).toEqual(['employeeCount']);
    expect(issuesAt(withValues((v) => (v.employeeCount = '1.5')))).toEqual(['employeeCount']);
    expect(issuesAt(withValues((v) => (v.revenue = 'lots')))).toEqual(['revenue']);
    expect(issuesAt(withValues((v) => (v.revenue = String(Number.MAX_SAFE_INTEGER))))).toEqual([]);
    const message = organizationFormSchema.safeParse(withValues((v) => (v.revenue = '-1'))).error
      ?.issues[0]?.message;
    expect(message).toBe('Revenue cannot be negative.');
  });

  it('limits each tag and website line to 1,000 characters', () => {
    expect(issuesAt(withValues((v) => (v.tags = `vip\n${'t'.repeat(1000)}`)))).toEqual([]);
    expect(issuesAt(withValues((v) => (v.tags = `vip\n${'t'.repeat(1001)}`)))).toEqual(['tags']);
    expect(issuesAt(withValues((v) => (v.websites = 'w'.repeat(1001))))).toEqual(['websites']);
  });

  it('limits ticker parts to 255 characters and wants both parts', () => {
    const ticker = (symbol: string, exchange: string) =>
      withValues((v) => (v.tickers = [{ symbol, exchange }]));
    expect(issuesAt(ticker('s'.repeat(255), 'NYSE'))).toEqual([]);
    expect(issuesAt(ticker('s'.repeat(256), 'NYSE'))).toEqual(['tickers.0.symbol']);
    expect(issuesAt(ticker('ACME', ''))).toEqual(['tickers.0.exchange']);
    expect(issuesAt(ticker('', ''))).toEqual([]);
  });

  it('checks the URL protocol, the Twitter pattern and the phone country', () => {
    expect(issuesAt(withValues((v) => (v.externalSystemUrl = 'crm.example.com')))).toEqual([
      'externalSystemUrl',
    ]);
    expect(issuesAt(withValues((v) => (v.externalSystemUrl = 'https://crm.example.com')))).toEqual(
      [],
    );
    expect(issuesAt(withValues((v) => (v.twitterId.screenName = 'two words')))).toEqual([
      'twitterId.screenName',
    ]);
    expect(issuesAt(withValues((v) => (v.phoneCountry = 'USA')))).toEqual(['phoneCountry']);
    expect(issuesAt(withValues((v) => (v.phoneCountry = 'us')))).toEqual([]);
  });
});

describe('organization write body', () => {
  it('sends only what was filled, with lists split by line', () => {
    const values = withValues((v) => {
      v.name = '  Acme  ';
      v.employeeCount = '250';
      v.tags = 'vip\n\n  partner \n';
      v.phoneNumber.display = '317-555-0100';
      v.phoneCountry = 'us';
      v.tickers = [
        { symbol: 'ACME', exchange: 'NYSE' },
        { symbol: '', exchange: '' },
      ];
    });
    expect(toWriteBody(organizationFormSchema.parse(values))).toEqual({
      name: 'Acme',
      employeeCount: 250,
      tags: ['vip', 'partner'],
      phoneNumber: { display: '317-555-0100', normalizationCountryCode: 'US' },
      tickers: [{ symbol: 'ACME', exchange: 'NYSE' }],
    });
  });

  it('round-trips division and external ids on edit, and loads schema and custom fields into the form', () => {
    const existing: ExternalOrganization = {
      id: 'org-1',
      name: 'Acme',
      division: { id: 'div-1', name: 'Home' },
      schema: { id: 'schema-1', version: 2 },
      customFields: { region_text: 'EMEA' },
      externalIds: [{ externalSource: { id: 'src-1', name: 'CRM' }, value: 'A-1' }],
      trustor: { id: 'org-2' },
      createDate: '2026-01-01T00:00:00Z',
    };
    const values = toFormValues(existing);
    // The custom-fields section owns these two and writes them into the body (applyTo).
    expect(values.schemaId).toBe('schema-1');
    expect(values.customFields).toEqual({ region_text: 'EMEA' });
    const body = toWriteBody(organizationFormSchema.parse(values), existing);
    expect(body).toEqual({
      name: 'Acme',
      division: { id: 'div-1' },
      externalIds: [{ externalSource: { id: 'src-1' }, value: 'A-1' }],
    });
  });

  it('maps API field names onto the inputs', () => {
    expect(formFieldFor('name')).toBe('name');
    expect(formFieldFor('address.city')).toBe('address.city');
    expect(formFieldFor('phoneNumber.normalizationCountryCode')).toBe('phoneCountry');
    expect(formFieldFor('faxNumber.display')).toBe('faxNumber.display');
    expect(formFieldFor('tickers[1].exchange')).toBe('tickers.1.exchange');
    expect(formFieldFor('tags[3]')).toBe('tags');
    expect(formFieldFor('twitterId.id')).toBe('twitterId.screenName');
    expect(formFieldFor('division.id')).toBeNull();
    expect(formFieldFor('customFields.region_text')).toBe('customFields.region_text');
    expect(formFieldFor('schema.version')).toBe('schemaId');
  });
});
