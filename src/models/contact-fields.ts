import {
  type RecordField,
  joinedParts,
  phoneDisplay,
  asRecord,
  type Address,
  type NamedRef,
  type PhoneNumber,
  type RecordBase,
  type TwitterId,
} from './record-fields.ts';

/**
 * What the console reads of an external contact and the list of its fields, which every view derives from.
 * No zod here: the lists are first screens; the write rules (zod) live in external-contact.ts.
 */

export type ContactType = 'Ephemeral' | 'Identified' | 'Curated';

export interface ContactRef {
  id: string;
  selfUri?: string;
}

/** Every field is optional because Genesys omits empty ones. */
export interface ExternalContact extends RecordBase {
  salutation?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  title?: string;
  workPhone?: PhoneNumber;
  cellPhone?: PhoneNumber;
  homePhone?: PhoneNumber;
  otherPhone?: PhoneNumber;
  workEmail?: string;
  personalEmail?: string;
  otherEmail?: string;
  address?: Address;
  twitterId?: TwitterId;
  lineId?: { ids?: { userId?: string }[]; displayName?: string };
  whatsAppId?: { phoneNumber?: PhoneNumber; displayName?: string };
  facebookId?: { ids?: { scopedId?: string }[]; displayName?: string };
  instagramId?: { ids?: { scopedId?: string }[]; displayName?: string; handle?: string };
  appleOpaqueIds?: { value?: string }[];
  externalOrganization?: NamedRef;
  surveyOptOut?: boolean;
  externalSystemUrl?: string;
  type?: ContactType;
  canonicalContact?: ContactRef;
  mergeSet?: ContactRef[];
  mergedFrom?: ContactRef[];
  mergedTo?: ContactRef;
}

/** A messaging id in one line: its names, then the first id of its `ids` list. */
const messagingSummary =
  (idKey: string, ...nameKeys: string[]) =>
  (value: unknown): string => {
    const stored = asRecord(value);
    return joinedParts(...nameKeys.map((key) => stored[key]), firstId(stored.ids, idKey));
  };

const firstId = (value: unknown, key: string) => {
  const first = asRecord(Array.isArray(value) ? value[0] : undefined)[key];
  return typeof first === 'string' ? first : '';
};

/**
 * The contact's fields, in the order the console shows them. Everything that lists contact fields
 * (form, details, columns, merge, CSV, lookup, the sandbox's search/export/import) reads this.
 */
export const CONTACT_FIELDS = [
  {
    key: 'salutation',
    label: 'Salutation',
    section: 'Name and title',
    kind: 'text',
    autoComplete: 'honorific-prefix',
    csvAliases: ['prefix', 'honorific'],
  },
  {
    key: 'firstName',
    label: 'First name',
    section: 'Name and title',
    kind: 'text',
    autoComplete: 'given-name',
    csvAliases: ['firstname', 'given name', 'forename', 'first'],
  },
  {
    key: 'middleName',
    label: 'Middle name',
    section: 'Name and title',
    kind: 'text',
    autoComplete: 'additional-name',
    csvAliases: ['middle'],
  },
  {
    key: 'lastName',
    label: 'Last name',
    section: 'Name and title',
    kind: 'text',
    autoComplete: 'family-name',
    csvAliases: ['lastname', 'surname', 'family name', 'last'],
  },
  {
    key: 'title',
    label: 'Title',
    section: 'Name and title',
    kind: 'text',
    autoComplete: 'organization-title',
    csvAliases: ['job title', 'position'],
  },
  {
    key: 'workPhone',
    label: 'Work phone',
    section: 'Phones',
    kind: 'phone',
    csvAliases: ['phone', 'business phone', 'office phone', 'telephone'],
  },
  {
    key: 'cellPhone',
    label: 'Cell phone',
    section: 'Phones',
    kind: 'phone',
    csvAliases: ['mobile', 'mobile phone', 'cell', 'mobile number'],
  },
  { key: 'homePhone', label: 'Home phone', section: 'Phones', kind: 'phone', csvAliases: ['home'] },
  {
    key: 'otherPhone',
    label: 'Other phone',
    section: 'Phones',
    kind: 'phone',
    csvAliases: ['alternate phone', 'phone 2'],
  },
  {
    key: 'workEmail',
    label: 'Work email',
    section: 'Emails',
    kind: 'email',
    csvAliases: ['email', 'e-mail', 'email address', 'business email'],
  },
  {
    key: 'personalEmail',
    label: 'Personal email',
    section: 'Emails',
    kind: 'email',
    csvAliases: ['home email', 'private email'],
  },
  {
    key: 'otherEmail',
    label: 'Other email',
    section: 'Emails',
    kind: 'email',
    csvAliases: ['alternate email', 'email 2'],
  },
  { key: 'address', label: 'Address', section: 'Address', kind: 'address' },
  {
    key: 'twitterId',
    label: 'Twitter screen name',
    section: 'Social and messaging',
    kind: 'twitter',
    csvAliases: ['twitter', 'twitter handle', 'x handle'],
  },
  {
    key: 'facebookId',
    label: 'Facebook',
    section: 'Social and messaging',
    kind: 'structured',
    summary: messagingSummary('scopedId', 'displayName'),
  },
  {
    key: 'instagramId',
    label: 'Instagram',
    section: 'Social and messaging',
    kind: 'structured',
    summary: messagingSummary('scopedId', 'handle', 'displayName'),
  },
  {
    key: 'lineId',
    label: 'Line',
    section: 'Social and messaging',
    kind: 'structured',
    summary: messagingSummary('userId', 'displayName'),
  },
  {
    key: 'whatsAppId',
    label: 'WhatsApp',
    section: 'Social and messaging',
    kind: 'structured',
    summary: (value) => {
      const whatsApp = asRecord(value);
      return joinedParts(
        whatsApp.displayName,
        phoneDisplay(asRecord(whatsApp.phoneNumber) as PhoneNumber),
      );
    },
  },
  {
    key: 'appleOpaqueIds',
    label: 'Apple opaque ids',
    section: 'Social and messaging',
    kind: 'structured',
    summary: (value) =>
      (Array.isArray(value) ? value.map((id) => asRecord(id).value) : [])
        .filter((id): id is string => typeof id === 'string')
        .join(', '),
  },
  {
    key: 'surveyOptOut',
    label: 'Opted out of surveys',
    section: 'Preferences and links',
    kind: 'boolean',
    summary: (value) => (value ? 'Yes, no surveys' : 'No'),
    csvAliases: ['survey opt out', 'survey opt-out', 'opted out of surveys'],
  },
  {
    key: 'externalSystemUrl',
    label: 'External system URL',
    section: 'Preferences and links',
    kind: 'url',
    csvAliases: ['url', 'crm url', 'external url'],
  },
  {
    key: 'externalOrganization',
    label: 'Organization',
    section: 'Organization',
    kind: 'reference',
    help: 'The company this contact works for. Type to search organizations.',
    csvAliases: ['external organization id', 'organisation id', 'company id'],
  },
] as const satisfies readonly RecordField<keyof ExternalContact & string>[];

export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * A person's name as people write it, or the best thing to call the record by when it has none
 * (observed contacts often hold only an email or a phone).
 */
export function contactName(contact: ExternalContact): string {
  const name = [contact.firstName, contact.middleName, contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  if (name) return name;
  const emails = CONTACT_FIELDS.filter((field) => field.kind === 'email');
  for (const field of emails) {
    const email = contact[field.key as keyof ExternalContact];
    if (typeof email === 'string' && email) return email;
  }
  for (const field of CONTACT_FIELDS) {
    if (field.kind !== 'phone') continue;
    const shown = phoneDisplay(contact[field.key as keyof ExternalContact] as PhoneNumber);
    if (shown) return shown;
  }
  return contact.twitterId?.screenName || 'Unnamed contact';
}

/** The fields GET /externalcontacts/contacts can sort by. */
export const CONTACT_SORT_FIELDS = ['firstName', 'lastName', 'middleName', 'title'] as const;
