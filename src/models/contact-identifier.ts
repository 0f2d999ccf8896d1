import * as z from 'zod/mini';
import { divisionRef, entityRef, requiredText } from './common.ts';

/** Identifiers claimed by contacts and organizations, and the claim/release request bodies. */

import { CONTACT_IDENTIFIER_TYPES } from './contact-identifier-types.ts';

export {
  CONTACT_IDENTIFIER_TYPES,
  type ContactIdentifierType,
} from './contact-identifier-types.ts';

const identifierType = <const Types extends readonly [string, ...string[]]>(types: Types) =>
  z.enum(types, { error: `Identifier type must be one of ${types.join(', ')}.` });

export const contactIdentifierInput = z.object(
  {
    type: identifierType(CONTACT_IDENTIFIER_TYPES),
    value: requiredText(255, 'Identifier value'),
    externalSource: z.nullish(entityRef('The external source')),
    division: z.nullish(divisionRef),
  },
  { error: 'An identifier must be an object with a type and a value.' },
);

/** Organizations only claim ids from external systems. */
export const organizationIdentifierInput = z.extend(contactIdentifierInput, {
  type: identifierType(['ExternalId'] as const),
});

const claimOperation = z.enum(['Claim', 'Release'], {
  error: 'Operation must be Claim or Release.',
});

export const identifierClaimRequestSchema = z.object({
  operation: claimOperation,
  identifier: contactIdentifierInput,
});

export const organizationIdentifierClaimRequestSchema = z.object({
  operation: claimOperation,
  identifier: organizationIdentifierInput,
});

export type ContactIdentifierInput = z.output<typeof contactIdentifierInput>;
export type IdentifierClaimRequest = z.output<typeof identifierClaimRequestSchema>;
