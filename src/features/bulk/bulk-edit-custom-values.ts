import { coreTypeOfField, customFieldProblems, fieldLabel } from '@/models/data-schema';
import type {
  CoreTypeLimitsByName,
  CoreTypeName,
  FieldDefinition,
  JsonSchemaDocument,
} from '@/models/data-schema';
import type { RecordBase } from '@/models/record-fields';

/** One custom field of the selection's schema, as the bulk edit offers it. */
export interface CustomFieldChoice {
  key: string;
  label: string;
  coreType: CoreTypeName;
  definition: FieldDefinition;
  required: boolean;
}

export function customFieldChoices(document: JsonSchemaDocument): CustomFieldChoice[] {
  const required = new Set(document.required ?? []);
  return Object.entries(document.properties).flatMap(([key, definition]) => {
    const coreType = coreTypeOfField(key, definition);
    return coreType === null
      ? []
      : [
          {
            key,
            label: fieldLabel(key, definition),
            coreType,
            definition,
            required: required.has(key),
          },
        ];
  });
}

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
 * The typed value of a custom-field input (text, a checkbox, one tag a line, a local date and
 * time) as the API stores it, checked with the API's own rules (customFieldProblems). A value to
 * set must not be empty: emptying is what Clear is for.
 */
export function customFieldApiValue(
  field: CustomFieldChoice,
  input: unknown,
  coreTypes: CoreTypeLimitsByName = {},
): Converted {
  let value: unknown;
  const text = typeof input === 'string' ? input.trim() : '';
  switch (field.coreType) {
    case 'checkbox':
      value = input === true;
      break;
    case 'tag':
      value = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if ((value as string[]).length === 0) return { ok: false, message: emptyMessage(field) };
      break;
    case 'integer':
    case 'number':
      if (text === '') return { ok: false, message: emptyMessage(field) };
      value = Number(text);
      if (!Number.isFinite(value)) {
        return {
          ok: false,
          message: `${field.label} must be ${field.coreType === 'integer' ? 'a whole number' : 'a number'}.`,
        };
      }
      break;
    case 'datetime': {
      if (text === '') return { ok: false, message: emptyMessage(field) };
      const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text) ? new Date(text) : null;
      if (!date || Number.isNaN(date.getTime())) {
        return { ok: false, message: `${field.label} must be a date and time.` };
      }
      value = date.toISOString();
      break;
    }
    default:
      if (text === '') return { ok: false, message: emptyMessage(field) };
      value = text;
  }
  const document: JsonSchemaDocument = {
    properties: { [field.key]: field.definition },
    required: [],
  };
  const problem = customFieldProblems({ [field.key]: value }, document, coreTypes)[0];
  return problem ? { ok: false, message: problem.message } : { ok: true, value };
}

const emptyMessage = (field: CustomFieldChoice) =>
  `Type the new ${field.label}, or choose Clear to empty it.`;
