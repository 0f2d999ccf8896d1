import { fieldLabel, type JsonSchemaDocument } from '@/models/data-schema';

/** What a version is made of, for comparing two of them. */
export interface SchemaSnapshot {
  name: string;
  enabled: boolean;
  jsonSchema: JsonSchemaDocument;
}

export type DiffChange =
  | { kind: 'schema'; attribute: string; before: unknown; after: unknown }
  | { kind: 'added'; key: string; title: string }
  | { kind: 'removed'; key: string; title: string }
  | { kind: 'order'; before: string[]; after: string[] }
  | {
      kind: 'changed';
      key: string;
      title: string;
      attribute: string;
      before: unknown;
      after: unknown;
    };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Attributes compared one by one; `required` is the document's list, shown per field. */
function attributesOf(
  definition: Record<string, unknown>,
  required: boolean,
): Record<string, unknown> {
  return { ...definition, required };
}

/**
 * The readable difference from `before` to `after`: schema name/enabled/description, fields
 * added and removed, and each changed attribute of a kept field (enum values, titles, limits,
 * required…), in the order of `after`'s fields.
 */
export function diffSchemas(before: SchemaSnapshot, after: SchemaSnapshot): DiffChange[] {
  const changes: DiffChange[] = [];
  if (before.name !== after.name) {
    changes.push({ kind: 'schema', attribute: 'name', before: before.name, after: after.name });
  }
  if (before.enabled !== after.enabled) {
    changes.push({
      kind: 'schema',
      attribute: 'enabled',
      before: before.enabled,
      after: after.enabled,
    });
  }
  for (const attribute of ['title', 'description']) {
    const a = before.jsonSchema[attribute];
    const b = after.jsonSchema[attribute];
    if (!same(a, b)) changes.push({ kind: 'schema', attribute, before: a, after: b });
  }
  const oldFields = before.jsonSchema.properties;
  const newFields = after.jsonSchema.properties;
  const oldRequired = new Set(before.jsonSchema.required ?? []);
  const newRequired = new Set(after.jsonSchema.required ?? []);
  for (const [key, definition] of Object.entries(newFields)) {
    const title = fieldLabel(key, definition);
    const previous = Object.hasOwn(oldFields, key) ? oldFields[key] : undefined;
    if (previous === undefined) {
      changes.push({ kind: 'added', key, title });
      continue;
    }
    const a = attributesOf(previous, oldRequired.has(key));
    const b = attributesOf(definition, newRequired.has(key));
    for (const attribute of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!same(a[attribute], b[attribute])) {
        changes.push({
          kind: 'changed',
          key,
          title,
          attribute,
          before: a[attribute],
          after: b[attribute],
        });
      }
    }
  }
  for (const [key, definition] of Object.entries(oldFields)) {
    if (!Object.hasOwn(newFields, key)) {
      changes.push({ kind: 'removed', key, title: fieldLabel(key, definition) });
    }
  }
  // The order is the order of the record form: a move is a change too.
  const kept = (fields: Record<string, unknown>, other: Record<string, unknown>) =>
    Object.keys(fields).filter((key) => Object.hasOwn(other, key));
  const oldOrder = kept(oldFields, newFields);
  const newOrder = kept(newFields, oldFields);
  if (!same(oldOrder, newOrder)) changes.push({ kind: 'order', before: oldOrder, after: newOrder });
  return changes;
}

const shown = (value: unknown) => (value === undefined ? '(not set)' : JSON.stringify(value));

/** One sentence per change, for lists and screen readers alike. */
export function describeChange(change: DiffChange): string {
  switch (change.kind) {
    case 'schema':
      return `Schema ${change.attribute}: ${shown(change.before)} → ${shown(change.after)}`;
    case 'added':
      return `Field added: ${change.title} (${change.key})`;
    case 'removed':
      return `Field removed: ${change.title} (${change.key})`;
    case 'order':
      return `Field order: ${change.before.join(', ')} → ${change.after.join(', ')}`;
    case 'changed':
      return `${change.title} (${change.key}) ${change.attribute}: ${shown(change.before)} → ${shown(change.after)}`;
  }
}
