import { coreTypeOfField, customFieldProblems, fieldLabel } from '@/models/data-schema';
import type { CoreTypeLimitsByName, CoreTypeName, JsonSchemaDocument } from '@/models/data-schema';
import { YES_NO_VALUES } from './contact-csv-columns';
import { customFieldHeader, parseCustomFieldHeader } from './export-custom-fields';

/**
 * Custom-field columns on import. An export heads them `<title> [<key>]` (export-custom-fields.ts,
 * and Genesys' export job files alike); the key maps a column back to the field of the schema the
 * import was given, whatever its title says now. A mapping names such a column
 * `customFields.<key>`, the path Genesys' CSV settings take for it.
 */

export const CUSTOM_FIELD_PREFIX = 'customFields.';
/** The `Schema id` column's mapping key: each row's schema, checked against the chosen one. */
export const SCHEMA_ID_KEY = 'schema.id';

/** The schema an import's custom-field columns belong to, as the Web Worker checks rows with. */
export interface ImportSchema {
  id: string;
  version: number;
  name: string;
  document: JsonSchemaDocument;
  coreTypes: CoreTypeLimitsByName;
}

export const customFieldMappingKey = (key: string) => `${CUSTOM_FIELD_PREFIX}${key}`;

/** The field key a mapping key names, or null when it is not a custom field's. */
export const customFieldKeyOf = (mappingKey: string): string | null =>
  mappingKey.startsWith(CUSTOM_FIELD_PREFIX) ? mappingKey.slice(CUSTOM_FIELD_PREFIX.length) : null;

/** The mapping key of a header naming a custom field (`Loyalty tier [loyalty_enum]`), or ''. */
export function customFieldForHeader(header: string): string {
  const parsed = parseCustomFieldHeader(header);
  return parsed ? customFieldMappingKey(parsed.key) : '';
}

export const coreTypeIn = (document: JsonSchemaDocument, key: string): CoreTypeName | null => {
  const definition = Object.hasOwn(document.properties, key) ? document.properties[key] : undefined;
  return coreTypeOfField(key, definition);
};

/** The schema's fields as the column mapping offers them: `<title> [<key>]`, in key order. */
export function customFieldOptions(document: JsonSchemaDocument): { key: string; label: string }[] {
  return Object.keys(document.properties)
    .sort()
    .map((key) => ({
      key: customFieldMappingKey(key),
      label: customFieldHeader(key, fieldLabel(key, document.properties[key])),
    }));
}

type CellValue = { ok: true; value: unknown } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Tags: the console's files join them with `; ` (like Tags), Genesys' export jobs with `|`. */
const TAG_SEPARATOR = /[;|]/;

/**
 * One non-empty cell as the API stores the field's value, by its core type: numbers as numbers,
 * checkboxes from yes/no, true/false or 1/0 (what either kind of export writes), tags split on
 * `;` or `|` (so a tag itself cannot hold either), anything else as the text it is. The value is
 * then checked with the API's own rules (customFieldProblems: the enum's values, YYYY-MM-DD dates,
 * ISO date-times with a zone, lengths, ranges), so a row says what the API would refuse.
 */
export function customFieldCellValue(
  schema: Pick<ImportSchema, 'document' | 'coreTypes'>,
  key: string,
  cell: string,
): CellValue {
  const { document } = schema;
  if (!Object.hasOwn(document.properties, key)) {
    return { ok: false, message: `The schema has no field named ${key}.` };
  }
  const label = fieldLabel(key, document.properties[key]);
  let value: unknown;
  switch (coreTypeIn(document, key)) {
    case 'integer':
    case 'number':
      if (!NUMBER.test(cell)) {
        const what = coreTypeIn(document, key) === 'integer' ? 'a whole number' : 'a number';
        return { ok: false, message: `${label} must be ${what}, not “${cell}”.` };
      }
      value = Number(cell);
      break;
    case 'checkbox': {
      const flag = YES_NO_VALUES[cell.toLowerCase()];
      if (flag === undefined) {
        return { ok: false, message: `${label} must be yes or no (or true/false), not “${cell}”.` };
      }
      value = flag;
      break;
    }
    case 'tag':
      value = cell
        .split(TAG_SEPARATOR)
        .map((tag) => tag.trim())
        .filter(Boolean);
      break;
    default:
      value = cell;
  }
  const single: JsonSchemaDocument = { properties: { [key]: document.properties[key]! } };
  const problem = customFieldProblems({ [key]: value }, single, schema.coreTypes)[0];
  return problem ? { ok: false, message: problem.message } : { ok: true, value };
}

/** The schema's required fields a record's values leave out, as the API would name them. */
export function missingRequired(
  document: JsonSchemaDocument,
  values: Readonly<Record<string, unknown>>,
): { key: string; message: string }[] {
  return (document.required ?? [])
    .filter((key) => values[key] === undefined || values[key] === null)
    .map((key) => ({ key, message: `${fieldLabel(key, document.properties[key])} is required.` }));
}
