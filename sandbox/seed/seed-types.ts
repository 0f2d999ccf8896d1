/**
 * Write bodies as the Genesys API takes them (models.json: ExternalContact, ExternalOrganization,
 * Note, Relationship). Only the fields the generators fill are listed; all are optional on the
 * wire except where the model requires them.
 */
export type CountryCode = 'US' | 'GB' | 'IE' | 'DE' | 'FR' | 'AU' | 'JP' | 'BR' | 'CA' | 'IN';

export interface PhoneNumberBody {
  display: string;
  normalizationCountryCode: CountryCode;
}

export interface AddressBody {
  address1: string;
  address2?: string;
  city: string;
  state?: string;
  postalCode: string;
  countryCode: CountryCode;
}

export interface TwitterIdBody {
  screenName: string;
  name?: string;
}

export interface ExternalOrganizationBody {
  name: string;
  companyType: string;
  industry: string;
  address: AddressBody;
  phoneNumber: PhoneNumberBody;
  faxNumber?: PhoneNumberBody;
  employeeCount: number;
  revenue: number;
  tags: string[];
  websites: string[];
  tickers?: { symbol: string; exchange: string }[];
  twitterId?: TwitterIdBody;
  externalSystemUrl?: string;
}

export interface ExternalContactBody {
  firstName?: string;
  middleName?: string;
  lastName?: string;
  salutation?: string;
  title?: string;
  workPhone?: PhoneNumberBody;
  cellPhone?: PhoneNumberBody;
  homePhone?: PhoneNumberBody;
  workEmail?: string;
  personalEmail?: string;
  address?: AddressBody;
  twitterId?: TwitterIdBody;
  lineId?: { ids: [{ userId: string }]; displayName?: string };
  /** Genesys wants the WhatsApp number in E.164 without the leading +. */
  whatsAppId?: { phoneNumber: { display: string }; displayName?: string };
  facebookId?: { ids: [{ scopedId: string }]; displayName?: string };
  instagramId?: { ids: [{ scopedId: string }]; displayName?: string; handle?: string };
  externalIds?: { externalSource: { id: string }; value: string }[];
  surveyOptOut: boolean;
  externalOrganization?: { id: string };
}

/** `type` is system-assigned in Genesys, so it travels next to the body for the seeder to set. */
export type ContactType = 'Curated' | 'Identified' | 'Ephemeral';

export interface GeneratedContact {
  body: ExternalContactBody;
  type: ContactType;
}

export interface NoteBody {
  entityType: 'contact' | 'organization';
  entityId: string;
  noteText: string;
  createdBy: { id: string };
}

export interface RelationshipBody {
  user: { id: string };
  externalOrganization: { id: string };
  relationship: string;
}
