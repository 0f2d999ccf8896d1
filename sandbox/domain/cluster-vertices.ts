import { asRecord } from './json-clean.ts';
import { e164Of } from './phone-normalisation.ts';
import { CONTACT_EMAIL_FIELDS, CONTACT_PHONE_FIELDS } from './search-text.ts';

/**
 * The identifier vertices of a contact in the duplicate-detection graph: the values that mean
 * "the same person" when two contacts share them. Both the contact's own fields and the
 * identifiers it claimed count, normalised to the eight types Genesys' graph knows, so a claimed
 * Email identifier links to another contact's work email.
 */

export const NORMALIZED_TYPES = [
  'Phone',
  'Email',
  'ExternalId',
  'TwitterId',
  'TwitterHandle',
  'FacebookId',
  'InstagramId',
  'InstagramHandle',
] as const;
export type NormalizedType = (typeof NORMALIZED_TYPES)[number];

export interface IdentifierVertexKey {
  type: NormalizedType;
  value: string;
}

export interface ClaimedIdentifier {
  type: string;
  value: string;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

const handle = (value: string): string => value.replace(/^@/, '').toLowerCase();

function scopedIds(value: unknown): string[] {
  const ids = asRecord(value)?.ids;
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((id) => {
    const scoped = text(asRecord(id)?.scopedId);
    return scoped === null ? [] : [scoped];
  });
}

function storedE164(phone: unknown): string | null {
  return text(asRecord(phone)?.e164);
}

/** Values found in the contact's stored document. */
export function documentVertexKeys(doc: Record<string, unknown>): IdentifierVertexKey[] {
  const keys: IdentifierVertexKey[] = [];
  for (const field of CONTACT_EMAIL_FIELDS) {
    const email = text(doc[field]);
    if (email !== null) keys.push({ type: 'Email', value: email.toLowerCase() });
  }
  const phones = [
    ...CONTACT_PHONE_FIELDS.map((field) => doc[field]),
    asRecord(doc.whatsAppId)?.phoneNumber,
  ];
  for (const phone of phones) {
    const e164 = storedE164(phone);
    if (e164 !== null) keys.push({ type: 'Phone', value: e164 });
  }
  const twitter = asRecord(doc.twitterId);
  const twitterId = text(twitter?.id);
  if (twitterId !== null) keys.push({ type: 'TwitterId', value: twitterId });
  const screenName = text(twitter?.screenName);
  if (screenName !== null) keys.push({ type: 'TwitterHandle', value: handle(screenName) });
  for (const id of scopedIds(doc.facebookId)) keys.push({ type: 'FacebookId', value: id });
  for (const id of scopedIds(doc.instagramId)) keys.push({ type: 'InstagramId', value: id });
  const instagramHandle = text(asRecord(doc.instagramId)?.handle);
  if (instagramHandle !== null) {
    keys.push({ type: 'InstagramHandle', value: handle(instagramHandle) });
  }
  const externalIds = Array.isArray(doc.externalIds) ? doc.externalIds : [];
  for (const externalId of externalIds) {
    const value = text(asRecord(externalId)?.value);
    if (value !== null) keys.push({ type: 'ExternalId', value });
  }
  return keys;
}

/**
 * Claimed identifiers of the types the graph knows. Twitter and Instagram claims hold either a
 * numeric id or a handle; digits only is read as the id. Other types (Line, Cookie, Apple…) have
 * no graph type and are left out.
 */
export function claimedVertexKey(identifier: ClaimedIdentifier): IdentifierVertexKey | null {
  const value = text(identifier.value);
  if (value === null) return null;
  const numeric = /^\d+$/.test(value);
  switch (identifier.type) {
    case 'Email':
      return { type: 'Email', value: value.toLowerCase() };
    case 'Phone':
    case 'SocialWhatsapp':
      return { type: 'Phone', value: e164Of(value) ?? value };
    case 'ExternalId':
      return { type: 'ExternalId', value };
    case 'SocialTwitter':
      return numeric
        ? { type: 'TwitterId', value }
        : { type: 'TwitterHandle', value: handle(value) };
    case 'SocialFacebook':
      return { type: 'FacebookId', value };
    case 'SocialInstagram':
      return numeric
        ? { type: 'InstagramId', value }
        : { type: 'InstagramHandle', value: handle(value) };
    default:
      return null;
  }
}

/** Every distinct vertex key of one contact. */
export function contactVertexKeys(
  doc: Record<string, unknown>,
  claimed: readonly ClaimedIdentifier[],
): IdentifierVertexKey[] {
  const all = [
    ...documentVertexKeys(doc),
    ...claimed.flatMap((identifier) => claimedVertexKey(identifier) ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((key) => {
    const id = `${key.type}\u0000${key.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
