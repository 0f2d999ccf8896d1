import * as z from 'zod/mini';
import { requiredText } from '@/models/common';
import {
  checkPhoneIdentifier,
  identifierTypeField,
  identifierValueField,
} from '@/features/identifiers';
import { toReverseLookupValue } from './reverse-phone';
import { MAX_REVERSE_VALUE, type LookupKind } from './search-params';

export const REVERSE_VALUE_LABEL = 'Phone, email or Twitter handle';

/** One schema per kind of lookup: each checks what its endpoint documents. */
export const lookupFormSchema = z.discriminatedUnion('kind', [
  z.pipe(
    z.object({
      kind: z.literal('reverse'),
      type: z.string(),
      country: z.string(),
      value: requiredText(MAX_REVERSE_VALUE, REVERSE_VALUE_LABEL),
    }),
    // A national phone number becomes the E.164 form the API matches (reverse-phone.ts).
    z.transform((input, context) => {
      const result = toReverseLookupValue(input.value, input.country);
      if (result.ok) return { ...input, value: result.value };
      context.issues.push({ code: 'custom', path: ['value'], message: result.message, input });
      return z.NEVER;
    }),
  ),
  z
    .object({ kind: z.literal('contact'), type: identifierTypeField, value: identifierValueField })
    .check(z.superRefine(checkPhoneIdentifier)),
  z.object({
    kind: z.literal('organization'),
    // The only type organizations hold; the form shows it fixed.
    type: z.string(),
    value: identifierValueField,
  }),
]);

/** The form's inputs before validation. */
export interface LookupFormValues {
  kind: LookupKind;
  type: string;
  /** The country a reverse lookup reads a phone number in when it has no +country code. */
  country: string;
  value: string;
}

export type LookupFormOutput = z.output<typeof lookupFormSchema>;
