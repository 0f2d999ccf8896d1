/**
 * What every view needs to know about one field of a record, written once per entity in its model
 * file (external-contact.ts, external-organization.ts). Forms, detail sections, list columns,
 * merge choices, CSV columns, lookup results and the sandbox's search text, export columns and
 * import targets are all derived from these lists by the field's `kind`.
 *
 * Pure: no React, no browser, no server code; the sandbox imports it too.
 */

/** How a field is stored, and so how it is edited, shown, searched, merged and put in a CSV. */
export type FieldKind =
  /** A string; `email` and `url` are strings with their own checks and links. */
  | 'text'
  | 'email'
  | 'url'
  | 'boolean'
  /** A whole number (employee count, revenue). */
  | 'number'
  /** A PhoneNumber object: the user types `display`; the API adds e164 and countryCode. */
  | 'phone'
  /** An Address object of ADDRESS_PARTS. */
  | 'address'
  /** A Twitter id object; the form edits the screen name. */
  | 'twitter'
  /** A reference to another record ({ id, name }): the contact's organization. */
  | 'reference'
  /** A list of strings (tags, websites). */
  | 'textList'
  /** Read-only in the console's forms: messaging ids, external ids, tickers, data sources. */
  | 'structured';

export interface RecordField<Key extends string = string> {
  key: Key;
  label: string;
  /** The group it is shown in, on the detail page and in the form. */
  section: string;
  kind: FieldKind;
  /** The browser's autocomplete token for the form input. */
  autoComplete?: string;
  /** Shown under the form input. */
  help?: string;
  /** The API refuses a record without it (an organization's name). */
  required?: boolean;
  /** Other CSV headers an import recognises for this field (compared loosely). */
  csvAliases?: readonly string[];
  /** Not edited by the record form (kept as stored on PUT). Structured fields never are. */
  readOnlyInForm?: boolean;
  /** How a structured value is shown (one line); other kinds are shown by their kind. */
  summary?: (value: unknown) => string;
  /** Where `q` should not look (a free-text search box matches what people type). */
  notSearched?: boolean;
}

export interface AddressPart {
  key: 'address1' | 'address2' | 'city' | 'state' | 'postalCode' | 'countryCode';
  label: string;
  autoComplete: string;
  csvAliases: readonly string[];
}

/** The parts of an address, in the order people write them. */
export const ADDRESS_PARTS: readonly AddressPart[] = [
  {
    key: 'address1',
    label: 'Address line 1',
    autoComplete: 'address-line1',
    csvAliases: ['address', 'street', 'address 1', 'street address'],
  },
  {
    key: 'address2',
    label: 'Address line 2',
    autoComplete: 'address-line2',
    csvAliases: ['address 2'],
  },
  { key: 'city', label: 'City', autoComplete: 'address-level2', csvAliases: ['town'] },
  {
    key: 'state',
    label: 'State or region',
    autoComplete: 'address-level1',
    csvAliases: ['region', 'province', 'county'],
  },
  {
    key: 'postalCode',
    label: 'Postal code',
    autoComplete: 'postal-code',
    csvAliases: ['postcode', 'zip', 'zip code', 'postal'],
  },
  { key: 'countryCode', label: 'Country', autoComplete: 'country', csvAliases: ['country code'] },
];

// ---- Read models shared by contacts and organizations (models.json) ----

export interface NamedRef {
  id: string;
  name?: string;
  selfUri?: string;
}

export interface PhoneNumber {
  display?: string;
  extension?: number;
  acceptsSMS?: boolean;
  normalizationCountryCode?: string;
  userInput?: string;
  e164?: string;
  countryCode?: string;
}

export type Address = Partial<Record<AddressPart['key'], string>>;

export interface TwitterId {
  id?: string;
  name?: string;
  screenName?: string;
  profileUrl?: string;
}

/** An external id's source: `{id, selfUri}`, or the whole source with `expand=externalSources`. */
export interface ExternalSourceRef extends NamedRef {
  active?: boolean;
  linkConfiguration?: { uriTemplate?: string };
}

export interface ExternalIdValue {
  externalSource?: ExternalSourceRef;
  value?: string;
}

export interface RecordIdentifier {
  id?: string;
  type?: string;
  value?: string;
  dateCreated?: string;
  externalSource?: NamedRef;
  division?: NamedRef;
}

export interface SchemaRef {
  id?: string;
  name?: string;
  version?: number;
}

/** What contacts and organizations have in common beside their fields. */
export interface RecordBase {
  id: string;
  division?: NamedRef;
  externalIds?: ExternalIdValue[];
  identifiers?: RecordIdentifier[];
  externalDataSources?: { platform?: string; url?: string }[];
  schema?: SchemaRef;
  customFields?: Record<string, unknown>;
  createDate?: string;
  modifyDate?: string;
  selfUri?: string;
}

/** One page of a searched list (GET /externalcontacts/contacts, /organizations, …). */
export interface RecordListing<Read> {
  entities?: Read[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
  partialResults?: boolean;
}

/** One page of a scan (GET /externalcontacts/scan/…): cursor paging, no total. */
export interface RecordScanPage<Read> {
  entities?: Read[];
  cursors?: { after?: string };
  nextUri?: string;
}

// ---- Reading values by kind ----

export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

export const fieldValue = (record: object, field: RecordField): unknown =>
  (record as Record<string, unknown>)[field.key];

/** The phone as the API shows it (international when it could normalise it), with the extension. */
export function phoneDisplay(phone: PhoneNumber | undefined | null): string {
  if (!phone) return '';
  const number = phone.display?.trim() || phone.e164 || phone.userInput || '';
  if (!number) return '';
  return phone.extension !== undefined && phone.extension !== null
    ? `${number} ext. ${phone.extension}`
    : number;
}

export const joinedParts = (...parts: unknown[]) =>
  parts.filter((part) => typeof part === 'string' && part.trim() !== '').join(' · ');

/** One line for any field's value: the list cell, the merge choice, the CSV-free summary. */
export function formatFieldValue(field: RecordField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.summary) return field.summary(value);
  switch (field.kind) {
    case 'phone':
      return phoneDisplay(asRecord(value) as PhoneNumber);
    case 'address': {
      const address = asRecord(value);
      return joinedParts(...ADDRESS_PARTS.map((part) => address[part.key]));
    }
    case 'twitter': {
      const twitter = asRecord(value);
      return joinedParts(twitter.screenName, twitter.name);
    }
    case 'reference': {
      const ref = asRecord(value);
      return asText(ref.name) || asText(ref.id);
    }
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'number':
      return typeof value === 'number' ? value.toLocaleString() : '';
    case 'textList':
      return Array.isArray(value)
        ? value.filter((item) => typeof item === 'string').join(', ')
        : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The fields of one kind, e.g. a contact's phone slots, in their defined order. */
export const fieldsOfKind = <Field extends RecordField, Kind extends FieldKind>(
  fields: readonly Field[],
  kind: Kind,
): (Field & { kind: Kind })[] =>
  fields.filter((field): field is Field & { kind: Kind } => field.kind === kind);

/** The first phone a record has, for a one-column list. */
export function primaryPhone(record: object, fields: readonly RecordField[]): string {
  for (const field of fieldsOfKind(fields, 'phone')) {
    const shown = phoneDisplay(fieldValue(record, field) as PhoneNumber | undefined);
    if (shown) return shown;
  }
  return '';
}

// ---- The JSON paths other systems see (exports, imports, search) ----

/** Columns an export writes for a field: the stored parts a spreadsheet user needs. */
export function exportPaths(field: RecordField): string[] {
  switch (field.kind) {
    case 'phone':
      return [`${field.key}.display`, `${field.key}.e164`];
    case 'address':
      return ADDRESS_PARTS.map((part) => `${field.key}.${part.key}`);
    case 'twitter':
      return [`${field.key}.screenName`];
    case 'reference':
      return [`${field.key}.id`, `${field.key}.name`];
    case 'structured':
      return [];
    default:
      return [field.key];
  }
}

/** Paths a CSV column can fill on import: what a person types, never what the API derives. */
export function importPaths(field: RecordField): string[] {
  switch (field.kind) {
    case 'phone':
      return [`${field.key}.display`];
    case 'reference':
      return [`${field.key}.id`];
    case 'structured':
    case 'boolean':
    case 'number':
    case 'textList':
      return [];
    default:
      return exportPaths(field);
  }
}
