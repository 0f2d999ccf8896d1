/**
 * What free-text search (`q`) matches, and how `q` becomes an FTS5 query. Genesys does not say
 * which fields `q` covers; the sandbox indexes what people type into a search box: names, emails,
 * phone numbers (as shown, as typed, E.164 with and without the country code), titles, the
 * organization name, Twitter screen name and custom field values.
 */

import { CONTACT_FIELDS } from '../../src/models/contact-fields.ts';
import { ORGANIZATION_FIELDS } from '../../src/models/organization-fields.ts';
import { fieldsOfKind, type RecordField } from '../../src/models/record-fields.ts';

type Json = unknown;

function record(value: Json): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: Json): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The contact's phone and email slots, in their order (merge fills them in this order too). */
export const CONTACT_PHONE_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'phone').map((field) => field.key);
export const CONTACT_EMAIL_FIELDS = fieldsOfKind(CONTACT_FIELDS, 'email').map((field) => field.key);

/** Every searchable form of a stored phone. */
export function phoneSearchTerms(phone: Json): string[] {
  const stored = record(phone);
  if (stored === null) return [];
  const terms: string[] = [];
  for (const key of ['display', 'userInput'] as const) {
    const value = text(stored[key]);
    if (value !== null) terms.push(value);
  }
  const e164 = text(stored.e164);
  if (e164 !== null) {
    const digits = e164.replace(/\D/g, '');
    terms.push(digits);
    // National significant number too, so `3172222222` finds `+13172222222`.
    const display = text(stored.display) ?? '';
    const callingCode = /^\+(\d{1,3})\s/.exec(display)?.[1];
    if (callingCode !== undefined && digits.startsWith(callingCode)) {
      terms.push(digits.slice(callingCode.length));
    }
  }
  return terms;
}

/** Custom field values that are text, numbers or lists of text (tags). */
function customFieldTerms(customFields: Json): string[] {
  const fields = record(customFields);
  if (fields === null) return [];
  return Object.values(fields).flatMap((value) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'number') return [String(value)];
    if (Array.isArray(value))
      return value.filter((item): item is string => typeof item === 'string');
    return [];
  });
}

/**
 * What `q` finds of one field, by its kind: text and emails as stored, every form of a phone,
 * list items, the Twitter screen name. URLs, numbers, flags, addresses and ids are not searched.
 */
function fieldTerms(field: RecordField, value: Json): string[] {
  switch (field.kind) {
    case 'text':
    case 'email': {
      const stored = text(value);
      return stored === null ? [] : [stored];
    }
    case 'phone':
      return phoneSearchTerms(value);
    case 'textList':
      return Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string')
        : [];
    case 'twitter': {
      const screenName = text(record(value)?.screenName);
      return screenName === null ? [] : [screenName];
    }
    default:
      return [];
  }
}

function recordTerms(doc: Record<string, unknown>, fields: readonly RecordField[]): string[] {
  return fields.flatMap((field) => fieldTerms(field, doc[field.key]));
}

export function contactSearchText(
  doc: Record<string, unknown>,
  organizationName: string | null,
): string {
  const terms = recordTerms(doc, CONTACT_FIELDS);
  // WhatsApp holds a phone too: people search a contact by the number they message.
  terms.push(...phoneSearchTerms(record(doc.whatsAppId)?.phoneNumber));
  if (organizationName !== null) terms.push(organizationName);
  terms.push(...customFieldTerms(doc.customFields));
  return terms.join('\n');
}

export function organizationSearchText(doc: Record<string, unknown>): string {
  const terms = recordTerms(doc, ORGANIZATION_FIELDS);
  terms.push(...customFieldTerms(doc.customFields));
  return terms.join('\n');
}

/**
 * `q` has no syntax: every whitespace-separated word must match, as a prefix. Each word is
 * quoted, so FTS5 operators and punctuation in it (`@`, `-`, `(`) are plain text; the
 * tokenizer splits `222-2222` inside the quotes into a phrase, the way it split the stored text.
 * Control characters separate words like spaces (a search engine's tokenizer drops them too, and
 * FTS5 reads a NUL as the end of the query). Returns null when `q` holds no searchable character.
 */
export function ftsQuery(q: string): string | null {
  const words = q
    .split(/[\s\p{Cc}]+/u)
    .map((word) => word.replace(/^\+/, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}
