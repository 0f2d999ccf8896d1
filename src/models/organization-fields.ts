import {
  asRecord,
  type RecordField,
  type Address,
  type PhoneNumber,
  type RecordBase,
  type TwitterId,
} from './record-fields.ts';
import type { Trustor } from './trustor.ts';

/**
 * What the console reads of an external organization and the list of its fields, which every view derives from.
 * No zod here: the lists are first screens; the write rules (zod) live in external-organization.ts.
 */

export interface Ticker {
  symbol?: string;
  exchange?: string;
}

/** The org-authorization trust embedded with `includeTrustors=true`: a whole Trustor. */
export type OrganizationTrustor = Trustor;

/** PUT …/trustor/{trustorId} answers with this link record. */
export interface OrganizationTrustorLink {
  externalOrganizationId?: string;
  trustorOrgId?: string;
  dateCreated?: string;
}

/** Every field but the name is optional because Genesys omits empty ones. */
export interface ExternalOrganization extends RecordBase {
  name: string;
  companyType?: string;
  industry?: string;
  address?: Address;
  phoneNumber?: PhoneNumber;
  faxNumber?: PhoneNumber;
  employeeCount?: number;
  revenue?: number;
  tags?: string[];
  websites?: string[];
  tickers?: Ticker[];
  twitterId?: TwitterId;
  externalSystemUrl?: string;
  trustor?: OrganizationTrustor;
}

/** The organization's fields, in the order the console shows them (see CONTACT_FIELDS). */
export const ORGANIZATION_FIELDS = [
  {
    key: 'name',
    label: 'Name',
    section: 'Company',
    kind: 'text',
    required: true,
    autoComplete: 'organization',
    csvAliases: ['organization', 'organisation', 'company', 'company name'],
  },
  { key: 'companyType', label: 'Company type', section: 'Company', kind: 'text' },
  { key: 'industry', label: 'Industry', section: 'Company', kind: 'text' },
  {
    key: 'phoneNumber',
    label: 'Phone number',
    section: 'Phone and fax',
    kind: 'phone',
    csvAliases: ['phone number', 'telephone'],
  },
  {
    key: 'faxNumber',
    label: 'Fax number',
    section: 'Phone and fax',
    kind: 'phone',
    csvAliases: ['fax number'],
  },
  { key: 'address', label: 'Address', section: 'Address', kind: 'address' },
  { key: 'employeeCount', label: 'Employee count', section: 'Company', kind: 'number' },
  { key: 'revenue', label: 'Revenue', section: 'Company', kind: 'number' },
  { key: 'tags', label: 'Tags', section: 'Tags and tickers', kind: 'textList' },
  { key: 'websites', label: 'Websites', section: 'Web and social', kind: 'textList' },
  { key: 'twitterId', label: 'Twitter screen name', section: 'Web and social', kind: 'twitter' },
  {
    key: 'externalSystemUrl',
    label: 'External system URL',
    section: 'Web and social',
    kind: 'url',
  },
  {
    key: 'tickers',
    label: 'Tickers',
    section: 'Tags and tickers',
    kind: 'structured',
    summary: (value) =>
      (Array.isArray(value) ? value : [])
        .map((ticker) => {
          const { exchange, symbol } = asRecord(ticker);
          return [exchange, symbol].filter((part) => typeof part === 'string' && part).join(': ');
        })
        .filter(Boolean)
        .join(', '),
  },
] as const satisfies readonly RecordField<keyof ExternalOrganization & string>[];

export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

/** The fields GET /externalcontacts/organizations can sort by. */
export const ORGANIZATION_SORT_FIELDS = ['name', 'companyType', 'industry'] as const;
