import type { ExternalContact } from '@/features/contacts/contact-model';
import { PHONE_FIELDS, type ContactFormValues } from '@/features/contacts/contact-form-values';

/**
 * The one CSV layout of contacts, shared by export and import so an exported file re-imports:
 * each column has the header export writes, the other headers import recognises (compared
 * without case, spaces, dashes or underscores), how it reads a contact and where it goes in the
 * contact form's values. Columns without `write` (Id, Division) are exported for reference and
 * ignored on import: the division is chosen on the import page, and ids are the API's.
 */
export interface ContactCsvColumn {
  key: string;
  header: string;
  aliases: readonly string[];
  read: (contact: ExternalContact) => string;
  write?: (values: ContactFormValues, cell: string) => void;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

const phoneColumn = (
  field: (typeof PHONE_FIELDS)[number],
  header: string,
  aliases: readonly string[],
): ContactCsvColumn => ({
  key: field,
  header,
  aliases,
  read: (contact) => contact[field]?.display ?? '',
  write: (values, cell) => {
    values[field] = { display: cell };
  },
});

type AddressPart = keyof ContactFormValues['address'];
const addressColumn = (
  part: AddressPart,
  header: string,
  aliases: readonly string[],
): ContactCsvColumn => ({
  key: `address.${part}`,
  header,
  aliases,
  read: (contact) => contact.address?.[part] ?? '',
  write: (values, cell) => {
    values.address[part] = cell;
  },
});

type TextField =
  | 'salutation'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'title'
  | 'workEmail'
  | 'personalEmail'
  | 'otherEmail'
  | 'externalSystemUrl';
const textColumn = (
  field: TextField,
  header: string,
  aliases: readonly string[],
): ContactCsvColumn => ({
  key: field,
  header,
  aliases,
  read: (contact) => contact[field] ?? '',
  write: (values, cell) => {
    values[field] = cell;
  },
});

/** A cell that is not one of these is reported on its row, not guessed. */
export const SURVEY_OPT_OUT_VALUES: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  no: false,
  n: false,
  false: false,
  '0': false,
  '': false,
};

export const CONTACT_CSV_COLUMNS: readonly ContactCsvColumn[] = [
  {
    key: 'id',
    header: 'Id',
    aliases: ['contact id', 'external contact id'],
    read: (contact) => contact.id,
  },
  textColumn('salutation', 'Salutation', ['prefix', 'honorific']),
  textColumn('firstName', 'First name', ['firstname', 'given name', 'forename', 'first']),
  textColumn('middleName', 'Middle name', ['middle']),
  textColumn('lastName', 'Last name', ['lastname', 'surname', 'family name', 'last']),
  textColumn('title', 'Title', ['job title', 'position']),
  textColumn('workEmail', 'Work email', ['email', 'e-mail', 'email address', 'business email']),
  textColumn('personalEmail', 'Personal email', ['home email', 'private email']),
  textColumn('otherEmail', 'Other email', ['alternate email', 'email 2']),
  phoneColumn('workPhone', 'Work phone', ['phone', 'business phone', 'office phone', 'telephone']),
  phoneColumn('cellPhone', 'Cell phone', ['mobile', 'mobile phone', 'cell', 'mobile number']),
  phoneColumn('homePhone', 'Home phone', ['home']),
  phoneColumn('otherPhone', 'Other phone', ['alternate phone', 'phone 2']),
  {
    key: 'phoneCountry',
    header: 'Phone country',
    aliases: ['phone country code', 'normalization country code'],
    // The form keeps one country for all four phones; export reads the first one set.
    read: (contact) =>
      PHONE_FIELDS.map((field) => contact[field]?.normalizationCountryCode).find(Boolean) ?? '',
    write: (values, cell) => {
      values.phoneCountry = cell.toUpperCase();
    },
  },
  addressColumn('address1', 'Address line 1', ['address', 'street', 'address 1', 'street address']),
  addressColumn('address2', 'Address line 2', ['address 2']),
  addressColumn('city', 'City', ['town']),
  addressColumn('state', 'State', ['region', 'province', 'county']),
  addressColumn('postalCode', 'Postal code', ['postcode', 'zip', 'zip code', 'postal']),
  addressColumn('countryCode', 'Country', ['country code']),
  {
    key: 'twitterId.screenName',
    header: 'Twitter screen name',
    aliases: ['twitter', 'twitter handle', 'x handle'],
    read: (contact) => contact.twitterId?.screenName ?? '',
    write: (values, cell) => {
      values.twitterId = { screenName: cell };
    },
  },
  textColumn('externalSystemUrl', 'External system URL', ['url', 'crm url', 'external url']),
  {
    key: 'surveyOptOut',
    header: 'Survey opt-out',
    aliases: ['survey opt out', 'opted out of surveys'],
    read: (contact) => yesNo(contact.surveyOptOut),
    // Checked by validateRow (a cell outside SURVEY_OPT_OUT_VALUES is a problem on its row).
    write: (values, cell) => {
      values.surveyOptOut = SURVEY_OPT_OUT_VALUES[cell.toLowerCase()] ?? false;
    },
  },
  {
    key: 'externalOrganization',
    header: 'Organization id',
    aliases: ['external organization id', 'organisation id', 'company id'],
    read: (contact) => contact.externalOrganization?.id ?? '',
    write: (values, cell) => {
      values.externalOrganization = cell ? { id: cell } : null;
    },
  },
  {
    key: 'division',
    header: 'Division',
    aliases: ['division name'],
    read: (contact) => contact.division?.name ?? contact.division?.id ?? '',
  },
];

export const IMPORTABLE_COLUMNS = CONTACT_CSV_COLUMNS.filter((column) => column.write);

export function columnByKey(key: string): ContactCsvColumn | undefined {
  return CONTACT_CSV_COLUMNS.find((column) => column.key === key);
}

/** The keys a mapping must include at least one of: a contact without a name is not useful. */
export const NAME_KEYS = ['firstName', 'lastName'] as const;
