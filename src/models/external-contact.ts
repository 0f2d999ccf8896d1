import * as z from 'zod/mini';
import {
  addressInput,
  divisionRef,
  emailAddress,
  entityRef,
  externalIdInput,
  limitedList,
  phoneNumberInput,
  requiredText,
  trimmedText,
  twitterIdInput,
  urlWithProtocol,
} from './common.ts';

/**
 * What a client may write on an external contact (POST, PUT, bulk add/update, merge overrides).
 * Server-managed fields (id, selfUri, type, merge fields, dates, userInput/e164 of phones) are not
 * listed, so parsing drops them: Genesys ignores them on write too.
 */

/** Facebook, Instagram and Line carry a list in the model, but it holds exactly one id. */
const singleScopedId = <Shape extends z.core.$ZodShape>(
  item: z.ZodMiniObject<Shape>,
  label: string,
) =>
  z
    .array(item, { error: `${label} ids must be a list.` })
    .check(z.length(1, `${label} holds exactly one id.`));

export const facebookIdInput = z.object(
  {
    ids: singleScopedId(
      z.object({ scopedId: requiredText(255, 'Facebook scoped id') }),
      'Facebook',
    ),
    displayName: z.nullish(trimmedText(100, 'Facebook display name')),
  },
  { error: 'Facebook must be an object.' },
);

export const instagramIdInput = z.object(
  {
    ids: singleScopedId(
      z.object({ scopedId: requiredText(255, 'Instagram scoped id') }),
      'Instagram',
    ),
    displayName: z.nullish(trimmedText(100, 'Instagram display name')),
    handle: z.nullish(trimmedText(100, 'Instagram handle')),
  },
  { error: 'Instagram must be an object.' },
);

export const lineIdInput = z.object(
  {
    ids: singleScopedId(z.object({ userId: requiredText(255, 'Line user id') }), 'Line'),
    displayName: z.nullish(trimmedText(100, 'Line display name')),
  },
  { error: 'Line must be an object.' },
);

export const whatsAppIdInput = z.object(
  {
    phoneNumber: phoneNumberInput('WhatsApp phone number'),
    displayName: z.nullish(trimmedText(100, 'WhatsApp display name')),
  },
  { error: 'WhatsApp must be an object with a phone number.' },
);

export const appleOpaqueIdInput = z.object({
  value: requiredText(255, 'Apple opaque id'),
});

export const MAX_EXTERNAL_IDS = 10;
export const MAX_APPLE_OPAQUE_IDS = 10;

export const externalContactWriteSchema = z.object(
  {
    division: z.nullish(divisionRef),
    firstName: z.nullish(trimmedText(1000, 'First name')),
    middleName: z.nullish(trimmedText(1000, 'Middle name')),
    lastName: z.nullish(trimmedText(1000, 'Last name')),
    salutation: z.nullish(trimmedText(1000, 'Salutation')),
    title: z.nullish(trimmedText(1000, 'Title')),
    workPhone: z.nullish(phoneNumberInput('Work phone')),
    cellPhone: z.nullish(phoneNumberInput('Cell phone')),
    homePhone: z.nullish(phoneNumberInput('Home phone')),
    otherPhone: z.nullish(phoneNumberInput('Other phone')),
    workEmail: z.nullish(emailAddress('Work email')),
    personalEmail: z.nullish(emailAddress('Personal email')),
    otherEmail: z.nullish(emailAddress('Other email')),
    address: z.nullish(addressInput),
    twitterId: z.nullish(twitterIdInput),
    lineId: z.nullish(lineIdInput),
    whatsAppId: z.nullish(whatsAppIdInput),
    facebookId: z.nullish(facebookIdInput),
    instagramId: z.nullish(instagramIdInput),
    appleOpaqueIds: z.nullish(
      limitedList(appleOpaqueIdInput, MAX_APPLE_OPAQUE_IDS, 'Apple opaque ids'),
    ),
    externalIds: z.nullish(limitedList(externalIdInput, MAX_EXTERNAL_IDS, 'External ids')),
    externalOrganization: z.nullish(entityRef('The organization')),
    surveyOptOut: z.nullish(z.boolean({ error: 'Survey opt-out must be true or false.' })),
    externalSystemUrl: z.nullish(urlWithProtocol(1000, 'External system URL')),
    // Checked against the referenced custom-field schema by the server, not here.
    schema: z.optional(z.unknown()),
    customFields: z.optional(z.unknown()),
  },
  { error: 'A contact must be a JSON object.' },
);

export type ExternalContactWrite = z.output<typeof externalContactWriteSchema>;
export type ExternalContactFormInput = z.input<typeof externalContactWriteSchema>;
