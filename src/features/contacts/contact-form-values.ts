import { z } from 'zod';
import { externalContactWriteSchema, type ExternalContactWrite } from '@/models/external-contact';
import {
  customFieldsFormPartShape,
  customFieldsToFormByKey,
  type CustomFieldFormValues,
} from '@/features/schemas/custom-fields/custom-field-values';
import type { ExternalContact } from './contact-model';
import { phoneBody, text, withoutEmpty } from './write-body-parts';

const write = externalContactWriteSchema.shape;

export const PHONE_FIELDS = ['workPhone', 'cellPhone', 'homePhone', 'otherPhone'] as const;
type PhoneField = (typeof PHONE_FIELDS)[number];

/**
 * The form edits a subset of the contact with the API's own rules (src/models): every field here
 * is the write schema's field, so the limits and messages are the ones the sandbox applies too.
 * Only `phoneCountry` is the form's own: one country for all four phones, sent as each phone's
 * normalizationCountryCode (the model checks its format when the body is built).
 */
export const contactFormSchema = z.object({
  salutation: write.salutation,
  firstName: write.firstName,
  middleName: write.middleName,
  lastName: write.lastName,
  title: write.title,
  workEmail: write.workEmail,
  personalEmail: write.personalEmail,
  otherEmail: write.otherEmail,
  workPhone: write.workPhone,
  cellPhone: write.cellPhone,
  homePhone: write.homePhone,
  otherPhone: write.otherPhone,
  phoneCountry: z.string(),
  address: write.address,
  twitterId: write.twitterId,
  externalSystemUrl: write.externalSystemUrl,
  surveyOptOut: write.surveyOptOut,
  // Picked from the API's organizations, so only its id goes back; the name is for the picker.
  externalOrganization: z.nullable(z.object({ id: z.string(), name: z.string().optional() })),
  // Checked against the chosen schema by the custom-fields resolver (schemas feature).
  ...customFieldsFormPartShape,
});

export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormOutput = z.output<typeof contactFormSchema>;

/** What the inputs hold: strings everywhere (an empty field is ''), one boolean. */
export interface ContactFormValues {
  salutation: string;
  firstName: string;
  middleName: string;
  lastName: string;
  title: string;
  workEmail: string;
  personalEmail: string;
  otherEmail: string;
  workPhone: { display: string };
  cellPhone: { display: string };
  homePhone: { display: string };
  otherPhone: { display: string };
  phoneCountry: string;
  address: {
    address1: string;
    address2: string;
    city: string;
    state: string;
    postalCode: string;
    countryCode: string;
  };
  twitterId: { screenName: string };
  externalSystemUrl: string;
  surveyOptOut: boolean;
  externalOrganization: { id: string; name?: string | undefined } | null;
  /** '' = no schema; see the contract in schemas/custom-fields/custom-field-values.ts. */
  schemaId: string;
  customFields: CustomFieldFormValues;
}

export type ContactFormField =
  | Exclude<keyof ContactFormValues, PhoneField | 'address' | 'twitterId' | 'customFields'>
  | `customFields.${string}`
  | `${PhoneField}.display`
  | `address.${keyof ContactFormValues['address']}`
  | 'twitterId.screenName';

export function toFormValues(contact?: ExternalContact): ContactFormValues {
  const phoneCountry =
    PHONE_FIELDS.map((field) => contact?.[field]?.normalizationCountryCode).find(Boolean) ?? '';
  return {
    salutation: contact?.salutation ?? '',
    firstName: contact?.firstName ?? '',
    middleName: contact?.middleName ?? '',
    lastName: contact?.lastName ?? '',
    title: contact?.title ?? '',
    workEmail: contact?.workEmail ?? '',
    personalEmail: contact?.personalEmail ?? '',
    otherEmail: contact?.otherEmail ?? '',
    workPhone: { display: contact?.workPhone?.display ?? '' },
    cellPhone: { display: contact?.cellPhone?.display ?? '' },
    homePhone: { display: contact?.homePhone?.display ?? '' },
    otherPhone: { display: contact?.otherPhone?.display ?? '' },
    phoneCountry: phoneCountry.toUpperCase(),
    address: {
      address1: contact?.address?.address1 ?? '',
      address2: contact?.address?.address2 ?? '',
      city: contact?.address?.city ?? '',
      state: contact?.address?.state ?? '',
      postalCode: contact?.address?.postalCode ?? '',
      countryCode: contact?.address?.countryCode ?? '',
    },
    twitterId: { screenName: contact?.twitterId?.screenName ?? '' },
    externalSystemUrl: contact?.externalSystemUrl ?? '',
    surveyOptOut: contact?.surveyOptOut ?? false,
    externalOrganization: contact?.externalOrganization
      ? { id: contact.externalOrganization.id, name: contact.externalOrganization.name }
      : null,
    schemaId: contact?.schema?.id ?? '',
    customFields: customFieldsToFormByKey(contact?.customFields),
  };
}

/** Keys the form writes; every other writable key of the contact is carried over on PUT. */
const FORM_KEYS = new Set<string>([
  'salutation',
  'firstName',
  'middleName',
  'lastName',
  'title',
  'workEmail',
  'personalEmail',
  'otherEmail',
  ...PHONE_FIELDS,
  'address',
  'twitterId',
  'externalSystemUrl',
  'surveyOptOut',
  'externalOrganization',
]);

/**
 * PUT replaces the whole contact, so what the form does not show (social ids, external ids, the
 * organization, custom fields, division) is sent back as it was. Only the model's writable keys
 * go: read-only ones (type, merge fields, dates) are never echoed.
 */
function carriedOver(existing: ExternalContact | undefined): Partial<ExternalContactWrite> {
  if (!existing) return {};
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(write)) {
    if (FORM_KEYS.has(key)) continue;
    const value = (existing as unknown as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) kept[key] = value;
  }
  if (existing.division) kept.division = { id: existing.division.id };
  return kept as Partial<ExternalContactWrite>;
}

/** The request body for POST (no existing contact) or PUT (the contact as loaded). */
export function toWriteBody(
  values: ContactFormOutput,
  existing?: ExternalContact,
): Record<string, unknown> {
  const country = values.phoneCountry.trim().toUpperCase();
  const twitter = withoutEmpty({
    id: existing?.twitterId?.id,
    name: existing?.twitterId?.name,
    screenName: values.twitterId?.screenName,
  });
  const body: Record<string, unknown> = {
    ...carriedOver(existing),
    salutation: text(values.salutation),
    firstName: text(values.firstName),
    middleName: text(values.middleName),
    lastName: text(values.lastName),
    title: text(values.title),
    workEmail: text(values.workEmail),
    personalEmail: text(values.personalEmail),
    otherEmail: text(values.otherEmail),
    address: withoutEmpty(values.address),
    twitterId: twitter,
    externalSystemUrl: text(values.externalSystemUrl),
    surveyOptOut: values.surveyOptOut ?? false,
    externalOrganization: values.externalOrganization
      ? { id: values.externalOrganization.id }
      : undefined,
  };
  for (const field of PHONE_FIELDS) {
    body[field] = phoneBody(values[field]?.display, existing?.[field], country);
  }
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

const FORM_FIELDS = new Set<string>([
  ...[...FORM_KEYS].filter((key) => !['address', 'twitterId', ...PHONE_FIELDS].includes(key)),
  'phoneCountry',
  ...PHONE_FIELDS.map((field) => `${field}.display`),
  ...Object.keys(toFormValues().address).map((key) => `address.${key}`),
  'twitterId.screenName',
]);

/** Which input an API error detail's fieldName belongs to, if the form shows it. */
export function formFieldFor(apiFieldName: string): ContactFormField | null {
  const name = apiFieldName.replace(/\[\d+\]/g, '');
  if (FORM_FIELDS.has(name)) return name as ContactFormField;
  if (/^customFields\.[a-z][a-z0-9_]*$/.test(name)) return name as ContactFormField;
  if (name === 'schema' || name.startsWith('schema.')) return 'schemaId';
  const [head, tail] = name.split('.', 2);
  if (head && (PHONE_FIELDS as readonly string[]).includes(head)) {
    return tail === 'normalizationCountryCode'
      ? 'phoneCountry'
      : (`${head}.display` as ContactFormField);
  }
  if (head === 'twitterId') return 'twitterId.screenName';
  if (head === 'externalOrganization') return 'externalOrganization';
  if (head === 'address') return 'address.address1';
  return null;
}
