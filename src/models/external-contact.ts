import { z } from 'zod';
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
const singleScopedId = <Shape extends z.ZodRawShape>(item: z.ZodObject<Shape>, label: string) =>
  z
    .array(item, { error: `${label} ids must be a list.` })
    .length(1, `${label} holds exactly one id.`);

export const facebookIdInput = z.object(
  {
    ids: singleScopedId(
      z.object({ scopedId: requiredText(255, 'Facebook scoped id') }),
      'Facebook',
    ),
    displayName: trimmedText(100, 'Facebook display name').nullish(),
  },
  { error: 'Facebook must be an object.' },
);

export const instagramIdInput = z.object(
  {
    ids: singleScopedId(
      z.object({ scopedId: requiredText(255, 'Instagram scoped id') }),
      'Instagram',
    ),
    displayName: trimmedText(100, 'Instagram display name').nullish(),
    handle: trimmedText(100, 'Instagram handle').nullish(),
  },
  { error: 'Instagram must be an object.' },
);

export const lineIdInput = z.object(
  {
    ids: singleScopedId(z.object({ userId: requiredText(255, 'Line user id') }), 'Line'),
    displayName: trimmedText(100, 'Line display name').nullish(),
  },
  { error: 'Line must be an object.' },
);

export const whatsAppIdInput = z.object(
  {
    phoneNumber: phoneNumberInput('WhatsApp phone number'),
    displayName: trimmedText(100, 'WhatsApp display name').nullish(),
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
    division: divisionRef.nullish(),
    firstName: trimmedText(1000, 'First name').nullish(),
    middleName: trimmedText(1000, 'Middle name').nullish(),
    lastName: trimmedText(1000, 'Last name').nullish(),
    salutation: trimmedText(1000, 'Salutation').nullish(),
    title: trimmedText(1000, 'Title').nullish(),
    workPhone: phoneNumberInput('Work phone').nullish(),
    cellPhone: phoneNumberInput('Cell phone').nullish(),
    homePhone: phoneNumberInput('Home phone').nullish(),
    otherPhone: phoneNumberInput('Other phone').nullish(),
    workEmail: emailAddress('Work email').nullish(),
    personalEmail: emailAddress('Personal email').nullish(),
    otherEmail: emailAddress('Other email').nullish(),
    address: addressInput.nullish(),
    twitterId: twitterIdInput.nullish(),
    lineId: lineIdInput.nullish(),
    whatsAppId: whatsAppIdInput.nullish(),
    facebookId: facebookIdInput.nullish(),
    instagramId: instagramIdInput.nullish(),
    appleOpaqueIds: limitedList(
      appleOpaqueIdInput,
      MAX_APPLE_OPAQUE_IDS,
      'Apple opaque ids',
    ).nullish(),
    externalIds: limitedList(externalIdInput, MAX_EXTERNAL_IDS, 'External ids').nullish(),
    externalOrganization: entityRef('The organization').nullish(),
    surveyOptOut: z.boolean({ error: 'Survey opt-out must be true or false.' }).nullish(),
    externalSystemUrl: urlWithProtocol(1000, 'External system URL').nullish(),
    // Checked against the referenced custom-field schema by the server, not here.
    schema: z.unknown().optional(),
    customFields: z.unknown().optional(),
  },
  { error: 'A contact must be a JSON object.' },
);

export type ExternalContactWrite = z.output<typeof externalContactWriteSchema>;
export type ExternalContactFormInput = z.input<typeof externalContactWriteSchema>;
