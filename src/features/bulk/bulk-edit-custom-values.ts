import { customFieldProblems } from '@/models/data-schema';
import type { CoreTypeLimitsByName, JsonSchemaDocument } from '@/models/data-schema';
import type { RecordBase } from '@/models/record-fields';
import { toApiValue, type CustomFieldFormValue, type SchemaField } from '@/features/schemas';

/** One custom field of the selection's schema, as the bulk edit offers it: the record form's. */
export type CustomFieldChoice = SchemaField;

/** Which schema the selected records share, which decides whether custom fields can be edited. */
export type SelectionSchema =
  | { kind: 'one'; id: string; version: number | undefined; name: string | undefined }
  | { kind: 'none' }
  | { kind: 'mixed'; schemas: number; withoutSchema: number };

/**
 * Custom fields are set in bulk only when every record is on the same schema: a field belongs to
 * a schema (the same key in two schemas may carry other rules), and putting a record on another
 * schema would drop the values of its own.
 */
export function selectionSchema(records: readonly RecordBase[]): SelectionSchema {
  const ids = new Set<string>();
  let withoutSchema = 0;
  for (const record of records) {
    if (record.schema?.id) ids.add(record.schema.id);
    else withoutSchema += 1;
  }
  if (ids.size === 0) return { kind: 'none' };
  const first = records.find((record) => record.schema?.id);
  if (ids.size === 1 && withoutSchema === 0 && first?.schema?.id) {
    return {
      kind: 'one',
      id: first.schema.id,
      version: first.schema.version,
      name: first.schema.name,
    };
  }
  return { kind: 'mixed', schemas: ids.size, withoutSchema };
}

type Converted = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The typed value of a custom-field input (the record form's inputs and conversion) as the API
 * stores it, checked with the API's own rules (customFieldProblems). A value to set must not be
 * empty: emptying is what Clear is for (a checkbox's false is a value).
 */
export function customFieldApiValue(
  field: CustomFieldChoice,
  input: CustomFieldFormValue | undefined,
  coreTypes: CoreTypeLimitsByName = {},
): Converted {
  const converted = toApiValue(field, typeof input === 'string' ? input.trim() : input);
  if (!converted.ok) return converted;
  const value = field.coreType === 'checkbox' ? input === true : converted.value;
  if (value === undefined) return { ok: false, message: emptyMessage(field) };
  const document: JsonSchemaDocument = {
    properties: { [field.key]: field.definition },
    required: [],
  };
  const problem = customFieldProblems({ [field.key]: value }, document, coreTypes)[0];
  return problem ? { ok: false, message: problem.message } : { ok: true, value };
}

const emptyMessage = (field: CustomFieldChoice) =>
  `Type the new ${field.label}, or choose Clear to empty it.`;
