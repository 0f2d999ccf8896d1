import type { JsonSchemaDocument } from '@/models/data-schema';
import type { SchemaSnapshot } from './schema-diff';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reapplies the author's edits (from `base`, the version they opened, to `mine`) on top of
 * `theirs`, the newer version someone else saved. Field by field: a field the author added,
 * changed or removed takes the author's state; every other field keeps the newer version's. The
 * result is shown to the author to review and save again; nothing is sent by this function.
 */
export function reapplyEdits(
  base: SchemaSnapshot,
  mine: SchemaSnapshot,
  theirs: SchemaSnapshot,
): SchemaSnapshot {
  const baseFields = base.jsonSchema.properties;
  const myFields = mine.jsonSchema.properties;
  const properties: JsonSchemaDocument['properties'] = { ...theirs.jsonSchema.properties };
  for (const key of Object.keys(baseFields)) {
    if (!Object.hasOwn(myFields, key)) delete properties[key];
  }
  for (const [key, definition] of Object.entries(myFields)) {
    const original = Object.hasOwn(baseFields, key) ? baseFields[key] : undefined;
    if (!same(original, definition)) properties[key] = definition;
  }
  const baseRequired = new Set(base.jsonSchema.required ?? []);
  const myRequired = new Set(mine.jsonSchema.required ?? []);
  const required = new Set(theirs.jsonSchema.required ?? []);
  for (const key of new Set([...baseRequired, ...myRequired])) {
    if (baseRequired.has(key) && !myRequired.has(key)) required.delete(key);
    if (!baseRequired.has(key) && myRequired.has(key)) required.add(key);
  }
  const kept = [...required].filter((key) => Object.hasOwn(properties, key));
  const jsonSchema: JsonSchemaDocument = { ...theirs.jsonSchema, properties };
  for (const attribute of ['title', 'description']) {
    if (!same(base.jsonSchema[attribute], mine.jsonSchema[attribute])) {
      jsonSchema[attribute] = mine.jsonSchema[attribute];
    }
  }
  if (kept.length > 0) jsonSchema.required = kept;
  else delete jsonSchema.required;
  return {
    name: base.name !== mine.name ? mine.name : theirs.name,
    enabled: base.enabled !== mine.enabled ? mine.enabled : theirs.enabled,
    jsonSchema,
  };
}
