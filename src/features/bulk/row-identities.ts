import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { CONTACT_FIELDS } from '@/models/contact-fields';
import { asRecord, fieldsOfKind, type PhoneNumber } from '@/models/record-fields';
import type { ImportedRecord } from './import-entity';
import { EXTERNAL_ID_LABEL, externalIdsOf } from './import-external-id';

/**
 * What an import row is matched on, as Genesys' import settings do (`matchingCriteria`: Email,
 * Phone): an email is compared without case, a phone by its E.164 form, since that is what
 * lookups, duplicate detection and Genesys' own matching compare. An external id is its source
 * and its value, compared exactly: ids are opaque (`AB-1` and `ab-1` may be two customers).
 */
export type MatchKey = 'email' | 'phone' | 'externalId' | 'name';

/**
 * Contacts' keys, offered on the page in the order they are tried. Organizations are matched by
 * name alone (exact, without case), since an organization has no email and its phone is often a
 * switchboard many share.
 */
export const MATCH_KEYS: readonly { key: MatchKey; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone (E.164)' },
  { key: 'externalId', label: 'External id' },
];

/** One value a row (or a stored record) can be recognised by. */
export interface Identity {
  key: MatchKey;
  /** Normalised: a lower-case email or name, an E.164 number; an external id as it is. */
  value: string;
  /** The field it came from, named as the user knows it ("Work email"). */
  label: string;
  /** An external id's source: the same value from another source is another identity. */
  sourceId?: string;
}

export const identityId = (identity: Pick<Identity, 'key' | 'value' | 'sourceId'>) =>
  identity.sourceId === undefined
    ? `${identity.key}:${identity.value}`
    : `${identity.key}:${JSON.stringify([identity.sourceId, identity.value])}`;

const EMAIL_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'email');
const PHONE_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'phone');

/** Emails and organization names are compared without case (and without outer spaces). */
const caselessValue = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined;

/**
 * A phone's E.164 form: the API's own when stored, else read from what was typed in the phone's
 * country (a number written with + needs none). Undefined when it cannot be read as a number.
 */
export function phoneE164(phone: unknown): string | undefined {
  const { e164, display, normalizationCountryCode } = asRecord(phone) as Partial<
    Record<keyof PhoneNumber, unknown>
  >;
  if (typeof e164 === 'string' && e164) return e164;
  if (typeof display !== 'string' || !display.trim()) return undefined;
  const country =
    typeof normalizationCountryCode === 'string' &&
    isSupportedCountry(normalizationCountryCode.toUpperCase())
      ? (normalizationCountryCode.toUpperCase() as CountryCode)
      : undefined;
  const parsed = parsePhoneNumberFromString(display.trim(), country);
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * The identities of a stored record or of a row's write body, in the order of the keys asked for
 * and then of the fields; each value once.
 */
export function identitiesOf(
  record: Record<string, unknown> | ImportedRecord,
  keys: readonly MatchKey[],
): Identity[] {
  const fields = record as Record<string, unknown>;
  const found: Identity[] = [];
  const add = (identity: Identity | undefined) => {
    if (identity && !found.some((other) => identityId(other) === identityId(identity))) {
      found.push(identity);
    }
  };
  for (const key of keys) {
    if (key === 'name') {
      const value = caselessValue(fields.name);
      add(value ? { key, value, label: 'Name' } : undefined);
    } else if (key === 'externalId') {
      for (const { sourceId, value } of externalIdsOf(fields)) {
        add({ key, value, sourceId, label: EXTERNAL_ID_LABEL });
      }
    } else if (key === 'email') {
      for (const field of EMAIL_FIELDS) {
        const value = caselessValue(fields[field.key]);
        add(value ? { key, value, label: field.label } : undefined);
      }
    } else {
      for (const field of PHONE_FIELDS) {
        const value = phoneE164(fields[field.key]);
        add(value ? { key, value, label: field.label } : undefined);
      }
    }
  }
  return found;
}

/** Whether a stored record holds this identity in one of its fields (an external id: of its source). */
export const recordHolds = (record: ImportedRecord, identity: Identity) =>
  identitiesOf(record, [identity.key]).some((held) => identityId(held) === identityId(identity));
