import type { ExternalContact } from '@/models/contact-fields';
import { customFieldProblems, fieldLabel } from '@/models/data-schema';
import { ADDRESS_PARTS, asRecord, type RecordField } from '@/models/record-fields';
import { sameCustomValue } from './bulk-edit-changes';
import { coreTypeIn, customFieldMappingKey, type ImportSchema } from './csv-custom-fields';
import { importKind, type ImportEntity, type ImportedRecord } from './import-entity';
import { applyExternalId, EXTERNAL_ID_LABEL } from './import-external-id';
import { phoneE164 } from './row-identities';

/**
 * How a row updates the record (contact or organization) it matched: `fill` writes only what the contact lacks,
 * `overwrite` writes every value the row gives. An empty cell never clears a stored value either
 * way (a file rarely means "erase" by leaving a cell out).
 */
export type UpdateMode = 'fill' | 'overwrite';

export interface ContactUpdate {
  /** The PUT body (the whole record, as its edit form would send it, with the row's values). */
  body: Record<string, unknown>;
  /** The fields the row changes, by label; empty when the contact already says it all. */
  changed: string[];
  /** Why the row cannot update this contact (its custom fields), said on the row. */
  refusal?: string;
}

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
    case 'textList':
      // Tags and websites: the same items, without case, in any order.
      return (
        listKey(stored) === listKey(given) ||
        (Array.isArray(given) && given.length === 0 && !Array.isArray(stored))
      );
    default:
      return (
        JSON.stringify(stored ?? '') === JSON.stringify(given ?? '') || sameText(stored, given)
      );
  }
}

const listKey = (value: unknown) =>
  JSON.stringify(
    (Array.isArray(value) ? value : [])
      .map((item) => textOf(item).toLowerCase())
      .filter(Boolean)
      .sort(),
  );

const isEmpty = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) ||
  value === undefined ||
  value === null ||
  value === false ||
  (typeof value === 'string' && !value.trim()) ||
  (typeof value === 'object' && Object.values(value).every((part) => isEmpty(part)));

/** The contact with a row's values applied (recordUpdate for contacts). */
export const contactUpdate = (
  contact: ExternalContact,
  row: Record<string, unknown>,
  given: ReadonlySet<string>,
  mode: UpdateMode,
  schema: ImportSchema | null = null,
): ContactUpdate => recordUpdate('contacts', contact, row, given, mode, schema);

/**
 * The stored record with a row's values applied, through its form's own rules (the body its edit
 * form would send). `given` holds the CSV column keys the row filled (a field's key, or
 * `address.city` for an address part): only those count.
 */
export function recordUpdate(
  entity: ImportEntity,
  record: ImportedRecord,
  row: Record<string, unknown>,
  given: ReadonlySet<string>,
  mode: UpdateMode,
  /** The schema of the row's custom-field values (the import's chosen one). */
  schema: ImportSchema | null = null,
): ContactUpdate {
  const kind = importKind(entity);
  const body = kind.rules.toWriteBody(kind.rules.toFormValues(record), record);
  const stored = record as unknown as Record<string, unknown>;
  const changed: string[] = [];
  for (const field of kind.fields as readonly RecordField[]) {
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
    // What the row was matched by (an organization's name, without case) is the same value:
    // a file writing "ACME LTD" does not rename "Acme Ltd".
    const matchedBy = entity === 'organizations' && field.key === 'name';
    if (matchedBy ? sameText(current, value, true) : sameValue(field, current, value)) continue;
    if (mode === 'fill' && !isEmpty(current)) continue;
    body[field.key] =
      field.kind === 'phone'
        ? // Extension and SMS consent are the stored phone's; the row gives the number.
          { ...asRecord(body[field.key]), ...asRecord(value) }
        : value;
    changed.push(field.label);
  }
  // The file's external id joins the ones the record holds (import-external-id.ts).
  const externalId = applyExternalId(body, record, row, mode, kind);
  if (externalId.changed) changed.push(EXTERNAL_ID_LABEL);
  const refusal =
    externalId.refusal ??
    (schema ? mergeCustomFields(record, kind.noun, row, given, mode, schema, body, changed) : null);
  return refusal ? { body, changed, refusal } : { body, changed };
}

const absent = (value: unknown) => sameCustomValue(null, value, undefined);

/**
 * The row's custom values merged into the contact's as a bulk edit merges them (values it does
 * not give are kept; compared by type with the bulk edit's sameCustomValue), written against the
 * schema's current version. A contact on another schema is refused rather than moved: moving it
 * would drop the values of its own schema. Returns the refusal, or null.
 */
function mergeCustomFields(
  contact: ImportedRecord,
  noun: string,
  row: Record<string, unknown>,
  given: ReadonlySet<string>,
  mode: UpdateMode,
  schema: ImportSchema,
  body: Record<string, unknown>,
  changed: string[],
): string | null {
  const values = asRecord(row.customFields);
  const keys = Object.keys(values).filter((key) => given.has(customFieldMappingKey(key)));
  if (keys.length === 0) return null;
  if (contact.schema?.id && contact.schema.id !== schema.id) {
    return `The ${noun} is on the schema ${contact.schema.name ?? contact.schema.id}, not ${schema.name}: its custom fields are not changed by this file.`;
  }
  const stored = asRecord(contact.customFields);
  const next: Record<string, unknown> = { ...stored };
  let touched = false;
  for (const key of keys) {
    const value = values[key];
    if (sameCustomValue(coreTypeIn(schema.document, key), stored[key], value)) continue;
    if (mode === 'fill' && !absent(stored[key])) continue;
    next[key] = value;
    touched = true;
    changed.push(fieldLabel(key, schema.document.properties[key]));
  }
  if (!touched) return null;
  const problems = customFieldProblems(next, schema.document, schema.coreTypes);
  if (problems.length > 0) return problems.map((problem) => problem.message).join(' ');
  body.schema = { id: schema.id, version: schema.version };
  body.customFields = next;
  return null;
}
