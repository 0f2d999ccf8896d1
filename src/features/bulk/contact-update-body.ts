import { contactRowRules } from './contact-row-rules';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { ADDRESS_PARTS, asRecord, type RecordField } from '@/models/record-fields';
import { phoneE164 } from './row-identities';

/**
 * How a row updates the contact it matched: `fill` writes only what the contact lacks,
 * `overwrite` writes every value the row gives. An empty cell never clears a stored value either
 * way (a file rarely means "erase" by leaving a cell out).
 */
export type UpdateMode = 'fill' | 'overwrite';

export interface ContactUpdate {
  /** The PUT body (the whole contact, as its edit form would send it, with the row's values). */
  body: Record<string, unknown>;
  /** The fields the row changes, by label; empty when the contact already says it all. */
  changed: string[];
}

const FIELDS: readonly RecordField[] = CONTACT_FIELDS;

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const sameText = (a: unknown, b: unknown, ignoreCase = false) =>
  ignoreCase ? textOf(a).toLowerCase() === textOf(b).toLowerCase() : textOf(a) === textOf(b);

/** Compared as a reader would: phones by number, emails without case, ids by id. */
function sameValue(field: RecordField, stored: unknown, given: unknown): boolean {
  switch (field.kind) {
    case 'phone': {
      const storedNumber = phoneE164(stored);
      return storedNumber !== undefined
        ? storedNumber === phoneE164(given)
        : sameText(asRecord(stored).display, asRecord(given).display);
    }
    case 'email':
      return sameText(stored, given, true);
    case 'reference':
      return sameText(asRecord(stored).id, asRecord(given).id);
    case 'twitter':
      return sameText(asRecord(stored).screenName, asRecord(given).screenName, true);
    case 'boolean':
      return (stored === true) === (given === true);
    default:
      return (
        JSON.stringify(stored ?? '') === JSON.stringify(given ?? '') || sameText(stored, given)
      );
  }
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === false ||
  (typeof value === 'string' && !value.trim()) ||
  (typeof value === 'object' && Object.values(value).every((part) => isEmpty(part)));

/**
 * The contact with a row's values applied. `given` holds the CSV column keys the row filled
 * (a field's key, or `address.city` for an address part): only those count.
 */
export function contactUpdate(
  contact: ExternalContact,
  row: Record<string, unknown>,
  given: ReadonlySet<string>,
  mode: UpdateMode,
): ContactUpdate {
  const body = contactRowRules.toWriteBody(contactRowRules.toFormValues(contact), contact);
  const stored = contact as unknown as Record<string, unknown>;
  const changed: string[] = [];
  for (const field of FIELDS) {
    const value = row[field.key];
    if (value === undefined) continue;
    if (field.kind === 'address') {
      const address = { ...asRecord(body[field.key]) };
      let touched = false;
      for (const part of ADDRESS_PARTS) {
        const typed = textOf(asRecord(value)[part.key]);
        if (!given.has(`${field.key}.${part.key}`) || !typed) continue;
        const current = address[part.key];
        if (sameText(current, typed, true) || (mode === 'fill' && !isEmpty(current))) continue;
        address[part.key] = typed;
        touched = true;
      }
      if (touched) {
        body[field.key] = address;
        changed.push(field.label);
      }
      continue;
    }
    if (!given.has(field.key)) continue;
    const current = stored[field.key];
    if (sameValue(field, current, value)) continue;
    if (mode === 'fill' && !isEmpty(current)) continue;
    body[field.key] =
      field.kind === 'phone'
        ? // Extension and SMS consent are the stored phone's; the row gives the number.
          { ...asRecord(body[field.key]), ...asRecord(value) }
        : value;
    changed.push(field.label);
  }
  return { body, changed };
}
