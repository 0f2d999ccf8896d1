import * as z from 'zod/mini';
import { CONTACT_IDENTIFIER_TYPES, contactIdentifierInput } from '@/models/contact-identifier';

/**
 * The type + value pair typed into the claim form and the identifier lookup. The value's limit
 * (255, trimmed) comes from the shared model; the type starts empty in a form, so "choose one"
 * is its own message rather than an enum error.
 */
export const identifierTypeField = z.pipe(
  z.string().check(z.minLength(1, 'Choose an identifier type.')),
  z.enum(CONTACT_IDENTIFIER_TYPES, { error: 'Choose an identifier type from the list.' }),
);

export const identifierValueField = contactIdentifierInput.shape.value;

/**
 * Genesys matches phone identifiers in international form only (endpoints.md: "phone values must
 * include country code and leading +"); a local number would never be found again.
 */
export function checkPhoneIdentifier(
  fields: { type: string; value: string },
  context: z.core.$RefinementCtx,
): void {
  if (fields.type === 'Phone' && !/^\+\d/.test(fields.value)) {
    context.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'A phone identifier must start with + and the country code.',
    });
  }
}

export const identifierFieldsSchema = z
  .object({ type: identifierTypeField, value: identifierValueField })
  .check(z.superRefine(checkPhoneIdentifier));

/** Organizations hold only ExternalId identifiers. */
export const organizationIdentifierFieldsSchema = z.object({
  type: z.literal('ExternalId', { error: 'Organizations accept only External id identifiers.' }),
  value: identifierValueField,
});

/** What the form's inputs hold before validation: plain strings. */
export interface IdentifierFieldsValues {
  type: string;
  value: string;
}

export type IdentifierFields = z.output<typeof identifierFieldsSchema>;
