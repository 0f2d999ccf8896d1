import { coreTypeOfDefinition, fieldLabel } from '@/models/data-schema';
import { CORE_TYPE_LABELS } from './core-type-labels';
import type { SchemaSnapshot } from './schema-diff';

/** One attribute of a field (or of the schema) as one side of the diff shows it. */
export interface DiffLine {
  label: string;
  value: string;
  /** Against the other side: same, a different value, or absent there. */
  mark: 'same' | 'changed' | 'only-here';
}

export type DiffRowStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  key: string;
  title: string;
  status: DiffRowStatus;
  /** Null when the field is not in that version. */
  before: DiffLine[] | null;
  after: DiffLine[] | null;
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  coreType: 'Type',
  title: 'Title',
  description: 'Description',
  required: 'Required',
  minLength: 'Minimum length',
  maxLength: 'Maximum length',
  minimum: 'Minimum',
  maximum: 'Maximum',
  minItems: 'Minimum tags',
  maxItems: 'Maximum tags',
  'items.minLength': 'Minimum tag length',
  'items.maxLength': 'Maximum tag length',
  uniqueItems: 'Each tag only once',
  enum: 'Values',
};

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'boolean'
      ? value
        ? 'Yes'
        : 'No'
      : JSON.stringify(value);

/** A field definition as labelled, comparable attributes (enum values with their titles). */
function attributesOf(definition: unknown, required: boolean): Map<string, string> {
  const raw = (definition && typeof definition === 'object' ? definition : {}) as Record<
    string,
    unknown
  >;
  const out = new Map<string, string>();
  const coreType = coreTypeOfDefinition(raw);
  out.set('coreType', coreType ? CORE_TYPE_LABELS[coreType] : text(raw.allOf));
  out.set('required', required ? 'Yes' : 'No');
  for (const [name, value] of Object.entries(raw)) {
    if (name === 'allOf' || name === '_enumProperties' || value === undefined) continue;
    if (name === 'items' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [item, limit] of Object.entries(value as Record<string, unknown>)) {
        out.set(`items.${item}`, text(limit));
      }
      continue;
    }
    if (name === 'enum' && Array.isArray(value)) {
      const properties = (raw._enumProperties ?? {}) as Record<
        string,
        { title?: unknown; _disabled?: unknown } | undefined
      >;
      out.set(
        'enum',
        value
          .map((entry) => {
            const props = properties[String(entry)];
            const notes = [
              typeof props?.title === 'string' ? props.title : null,
              props?._disabled === true ? 'disabled' : null,
            ].filter(Boolean);
            return notes.length > 0 ? `${String(entry)} (${notes.join(', ')})` : String(entry);
          })
          .join(', '),
      );
      continue;
    }
    out.set(name, text(value));
  }
  return out;
}

function lines(mine: Map<string, string>, other: Map<string, string> | null): DiffLine[] {
  return [...mine].map(([name, value]) => ({
    label: ATTRIBUTE_LABELS[name] ?? name,
    value,
    mark:
      other === null || !other.has(name)
        ? 'only-here'
        : other.get(name) === value
          ? 'same'
          : 'changed',
  }));
}

function row(
  key: string,
  title: string,
  before: Map<string, string> | null,
  after: Map<string, string> | null,
): DiffRow {
  const beforeLines = before ? lines(before, after) : null;
  const afterLines = after ? lines(after, before) : null;
  const status: DiffRowStatus =
    before === null
      ? 'added'
      : after === null
        ? 'removed'
        : [...(beforeLines ?? []), ...(afterLines ?? [])].every((line) => line.mark === 'same')
          ? 'unchanged'
          : 'changed';
  return { key, title, status, before: beforeLines, after: afterLines };
}

/**
 * Two versions side by side: the schema's own settings first, then every field of either version
 * (the newer version's order, removed fields after), each attribute marked against the other side.
 */
export function sideBySide(before: SchemaSnapshot, after: SchemaSnapshot): DiffRow[] {
  const settings = (snapshot: SchemaSnapshot) => {
    const out = new Map<string, string>();
    out.set('name', snapshot.name);
    out.set('enabled', snapshot.enabled ? 'Yes' : 'No');
    if (typeof snapshot.jsonSchema.description === 'string') {
      out.set('description', snapshot.jsonSchema.description);
    }
    out.set('order', Object.keys(snapshot.jsonSchema.properties).join(', '));
    return out;
  };
  const schemaRow = row('', 'Schema', settings(before), settings(after));
  const relabel = (diffLines: DiffLine[] | null) =>
    diffLines?.map((line) => ({
      ...line,
      label:
        { name: 'Name', enabled: 'Enabled', description: 'Description', order: 'Field order' }[
          line.label
        ] ?? line.label,
    })) ?? null;
  const rows: DiffRow[] = [
    { ...schemaRow, before: relabel(schemaRow.before), after: relabel(schemaRow.after) },
  ];
  const oldFields = before.jsonSchema.properties;
  const newFields = after.jsonSchema.properties;
  const oldRequired = new Set(before.jsonSchema.required ?? []);
  const newRequired = new Set(after.jsonSchema.required ?? []);
  const keys = [
    ...Object.keys(newFields),
    ...Object.keys(oldFields).filter((key) => !Object.hasOwn(newFields, key)),
  ];
  for (const key of keys) {
    const was = Object.hasOwn(oldFields, key) ? oldFields[key] : undefined;
    const is = Object.hasOwn(newFields, key) ? newFields[key] : undefined;
    rows.push(
      row(
        key,
        fieldLabel(key, is ?? was ?? {}),
        was === undefined ? null : attributesOf(was, oldRequired.has(key)),
        is === undefined ? null : attributesOf(is, newRequired.has(key)),
      ),
    );
  }
  return rows;
}
