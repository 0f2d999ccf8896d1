import { coreTypeOfField, customFieldProblems, fieldLabel } from '@/models/data-schema';
import type { CoreTypeLimitsByName, CoreTypeName, JsonSchemaDocument } from '@/models/data-schema';
import {
  ADDRESS_PARTS,
  asRecord,
  formatFieldValue,
  type RecordBase,
  type RecordField,
} from '@/models/record-fields';
import {
  formFields,
  toWriteBody,
  withoutEmpty,
  type RecordFormValues,
} from '@/record-kit/form/record-form-values';
import type { RecordDecision } from './bulk-update-engine';
import { phoneE164 } from './row-identities';

/** What a bulk edit does to one field: leave it, give it the typed value, or empty it. */
export type FieldAction = 'keep' | 'set' | 'clear';

/** The custom fields an edit sets or clears: only for records on `schema` (see bulkEditSchema). */
export interface CustomFieldEdit {
  schema: { id: string; version: number; name: string };
  document: JsonSchemaDocument;
  coreTypes: CoreTypeLimitsByName;
  /** The API's typed values (customFieldApiValue), by field key. */
  set: Readonly<Record<string, unknown>>;
  clear: readonly string[];
}

export interface BulkEdit {
  /** The entity's fields (CONTACT_FIELDS, ORGANIZATION_FIELDS). */
  fields: readonly RecordField[];
  /** The write schema's keys: what a whole-record update may carry. */
  writeKeys: readonly string[];
  actions: Readonly<Record<string, FieldAction>>;
  /** The form's checked values (the record form's shape); only `set` fields are read. */
  values: RecordFormValues;
  custom?: CustomFieldEdit | undefined;
}

/** One edited field of one record, as the preview shows it. */
export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface RecordPlan {
  decision: RecordDecision;
  changes: FieldChange[];
}

/** The record fields an edit changes (set or clear), in the entity's order. */
export const editedFields = (edit: Pick<BulkEdit, 'fields' | 'actions'>): RecordField[] =>
  formFields(edit.fields).filter((field) => (edit.actions[field.key] ?? 'keep') !== 'keep');

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const sameText = (a: unknown, b: unknown, ignoreCase = false) =>
  ignoreCase ? trimmed(a).toLowerCase() === trimmed(b).toLowerCase() : trimmed(a) === trimmed(b);
const listOf = (value: unknown) =>
  Array.isArray(value) ? value.map((item) => trimmed(item)).filter(Boolean) : [];

/**
 * Equal as a reader of the record would see it: phones by E.164 (the API reformats what was
 * typed), emails and screen names without case, references by id, empty = absent. The same
 * comparison tells a retry that a record already holds the change.
 */
export function sameFieldValue(field: RecordField, a: unknown, b: unknown): boolean {
  switch (field.kind) {
    case 'phone': {
      const [first, second] = [phoneE164(a), phoneE164(b)];
      if (first !== undefined || second !== undefined) return first === second;
      return sameText(asRecord(a).display, asRecord(b).display);
    }
    case 'email':
      return sameText(a, b, true);
    case 'reference':
      return sameText(asRecord(a).id, asRecord(b).id);
    case 'twitter':
      return sameText(asRecord(a).screenName, asRecord(b).screenName, true);
    case 'boolean':
      return (a === true) === (b === true);
    case 'number':
      return (typeof a === 'number' ? a : undefined) === (typeof b === 'number' ? b : undefined);
    case 'textList':
      return JSON.stringify(listOf(a)) === JSON.stringify(listOf(b));
    case 'address':
      return ADDRESS_PARTS.every((part) =>
        sameText(asRecord(a)[part.key], asRecord(b)[part.key], true),
      );
    default:
      return sameText(a, b);
  }
}

/**
 * A field's new value as the record form would write it (toWriteBody with this one field), so
 * a phone keeps the stored extension and SMS consent. An address takes the parts typed and keeps
 * the others: "set the country of 300 contacts" must not erase their streets.
 */
function newValue(field: RecordField, values: RecordFormValues, record: RecordBase): unknown {
  if (field.kind === 'address') {
    const stored = asRecord((record as unknown as Record<string, unknown>)[field.key]);
    const typed = asRecord(values[field.key]);
    const merged: Record<string, unknown> = { ...stored };
    for (const part of ADDRESS_PARTS) {
      const text = trimmed(typed[part.key]);
      if (text) merged[part.key] = text;
    }
    return withoutEmpty(merged);
  }
  return toWriteBody([field], [], values, record)[field.key];
}

const shown = (field: RecordField, value: unknown) => formatFieldValue(field, value ?? undefined);

const coreTypeOf = (document: JsonSchemaDocument, key: string): CoreTypeName | null => {
  const definition = Object.hasOwn(document.properties, key) ? document.properties[key] : undefined;
  return coreTypeOfField(key, definition);
};

const absent = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Custom values compared by their type: instants by time, lists by items. */
export function sameCustomValue(coreType: CoreTypeName | null, a: unknown, b: unknown): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (coreType === 'datetime' && typeof a === 'string' && typeof b === 'string') {
    return Date.parse(a) === Date.parse(b);
  }
  if (coreType === 'checkbox') return (a === true) === (b === true);
  return JSON.stringify(a) === JSON.stringify(b);
}

export function customValueText(value: unknown): string {
  if (absent(value)) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function planCustomFields(
  record: RecordBase,
  custom: CustomFieldEdit,
  body: Record<string, unknown>,
  changes: FieldChange[],
): string | null {
  const stored = asRecord(record.customFields);
  const next: Record<string, unknown> = { ...stored };
  const keys = Object.keys(custom.document.properties).filter(
    (key) => Object.hasOwn(custom.set, key) || custom.clear.includes(key),
  );
  let changed = false;
  for (const key of keys) {
    const after = Object.hasOwn(custom.set, key) ? custom.set[key] : undefined;
    const same = sameCustomValue(coreTypeOf(custom.document, key), stored[key], after);
    changes.push({
      key: `customFields.${key}`,
      label: fieldLabel(key, custom.document.properties[key]),
      before: customValueText(stored[key]),
      after: customValueText(after),
      changed: !same,
    });
    if (same) continue;
    changed = true;
    if (after === undefined) delete next[key];
    else next[key] = after;
  }
  if (record.schema?.id !== custom.schema.id) {
    // Only offered when every record was on the schema: this one changed since it was read.
    return `It is not on the ${custom.schema.name} schema any more, so its custom fields were not changed.`;
  }
  if (!changed) return null;
  const problems = customFieldProblems(next, custom.document, custom.coreTypes);
  if (problems.length > 0) return problems.map((problem) => problem.message).join(' ');
  // Written against the schema's current version, as the record form saves it.
  body.schema = { id: custom.schema.id, version: custom.schema.version };
  if (Object.keys(next).length > 0) body.customFields = next;
  else delete body.customFields;
  return null;
}

/**
 * What an edit does to one record as it is stored now: the whole-record body to send (the
 * record's own writable values, with only the edited fields changed), or nothing when it already
 * holds every value, and per edited field its value before and after.
 */
export function planRecord(record: RecordBase, edit: BulkEdit): RecordPlan {
  const stored = record as unknown as Record<string, unknown>;
  // No form fields: every writable value goes back exactly as stored (the record form's carry-over).
  const body = toWriteBody([], edit.writeKeys, { phoneCountry: '' }, record);
  const changes: FieldChange[] = [];
  for (const field of editedFields(edit)) {
    const before = stored[field.key];
    const after =
      edit.actions[field.key] === 'set' ? newValue(field, edit.values, record) : undefined;
    const same = sameFieldValue(field, before, after);
    changes.push({
      key: field.key,
      label: field.label,
      before: shown(field, before),
      // A picked reference carries its name only in the form's value.
      after: shown(field, field.kind === 'reference' && after ? edit.values[field.key] : after),
      changed: !same,
    });
    if (same) continue;
    if (after === undefined) delete body[field.key];
    else body[field.key] = after;
  }
  const refusal = edit.custom ? planCustomFields(record, edit.custom, body, changes) : null;
  if (refusal) return { decision: { kind: 'refuse', message: refusal }, changes };
  return {
    decision: changes.some((change) => change.changed) ? { kind: 'write', body } : { kind: 'none' },
    changes,
  };
}
