import * as z from 'zod/mini';
import {
  coreTypeOfField,
  coreTypeOfFieldKey,
  customFieldProblems,
  fieldLabel,
} from '@/models/data-schema';
import type {
  CoreTypeLimitsByName,
  CoreTypeName,
  FieldDefinition,
  FieldProblem,
  JsonSchemaDocument,
} from '@/models/data-schema';

/**
 * The form-value contract of custom fields, shared by every form that embeds CustomFieldsSection
 * (contacts, organizations):
 *
 *   schemaId: string                                 '' = no schema
 *   customFields: Record<fieldKey, CustomFieldFormValue>
 *
 * Each value is what its input holds: text for text-like, enum, number, date and datetime inputs
 * (an empty string = no value), a boolean for a checkbox, a list of strings for tags. The API
 * shape (`schema: {id, version}` + typed `customFields`) is made by `customFieldsToApi`, and the
 * form's values from a record by `customFieldsToForm`; validation runs the shared
 * `customFieldProblems` on the converted values so the form and the API agree on every rule.
 */
export type CustomFieldFormValue = string | boolean | string[];
export type CustomFieldFormValues = Record<string, CustomFieldFormValue>;

export interface CustomFieldsFormPart {
  schemaId: string;
  customFields: CustomFieldFormValues;
}

/** One field of a schema in display order, with its resolved core type. */
export interface SchemaField {
  key: string;
  coreType: CoreTypeName;
  definition: FieldDefinition;
  label: string;
  required: boolean;
}

export function schemaFields(document: JsonSchemaDocument): SchemaField[] {
  const required = new Set(document.required ?? []);
  const fields: SchemaField[] = [];
  for (const [key, definition] of Object.entries(document.properties)) {
    const coreType = coreTypeOfField(key, definition);
    if (coreType === null) continue;
    fields.push({
      key,
      coreType,
      definition,
      label: fieldLabel(key, definition),
      required: required.has(key),
    });
  }
  return fields;
}

export function emptyFormValue(coreType: CoreTypeName): CustomFieldFormValue {
  if (coreType === 'checkbox') return false;
  if (coreType === 'tag') return [];
  return '';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO instant → the `YYYY-MM-DDTHH:mm:ss` a datetime-local input shows, in the browser's zone. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** datetime-local text (browser's zone, no zone written) → ISO with Z, as the API wants. */
export function localInputToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function toFormValue(coreType: CoreTypeName, value: unknown): CustomFieldFormValue {
  if (value === null || value === undefined) return emptyFormValue(coreType);
  switch (coreType) {
    case 'checkbox':
      return value === true;
    case 'tag':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    case 'datetime':
      return typeof value === 'string' ? isoToLocalInput(value) : String(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? String(value) : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export function customFieldsToForm(
  document: JsonSchemaDocument | null,
  customFields: unknown,
): CustomFieldFormValues {
  const stored =
    customFields && typeof customFields === 'object' && !Array.isArray(customFields)
      ? (customFields as Record<string, unknown>)
      : {};
  const values: CustomFieldFormValues = {};
  for (const field of document ? schemaFields(document) : []) {
    values[field.key] = toFormValue(field.coreType, stored[field.key]);
  }
  return values;
}

type Converted = { ok: true; value: unknown } | { ok: false; message: string };

/** A form value → the API's typed value; undefined = leave the field out (no value). */
export function toApiValue(field: SchemaField, input: CustomFieldFormValue | undefined): Converted {
  if (input === undefined) return { ok: true, value: undefined };
  switch (field.coreType) {
    case 'checkbox':
      return { ok: true, value: input === true };
    case 'tag': {
      const tags = Array.isArray(input) ? input : [];
      return { ok: true, value: tags.length > 0 ? tags : undefined };
    }
    case 'integer':
    case 'number': {
      const text = typeof input === 'string' ? input.trim() : '';
      if (text === '') return { ok: true, value: undefined };
      const value = Number(text);
      if (!Number.isFinite(value)) {
        return {
          ok: false,
          message: `${field.label} must be ${field.coreType === 'integer' ? 'a whole number' : 'a number'}.`,
        };
      }
      return { ok: true, value };
    }
    case 'datetime': {
      const text = typeof input === 'string' ? input.trim() : '';
      if (text === '') return { ok: true, value: undefined };
      const iso = localInputToIso(text);
      return iso === null
        ? { ok: false, message: `${field.label} must be a date and time.` }
        : { ok: true, value: iso };
    }
    default: {
      const text = typeof input === 'string' ? input : '';
      return { ok: true, value: text === '' ? undefined : text };
    }
  }
}

export interface CustomFieldsApiResult {
  /** `customFields` for the body: only fields with a value; null when there are none. */
  customFields: Record<string, unknown> | null;
  /** Conversion and schema problems, fieldNames `customFields.<key>` as the API names them. */
  problems: FieldProblem[];
}

/** The typed values of a form, checked with the same rules the API applies. */
export function customFieldsToApi(
  document: JsonSchemaDocument,
  values: CustomFieldFormValues,
  coreTypes: CoreTypeLimitsByName = {},
): CustomFieldsApiResult {
  const customFields: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const field of schemaFields(document)) {
    const converted = toApiValue(field, values[field.key]);
    if (!converted.ok) {
      problems.push({ fieldName: `customFields.${field.key}`, message: converted.message });
    } else if (converted.value !== undefined) {
      customFields[field.key] = converted.value;
    }
  }
  const failed = new Set(problems.map((problem) => problem.fieldName));
  for (const problem of customFieldProblems(customFields, document, coreTypes)) {
    // A field whose text could not be read is already reported; "is required" would mislead.
    if (!failed.has(problem.fieldName)) problems.push(problem);
  }
  return {
    customFields: Object.keys(customFields).length > 0 ? customFields : null,
    problems,
  };
}

/**
 * A record's stored values in form shape without its schema at hand: a key's `_<coretype>` suffix
 * names its type (the API enforces the pattern), so form defaults need no extra request.
 */
export function customFieldsToFormByKey(customFields: unknown): CustomFieldFormValues {
  const stored =
    customFields && typeof customFields === 'object' && !Array.isArray(customFields)
      ? (customFields as Record<string, unknown>)
      : {};
  const values: CustomFieldFormValues = {};
  for (const [key, value] of Object.entries(stored)) {
    const coreType = coreTypeOfFieldKey(key);
    if (coreType !== null) values[key] = toFormValue(coreType, value);
  }
  return values;
}

/** The zod shape of the two form fields, for forms that validate their values with zod. */
export const customFieldFormValueSchema = z.union([z.string(), z.boolean(), z.array(z.string())]);
export const customFieldsFormPartShape = {
  schemaId: z.string(),
  customFields: z.record(z.string(), customFieldFormValueSchema),
};
