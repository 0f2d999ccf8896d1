import type { ExternalContactWrite } from '../../src/models/external-contact.ts';
import type { ExternalOrganizationWrite } from '../../src/models/external-organization.ts';
import type { LookupKind } from '../db/contacts-repo.ts';
import { asRecord, cleanRecord } from './json-clean.ts';
import { normalisePhone } from './phone-normalisation.ts';
import type { StoredPhone } from './phone-normalisation.ts';
import { CONTACT_EMAIL_FIELDS, CONTACT_PHONE_FIELDS } from './search-text.ts';

/**
 * From a validated write body to the stored document: server-derived phone fields filled, empty
 * values dropped. Division and organization link live in their own columns, not in the document.
 */

export interface CustomFieldParts {
  schema: unknown;
  customFields: Record<string, unknown> | null;
}

function withCustomFields(
  doc: Record<string, unknown>,
  custom: CustomFieldParts,
): Record<string, unknown> {
  const result = { ...doc };
  delete result.schema;
  delete result.customFields;
  if (custom.schema !== null && custom.schema !== undefined) result.schema = custom.schema;
  if (custom.customFields !== null) result.customFields = custom.customFields;
  return result;
}

export function contactDocument(
  write: ExternalContactWrite,
  custom: CustomFieldParts,
): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...write };
  delete rest.division;
  delete rest.externalOrganization;
  for (const key of CONTACT_PHONE_FIELDS) rest[key] = normalisePhone(write[key]);
  if (write.whatsAppId) {
    rest.whatsAppId = {
      ...write.whatsAppId,
      phoneNumber: normalisePhone(write.whatsAppId.phoneNumber),
    };
  }
  return withCustomFields(cleanRecord(rest), custom);
}

export function organizationDocument(
  write: ExternalOrganizationWrite,
  custom: CustomFieldParts,
): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...write };
  delete rest.division;
  rest.phoneNumber = normalisePhone(write.phoneNumber);
  rest.faxNumber = normalisePhone(write.faxNumber);
  return withCustomFields(cleanRecord(rest), custom);
}

/**
 * The stored document as a write body again (PATCH applies changes to it, then validates it like
 * a PUT). Phones go back to what the client typed so re-normalising keeps `userInput`.
 */
export function documentAsWrite(doc: Record<string, unknown>): Record<string, unknown> {
  const write: Record<string, unknown> = { ...doc };
  for (const [key, value] of Object.entries(doc)) {
    const phone = asRecord(value);
    if (phone !== null && ('e164' in phone || 'userInput' in phone)) {
      write[key] = phoneAsWrite(phone);
    }
  }
  const whatsApp = asRecord(doc.whatsAppId);
  const whatsAppPhone = asRecord(whatsApp?.phoneNumber);
  if (whatsApp !== null && whatsAppPhone !== null) {
    write.whatsAppId = { ...whatsApp, phoneNumber: phoneAsWrite(whatsAppPhone) };
  }
  return write;
}

function phoneAsWrite(phone: Record<string, unknown>): Record<string, unknown> {
  const { userInput, e164: _e164, countryCode: _countryCode, ...rest } = phone;
  return typeof userInput === 'string' ? { ...rest, display: userInput } : rest;
}

/**
 * An external id's lookup key: its source and its value as stored, compared exactly (ids are
 * opaque: `AB-1` and `ab-1` may be two customers of one CRM, and the same number in two CRMs
 * two people). A JSON pair, so no value can pass for another's source; the migration that
 * backfilled stored contacts writes the same text with SQLite's `json_array`
 * (external-id-keys-migration.ts).
 */
export const externalIdLookupKey = (sourceId: string, value: string) =>
  JSON.stringify([sourceId, value]);

/**
 * Keys lookups match on: emails (lower case), E.164 phones, Twitter screen names (reverse
 * whitepages and the identifier lookup's fallback) and external ids (the identifier lookup's
 * fallback for `ExternalId`, and import jobs' matching).
 */
export function contactLookupKeys(
  doc: Record<string, unknown>,
): { kind: LookupKind; key: string }[] {
  const keys: { kind: LookupKind; key: string }[] = [];
  for (const field of CONTACT_EMAIL_FIELDS) {
    const email = doc[field];
    if (typeof email === 'string') keys.push({ kind: 'email', key: email.toLowerCase() });
  }
  const phones: unknown[] = [
    ...CONTACT_PHONE_FIELDS.map((field) => doc[field]),
    asRecord(doc.whatsAppId)?.phoneNumber,
  ];
  for (const phone of phones) {
    const e164 = (asRecord(phone) as StoredPhone | null)?.e164;
    if (e164 !== undefined) keys.push({ kind: 'phone', key: e164 });
  }
  const screenName = asRecord(doc.twitterId)?.screenName;
  if (typeof screenName === 'string') {
    keys.push({ kind: 'twitter', key: screenName.replace(/^@/, '').toLowerCase() });
  }
  const externalIds = doc.externalIds;
  for (const item of Array.isArray(externalIds) ? externalIds : []) {
    const sourceId = asRecord(asRecord(item)?.externalSource)?.id;
    const value = asRecord(item)?.value;
    if (typeof sourceId === 'string' && typeof value === 'string') {
      keys.push({ kind: 'externalId', key: externalIdLookupKey(sourceId, value) });
    }
  }
  return keys;
}
