/**
 * What the console reads from GET /externalcontacts/contacts[/{id}] (models.json ExternalContact).
 * Types only: the write rules and their limits live in src/models/external-contact.ts. Every field
 * is optional because Genesys omits empty ones.
 */
export interface ContactRef {
  id: string;
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

export interface ContactAddress {
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  countryCode?: string;
}

export interface NamedRef {
  id: string;
  name?: string;
  selfUri?: string;
}

export interface ContactIdentifier {
  id?: string;
  type?: string;
  value?: string;
  dateCreated?: string;
  externalSource?: NamedRef;
  division?: NamedRef;
}

export type ContactType = 'Ephemeral' | 'Identified' | 'Curated';

export interface ExternalContact {
  id: string;
  division?: NamedRef;
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
  address?: ContactAddress;
  twitterId?: { id?: string; name?: string; screenName?: string; profileUrl?: string };
  lineId?: { ids?: { userId?: string }[]; displayName?: string };
  whatsAppId?: { phoneNumber?: PhoneNumber; displayName?: string };
  facebookId?: { ids?: { scopedId?: string }[]; displayName?: string };
  instagramId?: { ids?: { scopedId?: string }[]; displayName?: string; handle?: string };
  appleOpaqueIds?: { value?: string }[];
  externalIds?: { externalSource?: NamedRef; value?: string }[];
  identifiers?: ContactIdentifier[];
  modifyDate?: string;
  createDate?: string;
  externalOrganization?: NamedRef;
  surveyOptOut?: boolean;
  externalSystemUrl?: string;
  schema?: { id?: string; name?: string; version?: number };
  customFields?: Record<string, unknown>;
  externalDataSources?: { platform?: string; url?: string }[];
  type?: ContactType;
  canonicalContact?: ContactRef;
  mergeSet?: ContactRef[];
  mergedFrom?: ContactRef[];
  mergedTo?: ContactRef;
  selfUri?: string;
}

export interface ContactListing {
  entities?: ExternalContact[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
  partialResults?: boolean;
}
