import { describe, expect, it } from 'vitest';
import { ENRICH_KINDS } from './enrich-kinds';
import {
  buildEnrichRequest,
  defaultSettings,
  emptyEnrichForm,
  enrichFormSchema,
  enrichInputFor,
  enrichRequestFromForm,
  type EnrichFormValues,
} from './enrich-request';

const contacts = ENRICH_KINDS.contacts;
const organizations = ENRICH_KINDS.organizations;

const contactForm = (changes: Partial<EnrichFormValues> = {}): EnrichFormValues => ({
  ...emptyEnrichForm(contacts, 'US'),
  matchBy: [{ type: 'Email', value: 'ada@example.com' }],
  ...changes,
});

/** Field path → message of what the form's rules refuse. */
function issuesOf(kind: typeof contacts, values: EnrichFormValues) {
  const result = enrichFormSchema(kind).safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the enrich request a form makes', () => {
  it('sends only what was given, with the rules and the identifiers in order', () => {
    const values = enrichFormSchema(contacts).parse(
      contactForm({
        matchBy: [
          { type: 'Email', value: ' ada@example.com ' },
          { type: 'Phone', value: '+1 317 555 0100' },
        ],
        enrichAction: 'Update',
        fieldRule: 'PreferExisting',
        listRule: 'Replace',
        title: '  Director ',
        workPhone: { display: '317-555-0100' },
        address: {
          city: 'Oslo',
          address1: '',
          address2: '',
          state: '',
          postalCode: '',
          countryCode: '',
        },
      }),
    ) as EnrichFormValues;
    expect(enrichRequestFromForm(contacts, values)).toEqual({
      action: 'Update',
      matchingIdentifiers: [
        { type: 'Email', value: 'ada@example.com' },
        { type: 'Phone', value: '+1 317 555 0100' },
      ],
      contact: {
        title: 'Director',
        workPhone: { display: '317-555-0100', normalizationCountryCode: 'US' },
        address: { city: 'Oslo' },
      },
      fieldRules: { defaultAction: 'PreferExisting', defaultArrayAction: 'Replace' },
    });
  });

  it('reads a yes/no field as not given, yes or no: an untouched one is left out', () => {
    const body = (surveyOptOut: string) =>
      enrichRequestFromForm(contacts, contactForm({ surveyOptOut })).contact;
    expect(body('')).toEqual({});
    expect(body('yes')).toEqual({ surveyOptOut: true });
    expect(body('no')).toEqual({ surveyOptOut: false });
  });

  it('adds promote and the division only when chosen, and promote only for contacts', () => {
    const chosen = { ...defaultSettings(), promote: true, divisionId: 'div-1' };
    const contact = buildEnrichRequest(contacts, [{ type: 'Email', value: 'a@b.co' }], {}, chosen);
    expect(contact).toMatchObject({ options: { promote: true }, division: { id: 'div-1' } });
    const organization = buildEnrichRequest(
      organizations,
      [{ type: 'ExternalId', value: 'x' }],
      { name: 'Acme' },
      chosen,
      'row-4',
    );
    expect(organization).toEqual({
      id: 'row-4',
      action: 'Upsert',
      matchingIdentifiers: [{ type: 'ExternalId', value: 'x' }],
      externalOrganization: { name: 'Acme' },
      fieldRules: { defaultAction: 'PreferProvided', defaultArrayAction: 'Fill' },
      division: { id: 'div-1' },
    });
    expect(buildEnrichRequest(contacts, [], {}, defaultSettings())).not.toHaveProperty('options');
  });

  it('puts an organization’s lists one item a line and leaves out an empty name', () => {
    const values = {
      ...emptyEnrichForm(organizations, 'GB'),
      matchBy: [{ type: 'ExternalId', value: 'CRM-1' }],
      enrichAction: 'Update',
      tags: 'key account\n\n emea ',
      employeeCount: '250',
    };
    const parsed = enrichFormSchema(organizations).parse(values) as EnrichFormValues;
    expect(enrichRequestFromForm(organizations, parsed).externalOrganization).toEqual({
      tags: ['key account', 'emea'],
      employeeCount: 250,
    });
  });
});

describe('the enrich form’s rules', () => {
  it('needs an identifier, refuses an empty value and a phone without its country code', () => {
    expect(issuesOf(contacts, contactForm({ matchBy: [] }))).toEqual({
      matchBy: 'Add at least one identifier to match by.',
    });
    expect(
      issuesOf(contacts, contactForm({ matchBy: [{ type: 'Phone', value: '317 555 0100' }] })),
    ).toEqual({ 'matchBy.0.value': 'A phone identifier must start with + and the country code.' });
    expect(issuesOf(contacts, contactForm({ matchBy: [{ type: 'Email', value: '  ' }] }))).toEqual({
      'matchBy.0.value': 'Identifier value is required.',
    });
    expect(
      issuesOf(contacts, contactForm({ matchBy: [{ type: 'Fax', value: '1' }] })),
    ).toHaveProperty('matchBy.0.type');
  });

  it('takes at most 25 identifiers', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ type: 'ExternalId', value: `id-${i}` }));
    expect(issuesOf(contacts, contactForm({ matchBy: many(25) }))).toEqual({});
    expect(issuesOf(contacts, contactForm({ matchBy: many(26) }))).toEqual({
      matchBy: 'At most 25 identifiers can be matched.',
    });
  });

  it('checks the data with the record form’s own rules', () => {
    const issues = issuesOf(
      contacts,
      contactForm({ workEmail: 'not-an-email', workPhone: { display: 'call me' } }),
    );
    expect(issues.workEmail).toBe('Work email must be a valid email address.');
    expect(issues['workPhone.display']).toMatch(/Work phone/);
  });

  it('refuses Merge for organizations and other than ExternalId identifiers for them', () => {
    const organization = {
      ...emptyEnrichForm(organizations, 'US'),
      matchBy: [{ type: 'Email', value: 'a@b.co' }],
      enrichAction: 'Merge',
    };
    const issues = issuesOf(organizations, organization);
    expect(issues.enrichAction).toBe('Choose one of Insert, Update, Upsert.');
    expect(issues['matchBy.0.type']).toBe('Organizations are matched by external id only.');
  });

  it('needs an organization’s name only to insert one', () => {
    const organization = (enrichAction: string) => ({
      ...emptyEnrichForm(organizations, 'US'),
      matchBy: [{ type: 'ExternalId', value: 'CRM-1' }],
      enrichAction,
    });
    expect(issuesOf(organizations, organization('Update'))).toEqual({});
    expect(issuesOf(organizations, organization('Upsert'))).toEqual({});
    expect(issuesOf(organizations, organization('Insert'))).toEqual({
      name: 'Name is required to insert a new organization.',
    });
    expect(
      issuesOf(organizations, { ...organization('Update'), name: 'n'.repeat(1001) }).name,
    ).toMatch(/1,000/);
  });
});

describe('where an API error belongs in the form', () => {
  const inputFor = enrichInputFor(contacts);
  it('maps identifiers, rules and the record’s fields', () => {
    expect(inputFor('matchingIdentifiers[1].value')).toBe('matchBy.1.value');
    expect(inputFor('matchingIdentifiers')).toBe('matchBy');
    expect(inputFor('fieldRules.defaultAction')).toBe('fieldRule');
    expect(inputFor('fieldRules.defaultArrayAction')).toBe('listRule');
    expect(inputFor('workEmail')).toBe('workEmail');
    expect(inputFor('contact.workPhone.e164')).toBe('workPhone.display');
    expect(inputFor('externalOrganization.id')).toBe('externalOrganization');
    expect(inputFor('nothing')).toBeNull();
  });
});
