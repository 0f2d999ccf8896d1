import { CONTACT_FIELDS, type ExternalContact } from './contact-fields';
import {
  asRecord,
  fieldValue,
  formatFieldValue,
  type FieldKind,
  type PhoneNumber,
  type RecordField,
} from './record-fields';

/**
 * The fields a merge lets the user choose, and how each is shown, compared and written back in a
 * `valueOverride`: the contact's field list (src/models/contact-fields.ts) read by kind, plus the
 * parts every record has (external ids, custom fields). Pure: no React, so the rules are unit
 * tested.
 *
 * Phones and emails are groups: Genesys keeps the newest contact's numbers in their slots and moves
 * the other contacts' different numbers into free slots of the same kind (domain-rules §3), so a
 * choice there moves a value between slots; a value is dropped only when the group has more
 * values than slots, and `droppedValues` (merge-dropped-values.ts) names it.
 */
export type FieldGroup = 'phone' | 'email';

export interface MergeField {
  id: string;
  label: string;
  section: string;
  /** The record field's kind, so a view can show a reference as a link. */
  kind?: FieldKind;
  group?: FieldGroup;
  read: (contact: ExternalContact) => unknown;
  /** What the result column and the radio labels show. */
  format: (value: unknown) => string;
  /** The `valueOverride` part that puts `value` in the result. */
  write: (value: unknown) => Record<string, unknown>;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A stored phone as the API takes it: what was typed; e164 and countryCode are read-only. */
export function phoneWrite(value: unknown): Record<string, unknown> {
  const phone = asRecord(value) as PhoneNumber;
  return Object.fromEntries(
    Object.entries({
      display: phone.userInput ?? phone.display,
      extension: phone.extension,
      acceptsSMS: phone.acceptsSMS,
      normalizationCountryCode: phone.normalizationCountryCode,
    }).filter(([, part]) => part !== undefined && part !== null),
  );
}

const looksLikePhone = (value: unknown) => {
  const part = asRecord(value);
  return 'e164' in part || 'display' in part || 'userInput' in part;
};

/**
 * A messaging id is sent back as it was read, except a phone number inside it (WhatsApp's):
 * like a phone field, only what was typed goes back, the API derives the rest.
 */
function structuredWrite(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, part]) => [
      key,
      looksLikePhone(part) ? phoneWrite(part) : part,
    ]),
  );
}

const GROUP_OF_KIND: Partial<Record<FieldKind, FieldGroup>> = { phone: 'phone', email: 'email' };

/** How a merge writes each kind; the rest (text, address, booleans…) go back as they are. */
function writeOf(field: RecordField): (value: unknown) => Record<string, unknown> {
  switch (field.kind) {
    case 'phone':
      return (value) => ({ [field.key]: phoneWrite(value) });
    case 'structured':
      return (value) => ({ [field.key]: structuredWrite(value) });
    case 'reference':
      // Beside the document, not in it: the API takes the reference's id from valueOverride.
      return (value) => ({ [field.key]: { id: asRecord(value).id } });
    default:
      return (value) => ({ [field.key]: value });
  }
}

function readOf(field: RecordField): (contact: ExternalContact) => unknown {
  const read = (contact: ExternalContact) => fieldValue(contact, field);
  if (field.kind !== 'reference') return read;
  // Only the identity and the name: the expanded rest must not make equal references differ.
  return (contact) => {
    const ref = asRecord(read(contact));
    return typeof ref.id === 'string' ? { id: ref.id, name: ref.name } : undefined;
  };
}

function formatOf(field: RecordField): (value: unknown) => string {
  if (field.kind !== 'reference') return (value) => formatFieldValue(field, value);
  // Without the permission to view the referenced records only the id is known.
  return (value) => {
    const ref = asRecord(value);
    return asText(ref.name) || `${field.label} ${asText(ref.id)}`;
  };
}

const fromRecordField = (field: RecordField): MergeField => ({
  id: field.key,
  label: field.label,
  section: field.section,
  kind: field.kind,
  ...(GROUP_OF_KIND[field.kind] ? { group: GROUP_OF_KIND[field.kind] } : {}),
  read: readOf(field),
  format: formatOf(field),
  write: writeOf(field),
});

export const MERGE_FIELDS: readonly MergeField[] = [
  ...CONTACT_FIELDS.map(fromRecordField),
  {
    id: 'externalIds',
    label: 'External ids',
    section: 'Preferences and links',
    read: (contact) => contact.externalIds,
    format: (value) =>
      (Array.isArray(value) ? value : [])
        .map((item) => {
          const externalId = asRecord(item);
          const source = asRecord(externalId.externalSource);
          return `${asText(source.name) || asText(source.id)}: ${asText(externalId.value)}`;
        })
        .join(', '),
    write: (value) => ({ externalIds: value }),
  },
  {
    // One choice for the whole set: the values only make sense with the schema they were checked
    // against, and the override replaces customFields as a whole.
    id: 'customFields',
    label: 'Custom fields',
    section: 'Custom fields',
    read: (contact) =>
      contact.customFields && Object.keys(contact.customFields).length > 0
        ? { schema: contact.schema, customFields: contact.customFields }
        : undefined,
    format: (value) => {
      const { schema, customFields } = asRecord(value);
      const schemaName = asText(asRecord(schema).name) || asText(asRecord(schema).id);
      const pairs = Object.entries(asRecord(customFields)).map(
        ([key, item]) => `${key}: ${typeof item === 'string' ? item : JSON.stringify(item)}`,
      );
      return [schemaName ? `${schemaName} —` : '', pairs.join(', ')].filter(Boolean).join(' ');
    },
    write: (value) => {
      const { schema, customFields } = asRecord(value);
      const schemaRef = asRecord(schema);
      return {
        schema: {
          id: schemaRef.id,
          ...(schemaRef.version !== undefined ? { version: schemaRef.version } : {}),
        },
        customFields,
      };
    },
  },
];

const SLOTS: Record<FieldGroup, readonly string[]> = {
  phone: MERGE_FIELDS.filter((field) => field.group === 'phone').map((field) => field.id),
  email: MERGE_FIELDS.filter((field) => field.group === 'email').map((field) => field.id),
};

export const fieldById = new Map(MERGE_FIELDS.map((field) => [field.id, field]));

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** JSON with sorted keys, so equal values written in another key order compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? '';
}

/** The identity of a value, as the API compares them when it fills free slots. */
export function valueKey(field: MergeField, value: unknown): string {
  if (field.group === 'phone') {
    const phone = asRecord(value) as PhoneNumber;
    return `phone:${phone.e164 ?? phone.display ?? ''}`;
  }
  if (field.group === 'email') return `email:${asText(value).toLowerCase()}`;
  // The same organization is the same value whether or not its name could be read.
  if (field.kind === 'reference') return `ref:${asText(asRecord(value).id)}`;
  return stableJson(value);
}

/** Newest first, as the API ranks the inputs; equal dates keep the order given. */
export function newestFirst(contacts: readonly ExternalContact[]): ExternalContact[] {
  return [...contacts].sort((a, b) => (b.modifyDate ?? '').localeCompare(a.modifyDate ?? ''));
}

export interface MergeOption {
  key: string;
  value: unknown;
  /** The contacts holding this value (in this field, or for a phone/email in any slot). */
  holderIds: string[];
}

export interface MergeRow {
  field: MergeField;
  options: MergeOption[];
  /** The option the API would keep without an override; undefined = the result has none. */
  defaultKey: string | undefined;
  /** Each contact's own value here, by contact id, for the side-by-side columns. */
  cells: Record<string, unknown>;
}

/**
 * Phones or emails as the API merges them: the first-ranked contact's slots first, then every
 * other different value into the first free slot, in rank order; what does not fit is dropped.
 * Ranked newest first this is Genesys' default; a valueOverride of the whole group makes any
 * other ranking stick (the duplicates workbench's merge rules).
 */
export function rankedGroupSlots(
  group: FieldGroup,
  ranked: readonly ExternalContact[],
): Map<string, { key: string; value: unknown }> {
  const slots = SLOTS[group];
  const result = new Map<string, { key: string; value: unknown }>();
  const newest = ranked[0];
  for (const slot of slots) {
    const field = fieldById.get(slot);
    const value = newest && field ? field.read(newest) : undefined;
    if (field && isPresent(value)) result.set(slot, { key: valueKey(field, value), value });
  }
  const present = new Set([...result.values()].map((entry) => entry.key));
  for (const contact of ranked) {
    for (const slot of slots) {
      const field = fieldById.get(slot);
      const value = field?.read(contact);
      if (!field || !isPresent(value)) continue;
      const key = valueKey(field, value);
      if (present.has(key)) continue;
      const free = slots.find((candidate) => !result.has(candidate));
      if (free === undefined) return result;
      result.set(free, { key, value });
      present.add(key);
    }
  }
  return result;
}

/** Every field some contact has, with its options and the API's default pick. */
export function buildMergeRows(contacts: readonly ExternalContact[]): MergeRow[] {
  const ranked = newestFirst(contacts);
  const groups = {
    phone: rankedGroupSlots('phone', ranked),
    email: rankedGroupSlots('email', ranked),
  };
  const rows: MergeRow[] = [];
  for (const field of MERGE_FIELDS) {
    const cells: Record<string, unknown> = {};
    for (const contact of contacts) {
      const value = field.read(contact);
      if (isPresent(value)) cells[contact.id] = value;
    }
    // A phone or email may move between slots, so each slot offers every value of its group.
    const sourceFields = field.group
      ? MERGE_FIELDS.filter((other) => other.group === field.group)
      : [field];
    const options: MergeOption[] = [];
    for (const contact of ranked) {
      for (const source of sourceFields) {
        const value = source.read(contact);
        if (!isPresent(value)) continue;
        const key = valueKey(field, value);
        const existing = options.find((option) => option.key === key);
        if (existing) {
          if (!existing.holderIds.includes(contact.id)) existing.holderIds.push(contact.id);
        } else {
          options.push({ key, value, holderIds: [contact.id] });
        }
      }
    }
    const defaultKey = field.group
      ? groups[field.group].get(field.id)?.key
      : defaultOf(field, ranked);
    if (Object.keys(cells).length === 0 && defaultKey === undefined) continue;
    // A slot the API leaves empty stays empty (an override cannot clear a field): no choice.
    rows.push({ field, options: defaultKey === undefined ? [] : options, defaultKey, cells });
  }
  return rows;
}

/** A plain field's default: the newest contact that has it (the sandbox's and Genesys' rule). */
export function defaultOf(
  field: MergeField,
  ranked: readonly ExternalContact[],
): string | undefined {
  for (const contact of ranked) {
    const value = field.read(contact);
    if (isPresent(value)) return valueKey(field, value);
  }
  return undefined;
}

/** A field the user has a real choice on: more than one value and a slot to put it in. */
export const isChoosable = (row: MergeRow) =>
  row.defaultKey !== undefined && row.options.length > 1;

export type MergeChoices = Record<string, string>;

export function defaultChoices(rows: readonly MergeRow[]): MergeChoices {
  const choices: MergeChoices = {};
  for (const row of rows) {
    if (isChoosable(row) && row.defaultKey !== undefined) choices[row.field.id] = row.defaultKey;
  }
  return choices;
}

/**
 * The choices after picking `key` for `fieldId`. In a phone/email group the value the slot held
 * must not vanish: a slot that held the picked value takes it (a swap); else, if no other slot
 * keeps it, it takes the place of a value held twice. Only when every slot holds a different
 * value (more values than slots) is it displaced, and `droppedValues` lists it.
 */
export function choose(
  rows: readonly MergeRow[],
  choices: MergeChoices,
  fieldId: string,
  key: string,
): MergeChoices {
  const row = rows.find((candidate) => candidate.field.id === fieldId);
  const previous = choices[fieldId];
  const next = { ...choices, [fieldId]: key };
  const group = row?.field.group;
  if (!group || previous === undefined || previous === key) return next;
  const others = rows
    .filter((other) => other.field.group === group && other.field.id !== fieldId)
    .map((other) => other.field.id)
    .filter((id) => next[id] !== undefined);
  const swap = others.find((id) => next[id] === key);
  if (swap === undefined && others.some((id) => next[id] === previous)) return next;
  const heldTwice = (id: string) =>
    [fieldId, ...others].filter((other) => next[other] === next[id]).length > 1;
  const target = swap ?? others.find(heldTwice);
  if (target !== undefined) next[target] = previous;
  return next;
}

/** The keys the result keeps, per phone/email group or per plain field id. */
export function keptKeys(
  rows: readonly MergeRow[],
  values: Record<string, unknown>,
): Map<string, Set<string>> {
  const kept = new Map<string, Set<string>>();
  for (const row of rows) {
    const value = values[row.field.id];
    if (!isPresent(value)) continue;
    const scope = row.field.group ?? row.field.id;
    const keys = kept.get(scope) ?? new Set<string>();
    keys.add(valueKey(row.field, value));
    kept.set(scope, keys);
  }
  return kept;
}

/** The slots of a phone/email group that hold the value `key` in the result. */
export function slotsHolding(
  rows: readonly MergeRow[],
  values: Record<string, unknown>,
  group: FieldGroup,
  key: string,
): MergeField[] {
  return rows
    .filter((row) => row.field.group === group && isPresent(values[row.field.id]))
    .filter((row) => valueKey(row.field, values[row.field.id]) === key)
    .map((row) => row.field);
}

export interface MergeResult {
  /** What the merged contact will hold per field id (the live preview). */
  values: Record<string, unknown>;
  /** Only what differs from what the API would pick anyway; null when nothing does. */
  valueOverride: Record<string, unknown> | null;
}

export function mergeResult(rows: readonly MergeRow[], choices: MergeChoices): MergeResult {
  const values: Record<string, unknown> = {};
  const override: Record<string, unknown> = {};
  const changedGroups = new Set<FieldGroup>();
  const valueOf = (row: MergeRow, key: string | undefined) =>
    row.options.find((option) => option.key === key)?.value;
  for (const row of rows) {
    const key = choices[row.field.id] ?? row.defaultKey;
    values[row.field.id] = valueOf(row, key);
    if (key === row.defaultKey || key === undefined) continue;
    if (row.field.group) changedGroups.add(row.field.group);
    else Object.assign(override, row.field.write(valueOf(row, key)));
  }
  // A moved phone or email: the whole group is sent, so the API does not also move it again.
  for (const row of rows) {
    if (!row.field.group || !changedGroups.has(row.field.group)) continue;
    const value = values[row.field.id];
    if (value !== undefined) Object.assign(override, row.field.write(value));
  }
  return { values, valueOverride: Object.keys(override).length > 0 ? override : null };
}
