import { asRecord, formatFieldValue, type RecordField } from '@/models/record-fields';

/** One field of a preview: what each record holds now, and what it would hold after. */
export interface FieldChange {
  key: string;
  label: string;
  /** One value per record that exists now: none for a new record, several for a merge. */
  before: string[];
  after: string;
  changed: boolean;
}

/**
 * A field's value as one line. A reference is compared by id (a read may carry its name, a write
 * does not); its name is shown when some read had it.
 */
function shown(field: RecordField, record: object, names: ReadonlyMap<string, string>): string {
  const value = (record as Record<string, unknown>)[field.key];
  if (field.kind === 'reference') {
    const id = asRecord(value).id;
    if (typeof id !== 'string' || id === '') return '';
    const name = asRecord(value).name;
    return names.get(id) ?? (typeof name === 'string' && name ? name : id);
  }
  return formatFieldValue(field, value);
}

/** Names of references (organizations) some of the records carry, by id. */
function referenceNames(fields: readonly RecordField[], records: readonly object[]) {
  const names = new Map<string, string>();
  for (const field of fields) {
    if (field.kind !== 'reference') continue;
    for (const record of records) {
      const ref = asRecord((record as Record<string, unknown>)[field.key]);
      if (typeof ref.id === 'string' && typeof ref.name === 'string' && ref.name)
        names.set(ref.id, ref.name);
    }
  }
  return names;
}

/**
 * Field by field, the records as they are now (`before`: one when matched, several when merged,
 * none when created) against the record enrich returned. A field is changed when its value after
 * differs from any record's value now; for a new record, when it has a value at all.
 */
export function diffRecords(
  fields: readonly RecordField[],
  before: readonly object[],
  after: object,
): FieldChange[] {
  const names = referenceNames(fields, [...before, after]);
  return fields.map((field) => {
    const was = before.map((record) => shown(field, record, names));
    const will = shown(field, after, names);
    const changed = before.length === 0 ? will !== '' : was.some((value) => value !== will);
    return { key: field.key, label: field.label, before: was, after: will, changed };
  });
}

export const changedOnly = (changes: readonly FieldChange[]) =>
  changes.filter((change) => change.changed);

/** "Title, Work phone": what a row would change, for a one-line summary. */
export const changedLabels = (changes: readonly FieldChange[]) =>
  changedOnly(changes)
    .map((change) => change.label)
    .join(', ');

/**
 * Where two results of the same request differ (the preview and what was stored), by field
 * label: someone changed the record in between, or the preview could not see it all.
 */
export function differingFields(
  preview: readonly FieldChange[],
  stored: readonly FieldChange[],
): string[] {
  const storedByKey = new Map(stored.map((change) => [change.key, change.after]));
  return preview
    .filter((change) => storedByKey.has(change.key) && storedByKey.get(change.key) !== change.after)
    .map((change) => change.label);
}
