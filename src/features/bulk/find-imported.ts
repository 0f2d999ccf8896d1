import type { ApiClient } from '@/api/client';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { fieldsOfKind, type RecordListing } from '@/models/record-fields';
import { NAME_KEYS } from './contact-csv-columns';
import { readWithRetries, type Sleep } from './read-retries';

/**
 * The bulk form of src/api/create-once.ts's look-up: after a bulk add whose answer was lost
 * (dropped connection, late 5xx), each row is looked for before it is sent again. Genesys has
 * no idempotency key, so a row counts as created when a contact with the same names and emails
 * was created since the attempt (minus the clocks' skew) and is not already claimed by another
 * row of this import: two identical rows need two contacts.
 */
const EMAIL_KEYS = fieldsOfKind(CONTACT_FIELDS, 'email').map((field) => field.key);
const IDENTIFYING_KEYS = [...NAME_KEYS, ...EMAIL_KEYS];
/** Emails first (nearly unique), then the family name, then the given name. */
const SEARCH_ORDER = [...EMAIL_KEYS, ...[...NAME_KEYS].reverse()];

/** Client and server clocks differ; the same margin create-once.ts allows. */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Same names and emails: how a sent row and a stored contact (or an echoed item) are paired. */
export function sameIdentity(
  body: Record<string, unknown>,
  other: Readonly<Record<string, unknown>> | undefined,
): boolean {
  if (!other) return false;
  return IDENTIFYING_KEYS.every((key) => textOf(body[key]) === textOf(other[key]));
}

/** The most specific text to search by; a checked row always has a name. */
function searchTextOf(body: Record<string, unknown>): string | undefined {
  return SEARCH_ORDER.map((key) => textOf(body[key])).find((text) => text !== undefined);
}

/**
 * The id of the contact this row created since `sinceEpochMs`, or undefined when there is none.
 * Throws when the search itself keeps failing: the caller must then not send the row again.
 */
export async function findImportedContact(
  api: ApiClient,
  body: Record<string, unknown>,
  sinceEpochMs: number,
  claimed: ReadonlySet<string>,
  options: { sleep?: Sleep } = {},
): Promise<string | undefined> {
  const q = searchTextOf(body);
  if (q === undefined) return undefined;
  const listing = await readWithRetries(
    () =>
      api<RecordListing<ExternalContact>>('/externalcontacts/contacts', {
        query: { q, pageSize: 100 },
      }),
    options,
  );
  const since = sinceEpochMs - CLOCK_SKEW_MS;
  return listing.entities?.find(
    (contact) =>
      !claimed.has(contact.id) &&
      sameIdentity(body, contact as unknown as Record<string, unknown>) &&
      contact.createDate !== undefined &&
      Date.parse(contact.createDate) >= since,
  )?.id;
}
