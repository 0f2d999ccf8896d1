import { describe, expect, it } from 'vitest';
import { customFieldsExtension } from '@/features/schemas';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import {
  formFieldFor as fieldForOf,
  recordFormSchema,
  toFormValues as valuesOf,
  toWriteBody as bodyOf,
} from '@/record-kit/form/record-form-values';

// The contact form is the record kit's form over CONTACT_FIELDS, with the custom fields'
// extension: these are its rules, checked without rendering it.
const write = externalContactWriteSchema.shape;
const customFields = customFieldsExtension((body, values) => {
  body.customFields = values.customFields;
});
const extensions = [customFields];
const contactFormSchema = recordFormSchema(CONTACT_FIELDS, write, extensions);

/** What the inputs hold, typed for the test's assignments. */
interface Values {
  [key: string]: unknown;
  phoneCountry: string;
  firstName: string;
  workEmail: string;
  externalSystemUrl: string;
  workPhone: { display: string };
  cellPhone: { display: string };
  address: Record<string, string>;
  twitterId: { screenName: string };
  externalOrganization: { id: string; name?: string } | null;
  schemaId: string;
  customFields: Record<string, unknown>;
}
const toFormValues = (contact?: ExternalContact) =>
  valuesOf(CONTACT_FIELDS, contact, extensions) as unknown as Values;
const parse = (values: Values) => contactFormSchema.parse(values) as Record<string, unknown>;
const toWriteBody = (values: Record<string, unknown>, existing?: ExternalContact) =>
  bodyOf(CONTACT_FIELDS, Object.keys(write), values, existing);
const formFieldFor = fieldForOf(CONTACT_FIELDS, extensions);

describe('contact form values', () => {
  it('an empty form is valid and sends only the survey flag', () => {
    expect(toWriteBody(parse(toFormValues()))).toEqual({ surveyOptOut: false });
  });

  it('trims, drops empty parts and puts the phone country on every phone', () => {
    const values = toFormValues();
    values.firstName = '  Ada ';
    values.workPhone.display = '317-222-2222';
    values.cellPhone.display = '';
    values.phoneCountry = 'us';
    values.address.city = 'Indianapolis';
    values.twitterId.screenName = '@ada';
    expect(toWriteBody(parse(values))).toEqual({
      firstName: 'Ada',
      workPhone: { display: '317-222-2222', normalizationCountryCode: 'US' },
      address: { city: 'Indianapolis' },
      twitterId: { screenName: '@ada' },
      surveyOptOut: false,
    });
  });

  it('links the picked organization by id, and unlinks when the picker is cleared', () => {
    const existing: ExternalContact = {
      id: 'c-1',
      lastName: 'Lovelace',
      externalOrganization: { id: 'org-1', name: 'Analytical Engines' },
    };
    const values = toFormValues(existing);
    expect(values.externalOrganization).toEqual({ id: 'org-1', name: 'Analytical Engines' });
    expect(toWriteBody(parse(values), existing).externalOrganization).toEqual({ id: 'org-1' });
    values.externalOrganization = { id: 'org-2', name: 'Difference Ltd' };
    expect(toWriteBody(parse(values), existing).externalOrganization).toEqual({ id: 'org-2' });
    values.externalOrganization = null;
    expect(toWriteBody(parse(values), existing)).not.toHaveProperty('externalOrganization');
    expect(formFieldFor('externalOrganization.id')).toBe('externalOrganization');
  });

  it('uses the model rules (email, URL with protocol, Twitter pattern, lengths)', () => {
    const values = toFormValues();
    values.workEmail = 'nope';
    values.externalSystemUrl = 'crm.example.com';
    values.twitterId.screenName = 'two words';
    values.address.state = 'x'.repeat(51);
    const result = contactFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'workEmail',
        'externalSystemUrl',
        'twitterId.screenName',
        'address.state',
      ]),
    );
  });

  it('on edit, carries over what the form does not show and never echoes read-only fields', () => {
    const existing: ExternalContact = {
      id: 'c1',
      type: 'Curated',
      firstName: 'Ada',
      workPhone: { display: '+1 317-222-2222', e164: '+13172222222', extension: 7 },
      externalOrganization: { id: 'o1', name: 'Acme' },
      division: { id: 'd1', name: 'Home' },
      externalIds: [{ externalSource: { id: 's1' }, value: 'x' }],
      customFields: { tier: 'gold' },
      mergeSet: [{ id: 'c0' }],
      createDate: '2024-01-01T00:00:00Z',
    };
    const body = toWriteBody(parse(toFormValues(existing)), existing);
    expect(body).toEqual({
      firstName: 'Ada',
      workPhone: { display: '+1 317-222-2222', extension: 7 },
      externalOrganization: { id: 'o1' },
      division: { id: 'd1' },
      externalIds: [{ externalSource: { id: 's1' }, value: 'x' }],
      customFields: { tier: 'gold' },
      surveyOptOut: false,
    });
  });

  it('maps API field names onto the form inputs', () => {
    expect(formFieldFor('workEmail')).toBe('workEmail');
    expect(formFieldFor('workPhone.display')).toBe('workPhone.display');
    expect(formFieldFor('cellPhone')).toBe('cellPhone.display');
    expect(formFieldFor('homePhone.normalizationCountryCode')).toBe('phoneCountry');
    expect(formFieldFor('address.city')).toBe('address.city');
    expect(formFieldFor('twitterId')).toBe('twitterId.screenName');
    expect(formFieldFor('externalIds[0].value')).toBeNull();
    expect(formFieldFor('division.id')).toBeNull();
  });
});

describe('custom fields in the contact form', () => {
  it('reads stored values into form shape by their key suffix', () => {
    const values = toFormValues({
      id: 'c1',
      schema: { id: 's1', version: 2 },
      customFields: { seats_integer: 3, vip_checkbox: true, labels_tag: ['a'], note_text: 'x' },
    } as ExternalContact);
    expect(values.schemaId).toBe('s1');
    expect(values.customFields).toEqual({
      seats_integer: '3',
      vip_checkbox: true,
      labels_tag: ['a'],
      note_text: 'x',
    });
    expect(parse(values).customFields).toEqual(values.customFields);
  });

  it('maps API problems of custom fields and the schema onto their inputs', () => {
    expect(formFieldFor('customFields.seats_integer')).toBe('customFields.seats_integer');
    expect(formFieldFor('schema')).toBe('schemaId');
    expect(formFieldFor('schema.version')).toBe('schemaId');
  });
});
