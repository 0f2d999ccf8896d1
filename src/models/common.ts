import { z } from 'zod';

/**
 * Building blocks of the External Contacts models, with the limits the reference lists
 * (models.json constraints). The console's forms and the sandbox's validation both use them, so
 * a limit is written once.
 */

/** Text the API trims before storing, with its maximum length. */
export const trimmedText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`);

// Deliberately simple: one @, no spaces, a dot in the domain. Stricter RFC checks refuse real
// addresses more often than they catch mistakes.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailAddress = (label: string) =>
  trimmedText(256, label).regex(EMAIL_PATTERN, `${label} must be a valid email address.`);

export const urlWithProtocol = (max: number, label: string) =>
  trimmedText(max, label).refine(
    (value) => {
      if (!/^https?:\/\//i.test(value)) return false;
      try {
        new URL(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: `${label} must be a URL starting with http:// or https://.` },
  );

export const entityRef = z.object({ id: z.string().min(1, 'An id is required.') });

export const divisionRef = z.object({
  id: z.string().min(1, 'A division id is required.'),
  name: z.string().optional(),
  selfUri: z.string().optional(),
});

export const phoneNumberInput = z.object({
  display: z.string().max(512, 'A phone number must be at most 512 characters.').optional(),
  extension: z.number().int('An extension must be a whole number.').optional(),
  acceptsSMS: z.boolean().optional(),
  normalizationCountryCode: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'The normalization country must be a two-letter ISO country code.')
    .optional(),
});

export const addressInput = z.object({
  address1: trimmedText(200, 'Address line 1').optional(),
  address2: trimmedText(200, 'Address line 2').optional(),
  city: trimmedText(100, 'City').optional(),
  state: trimmedText(50, 'State').optional(),
  postalCode: trimmedText(25, 'Postal code').optional(),
  countryCode: trimmedText(25, 'Country').optional(),
});

export const TWITTER_SCREEN_NAME = /^@?[A-Za-z0-9_]+$/;

export const twitterIdInput = z.object({
  id: z.string().max(255).optional(),
  name: z.string().max(255, 'A Twitter name must be at most 255 characters.').optional(),
  screenName: z
    .string()
    .max(255, 'A Twitter screen name must be at most 255 characters.')
    .regex(
      TWITTER_SCREEN_NAME,
      'A Twitter screen name has only letters, digits and underscores (an optional leading @).',
    )
    .optional(),
});

export const externalIdInput = z.object({
  externalSource: entityRef,
  value: trimmedText(255, 'An external id').min(1, 'An external id needs a value.'),
});
