import * as z from 'zod/mini';
import './zod-locale.ts';

/**
 * Building blocks of the External Contacts models, with the limits the reference lists
 * (models.json constraints). The console's forms and the sandbox's validation both use them, so
 * a limit is written once and its message reads well to the person filling in the form.
 *
 * Optional fields accept `null` as well as absence: the SDKs and many scripts send `null` for an
 * empty field, and Genesys treats both the same way.
 */

/** A string field whose absence and wrong type are both explained with the field's label. */
const labelledString = (label: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? `${label} is required.`
        : `${label} must be text.`,
  });

/** Text the API trims before storing, with its maximum length. */
export const trimmedText = (max: number, label: string) =>
  labelledString(label).check(
    z.trim(),
    z.maxLength(max, `${label} must be at most ${max.toLocaleString('en-US')} characters.`),
  );

/** Trimmed text that must not be empty once trimmed. */
export const requiredText = (max: number, label: string) =>
  trimmedText(max, label).check(z.minLength(1, `${label} is required.`));

// Deliberately simple: one @, no spaces, a dot in the domain. Stricter RFC checks refuse real
// addresses more often than they catch mistakes.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An empty string counts as "no email" so a cleared form field does not fail validation. */
export const emailAddress = (label: string) =>
  trimmedText(256, label).check(
    z.refine((value) => value === '' || EMAIL_PATTERN.test(value), {
      message: `${label} must be a valid email address.`,
    }),
  );

export const urlWithProtocol = (max: number, label: string) =>
  trimmedText(max, label).check(
    z.refine(
      (value) => {
        if (value === '') return true;
        if (!/^https?:\/\//i.test(value)) return false;
        try {
          new URL(value);
          return true;
        } catch {
          return false;
        }
      },
      { message: `${label} must be a URL starting with http:// or https://.` },
    ),
  );

export const wholeNumber = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .check(z.int(`${label} must be a whole number.`), z.gte(0, `${label} cannot be negative.`));

export const entityRef = (label = 'The referenced item') =>
  z.object(
    { id: requiredText(255, `${label} id`) },
    { error: `${label} must be an object with an id.` },
  );

export const divisionRef = z.object(
  {
    id: requiredText(255, 'Division id'),
    name: z.nullish(z.string()),
    selfUri: z.nullish(z.string()),
  },
  { error: 'Division must be an object with an id.' },
);

export const phoneNumberInput = (label: string) =>
  z.object(
    {
      display: z.nullish(trimmedText(512, label)),
      extension: z.nullish(
        z
          .number({ error: `The extension of ${label.toLowerCase()} must be a number.` })
          .check(z.int(`The extension of ${label.toLowerCase()} must be a whole number.`)),
      ),
      acceptsSMS: z.nullish(z.boolean({ error: 'Accepts SMS must be true or false.' })),
      normalizationCountryCode: z.nullish(
        z
          .string()
          .check(
            z.trim(),
            z.regex(
              /^[A-Za-z]{2}$/,
              `The country of ${label.toLowerCase()} must be a two-letter ISO country code, such as US.`,
            ),
          ),
      ),
    },
    { error: `${label} must be an object with a display value.` },
  );

export const addressInput = z.object(
  {
    address1: z.nullish(trimmedText(200, 'Address line 1')),
    address2: z.nullish(trimmedText(200, 'Address line 2')),
    city: z.nullish(trimmedText(100, 'City')),
    state: z.nullish(trimmedText(50, 'State')),
    postalCode: z.nullish(trimmedText(25, 'Postal code')),
    countryCode: z.nullish(trimmedText(25, 'Country')),
  },
  { error: 'Address must be an object.' },
);

export const TWITTER_SCREEN_NAME = /^@?[A-Za-z0-9_]+$/;

export const twitterIdInput = z.object(
  {
    id: z.nullish(trimmedText(255, 'Twitter id')),
    name: z.nullish(trimmedText(255, 'Twitter name')),
    screenName: z.nullish(
      trimmedText(255, 'Twitter screen name').check(
        z.refine((value) => value === '' || TWITTER_SCREEN_NAME.test(value), {
          message:
            'A Twitter screen name has only letters, digits and underscores (an optional leading @).',
        }),
      ),
    ),
  },
  { error: 'Twitter must be an object.' },
);

export const externalIdInput = z.object(
  {
    externalSource: entityRef('The external source'),
    value: requiredText(255, 'External id value'),
  },
  { error: 'An external id must be an object with an external source and a value.' },
);

/** Lists the API caps (external ids, Apple ids): the message names the limit. */
export const limitedList = <Item extends z.ZodMiniType>(item: Item, max: number, label: string) =>
  z
    .array(item, { error: `${label} must be a list.` })
    .check(z.maxLength(max, `${label} can hold at most ${max} entries.`));
