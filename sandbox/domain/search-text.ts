/**
 * What free-text search (`q`) matches, and how `q` becomes an FTS5 query. Genesys does not say
 * which fields `q` covers; the sandbox indexes what people type into a search box: names, emails,
 * phone numbers (as shown, as typed, E.164 with and without the country code), titles, the
 * organization name, Twitter screen name and custom field values.
 */

type Json = unknown;

function record(value: Json): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: Json): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export const CONTACT_PHONE_FIELDS = ['workPhone', 'cellPhone', 'homePhone', 'otherPhone'] as const;
export const CONTACT_EMAIL_FIELDS = ['workEmail', 'personalEmail', 'otherEmail'] as const;

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

export function contactSearchText(
  doc: Record<string, unknown>,
  organizationName: string | null,
): string {
  const terms: string[] = [];
  for (const key of ['firstName', 'middleName', 'lastName', 'salutation', 'title'] as const) {
    const value = text(doc[key]);
    if (value !== null) terms.push(value);
  }
  for (const key of CONTACT_EMAIL_FIELDS) {
    const value = text(doc[key]);
    if (value !== null) terms.push(value);
  }
  for (const key of CONTACT_PHONE_FIELDS) terms.push(...phoneSearchTerms(doc[key]));
  terms.push(...phoneSearchTerms(record(doc.whatsAppId)?.phoneNumber));
  const screenName = text(record(doc.twitterId)?.screenName);
  if (screenName !== null) terms.push(screenName);
  if (organizationName !== null) terms.push(organizationName);
  terms.push(...customFieldTerms(doc.customFields));
  return terms.join('\n');
}

export function organizationSearchText(doc: Record<string, unknown>): string {
  const terms: string[] = [];
  for (const key of ['name', 'companyType', 'industry'] as const) {
    const value = text(doc[key]);
    if (value !== null) terms.push(value);
  }
  for (const key of ['tags', 'websites'] as const) {
    const list = doc[key];
    if (Array.isArray(list))
      terms.push(...list.filter((item): item is string => typeof item === 'string'));
  }
  terms.push(...phoneSearchTerms(doc.phoneNumber), ...phoneSearchTerms(doc.faxNumber));
  terms.push(...customFieldTerms(doc.customFields));
  return terms.join('\n');
}

/**
 * `q` has no syntax: every whitespace-separated word must match, as a prefix. Each word is
 * quoted, so FTS5 operators and punctuation in it (`@`, `-`, `(`) are plain text; the
 * tokenizer splits `222-2222` inside the quotes into a phrase, the way it split the stored text.
 * Returns null when `q` holds no searchable character.
 */
export function ftsQuery(q: string): string | null {
  const words = q
    .split(/\s+/)
    .map((word) => word.replace(/^\+/, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}
