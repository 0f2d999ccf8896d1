import { CONTACT_IDENTIFIER_TYPES, type ContactIdentifierType } from '@/models/contact-identifier';

/** Wire names read poorly ("SocialWhatsappBsuid"): these are the names people see. */
export const IDENTIFIER_TYPE_LABELS: Record<ContactIdentifierType, string> = {
  Email: 'Email',
  Phone: 'Phone',
  SocialTwitter: 'Twitter',
  SocialFacebook: 'Facebook',
  SocialInstagram: 'Instagram',
  SocialLine: 'LINE',
  SocialWhatsapp: 'WhatsApp',
  SocialWhatsappBsuid: 'WhatsApp business-scoped user id',
  AppleOpaqueId: 'Apple opaque id',
  Cookie: 'Cookie',
  ExternalId: 'External id',
};

export const CONTACT_IDENTIFIER_TYPE_OPTIONS = CONTACT_IDENTIFIER_TYPES;
/** Genesys accepts only ids from external systems on organizations. */
export const ORGANIZATION_IDENTIFIER_TYPE_OPTIONS = ['ExternalId'] as const;

export function identifierTypeLabel(type: string | undefined): string {
  if (type === undefined) return 'Identifier';
  return (IDENTIFIER_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/** What a value of each type looks like, shown under the value field. */
export function identifierValueHelp(type: string): string | undefined {
  switch (type) {
    case 'Phone':
      return 'International format with a leading + and the country code, e.g. +1 317 555 0100.';
    case 'Email':
      return 'An email address, e.g. ada@example.com.';
    case 'SocialTwitter':
      return 'The Twitter screen name, with or without @.';
    case 'SocialWhatsapp':
      return 'The WhatsApp number in E.164 without the +, e.g. 13175550100.';
    default:
      return undefined;
  }
}
