import type { ContactAddress, NamedRef, PhoneNumber } from '@/features/contacts/contact-model';

/**
 * What the console reads from GET /externalcontacts/organizations[/{id}] (models.json
 * ExternalOrganization). Types only: the write rules live in src/models/external-organization.ts.
 * Every field is optional because Genesys omits empty ones.
 */
export interface Ticker {
  symbol?: string;
  exchange?: string;
}

/** The org-authorization trust embedded with `includeTrustors=true`. */
export interface OrganizationTrustor {
  id: string;
  enabled?: boolean;
  dateCreated?: string;
  selfUri?: string;
}

export interface OrganizationIdentifier {
  id?: string;
  type?: string;
  value?: string;
  dateCreated?: string;
  externalSource?: NamedRef;
}

export interface ExternalOrganization {
  id: string;
  name: string;
  division?: NamedRef;
  companyType?: string;
  industry?: string;
  address?: ContactAddress;
  phoneNumber?: PhoneNumber;
  faxNumber?: PhoneNumber;
  employeeCount?: number;
  revenue?: number;
  tags?: string[];
  websites?: string[];
  tickers?: Ticker[];
  twitterId?: { id?: string; name?: string; screenName?: string; profileUrl?: string };
  externalSystemUrl?: string;
  modifyDate?: string;
  createDate?: string;
  trustor?: OrganizationTrustor;
  schema?: { id?: string; name?: string; version?: number };
  customFields?: Record<string, unknown>;
  identifiers?: OrganizationIdentifier[];
  externalIds?: { externalSource?: NamedRef; value?: string }[];
  externalDataSources?: { platform?: string; url?: string }[];
  selfUri?: string;
}

export interface OrganizationListing {
  entities?: ExternalOrganization[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
}

/** PUT …/trustor/{trustorId} answers with this link record. */
export interface OrganizationTrustorLink {
  externalOrganizationId?: string;
  trustorOrgId?: string;
  dateCreated?: string;
}
