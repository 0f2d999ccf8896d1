// No zod here: the console's URL schemas (first screens) read these without pulling in the
// classic zod build that the write models use.
export const CONTACT_IDENTIFIER_TYPES = [
  'SocialLine',
  'SocialFacebook',
  'SocialTwitter',
  'SocialWhatsapp',
  'SocialInstagram',
  'SocialWhatsappBsuid',
  'AppleOpaqueId',
  'Email',
  'Phone',
  'Cookie',
  'ExternalId',
] as const;

export type ContactIdentifierType = (typeof CONTACT_IDENTIFIER_TYPES)[number];
