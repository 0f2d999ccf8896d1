import { contactName, type ExternalContact } from './contact-fields';
import {
  isPresent,
  keptKeys,
  MERGE_FIELDS,
  slotsHolding,
  valueKey,
  type MergeField,
  type MergeRow,
} from './merge-fields';
import { asRecord } from './record-fields';

/**
 * "Will be dropped": what a merge's result does not keep of its contacts, and where they held it.
 * Pure, shared by the merge screen and the duplicates workbench's bulk preview.
 */

/** Who holds a value, by column number: "contact 2", "contacts 1 and 3" or "all contacts". */
export function whoHolds(contacts: readonly ExternalContact[], ids: readonly string[]): string {
  if (ids.length === contacts.length && ids.length > 1) return 'all contacts';
  // By position, as the column headers are numbered: duplicates usually share their name.
  const numbers = ids
    .map((id) => contacts.findIndex((contact) => contact.id === id) + 1)
    .sort((a, b) => a - b);
  if (numbers.length === 1) return `contact ${numbers[0]}`;
  return `contacts ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** A value of the contacts that the merged contact will not keep. */
export interface DroppedValue {
  /** Its identity: the field (or phone/email group) and the value's key. */
  id: string;
  /** The first field it was found in, which formats it. */
  field: MergeField;
  value: unknown;
  /** Where the contacts hold it, in column order. */
  holders: { contactId: string; field: MergeField }[];
  /**
   * A phone whose number is kept, but not with this extension: the slots that keep the number.
   * Phones compare by E.164, so this is the one part of a kept number that can still be lost.
   */
  numberKeptIn?: MergeField[];
}

const extensionOf = (value: unknown) => {
  const extension = asRecord(value).extension;
  return extension === undefined || extension === null ? '' : String(extension);
};

/**
 * Every value of the source contacts that the result (`values`, from `mergeResult`) will not
 * keep: a plain field's other values, phones and emails that are in no slot (more values than
 * slots, or displaced by a pick), a phone kept without its extension. Values that are the same
 * (phones by E.164, emails without case) count as kept when one of them is.
 */
export function droppedValues(
  contacts: readonly ExternalContact[],
  rows: readonly MergeRow[],
  values: Record<string, unknown>,
): DroppedValue[] {
  const kept = keptKeys(rows, values);
  const keptExtensions = new Set(
    rows
      .filter((row) => row.field.group === 'phone' && isPresent(values[row.field.id]))
      .map((row) => {
        const value = values[row.field.id];
        return `${valueKey(row.field, value)}|${extensionOf(value)}`;
      }),
  );
  const dropped = new Map<string, DroppedValue>();
  for (const field of MERGE_FIELDS) {
    const scope = field.group ?? field.id;
    for (const contact of contacts) {
      const value = field.read(contact);
      if (!isPresent(value)) continue;
      const key = valueKey(field, value);
      let numberKeptIn: MergeField[] | undefined;
      if (kept.get(scope)?.has(key)) {
        if (field.group !== 'phone' || keptExtensions.has(`${key}|${extensionOf(value)}`)) continue;
        numberKeptIn = slotsHolding(rows, values, 'phone', key);
      }
      const id = `${scope}:${key}${numberKeptIn ? `|${extensionOf(value)}` : ''}`;
      const entry = dropped.get(id) ?? {
        id,
        field,
        value,
        holders: [],
        ...(numberKeptIn ? { numberKeptIn } : {}),
      };
      entry.holders.push({ contactId: contact.id, field });
      dropped.set(id, entry);
    }
  }
  return [...dropped.values()];
}

const lowerFirst = (label: string) =>
  // "External system URL" keeps its acronym: only a word's capital initial is lowered.
  /^[A-Z][a-z]/.test(label) ? `${label[0]?.toLowerCase() ?? ''}${label.slice(1)}` : label;

/** Where a dropped value is held, in words: "work phone of contact 1, Ann Lee; title of …". */
export function droppedWhere(contacts: readonly ExternalContact[], dropped: DroppedValue): string {
  const byField = new Map<MergeField, string[]>();
  for (const holder of dropped.holders) {
    const ids = byField.get(holder.field) ?? [];
    if (!ids.includes(holder.contactId)) ids.push(holder.contactId);
    byField.set(holder.field, ids);
  }
  return [...byField.entries()]
    .map(([field, ids]) => {
      const named = ids.length === 1 ? contacts.find((contact) => contact.id === ids[0]) : null;
      return `${lowerFirst(field.label)} of ${whoHolds(contacts, ids)}${named ? `, ${contactName(named)}` : ''}`;
    })
    .join('; ');
}
