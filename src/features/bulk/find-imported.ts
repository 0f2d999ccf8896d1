import type { ApiClient } from '@/api/client';
import { fieldsOfKind, type RecordListing } from '@/models/record-fields';
import { importKind, type ImportEntity, type ImportedRecord } from './import-entity';
import { readWithRetries, type Sleep } from './read-retries';

/**
 * The bulk form of src/api/create-once.ts's look-up: after a bulk add whose answer was lost
 * (dropped connection, late 5xx), each row is looked for before it is sent again. Genesys has
 * no idempotency key, so a row counts as created when a record with the same names and emails
 * (an organization: the same name) was created since the attempt (minus the clocks' skew) and is
 * not already claimed by another row of this import: two identical rows need two records.
 */
function keysOf(entity: ImportEntity) {
  const kind = importKind(entity);
  const emails = fieldsOfKind(kind.fields, 'email').map((field) => field.key);
  const names = kind.nameFields.map((field) => field.key);
  return {
    identifying: [...names, ...emails],
    /** Emails first (nearly unique), then the family name, then the given name. */
    search: [...emails, ...[...names].reverse()],
  };
}
const KEYS = { contacts: keysOf('contacts'), organizations: keysOf('organizations') };

const SEARCH_PATHS: Record<ImportEntity, string> = {
  contacts: '/externalcontacts/contacts',
  organizations: '/externalcontacts/organizations',
};

/** Client and server clocks differ; the same margin create-once.ts allows. */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Same names and emails: how a sent row and a stored record (or an echoed item) are paired. */
export function sameIdentity(
  body: Record<string, unknown>,
  other: Readonly<Record<string, unknown>> | undefined,
  entity: ImportEntity = 'contacts',
): boolean {
  if (!other) return false;
  return KEYS[entity].identifying.every((key) => textOf(body[key]) === textOf(other[key]));
}

/** The most specific text to search by; a checked row always has a name. */
function searchTextOf(body: Record<string, unknown>, entity: ImportEntity): string | undefined {
  return KEYS[entity].search.map((key) => textOf(body[key])).find((text) => text !== undefined);
}

/**
 * The id of the record this row created since `sinceEpochMs`, or undefined when there is none.
 * Throws when the search itself keeps failing: the caller must then not send the row again.
 */
export async function findImportedContact(
  api: ApiClient,
  body: Record<string, unknown>,
  sinceEpochMs: number,
  claimed: ReadonlySet<string>,
  options: { sleep?: Sleep } = {},
  entity: ImportEntity = 'contacts',
): Promise<string | undefined> {
  const q = searchTextOf(body, entity);
  if (q === undefined) return undefined;
  const listing = await readWithRetries(
    () => api<RecordListing<ImportedRecord>>(SEARCH_PATHS[entity], { query: { q, pageSize: 100 } }),
    options,
  );
  const since = sinceEpochMs - CLOCK_SKEW_MS;
  return listing.entities?.find(
    (contact) =>
      !claimed.has(contact.id) &&
      sameIdentity(body, contact as unknown as Record<string, unknown>, entity) &&
      contact.createDate !== undefined &&
      Date.parse(contact.createDate) >= since,
  )?.id;
}
