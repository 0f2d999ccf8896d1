import Papa from 'papaparse';

/**
 * CSV files of exports: flat rows (column name → text), fixed columns per kind first, then one
 * column per custom field in key order, headed `<field title> [<field key>]`. Cells that a
 * spreadsheet would run as a formula are neutralised with a leading apostrophe (OWASP "CSV
 * injection"), except plain numbers (`-12`, `+4915112345678`) and phone numbers
 * (`+44 7700 900123`): made only of digits, spaces, `-()` and one leading `+`, they cannot call
 * anything, and an apostrophe would show in every phone cell of the spreadsheet.
 */

export type FlatRow = Record<string, string>;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const PHONE_SHAPE = /^\+[\d ()-]+$/;
/** Fewer digits reads as sums rather than a number (`+2-3`): those stay neutralised. */
const PHONE_MIN_DIGITS = 7;

const isPhone = (cell: string) =>
  PHONE_SHAPE.test(cell) && cell.replace(/\D/g, '').length >= PHONE_MIN_DIGITS;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) && !isPhone(cell) ? `'${cell}` : cell;
}

const CUSTOM_PREFIX = 'customFields.';
/** Where a row keeps the id of the schema its custom fields belong to. */
const SCHEMA_ID_COLUMN = 'schema.id';

/** A custom field's title in a schema (its current version, else the newest that had it). */
export type CustomFieldTitle = (schemaId: string, key: string) => string | undefined;

/**
 * `Loyalty tier [loyalty_enum]`: the title for people, the key for an import to map the column
 * back. A key is one column even when two schemas title it differently: the first row holding it
 * names it. Without a title (no schema on the row) the key stands in for it.
 */
export function customFieldHeader(key: string, title: string | undefined): string {
  return `${title?.trim() || key} [${key}]`;
}

/** A JSON value as one cell: lists joined with `|`, objects as JSON, absent as empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join('|');
  }
  return JSON.stringify(value);
}

/** The value at a dotted path of a JSON object (`address.city`), or undefined. */
export function at(json: unknown, path: string): unknown {
  let current: unknown = json;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Copies the listed dotted paths of `json` into a flat row, plus its custom fields. */
export function flatten(json: Record<string, unknown>, columns: readonly string[]): FlatRow {
  const row: FlatRow = {};
  for (const column of columns) {
    const text = cellText(at(json, column));
    if (text !== '') row[column] = text;
  }
  const custom = json.customFields;
  if (typeof custom === 'object' && custom !== null && !Array.isArray(custom)) {
    for (const [key, value] of Object.entries(custom)) {
      const text = cellText(value);
      if (text !== '') row[`${CUSTOM_PREFIX}${key}`] = text;
    }
  }
  return row;
}

export function renderCsv(
  fixedColumns: readonly string[],
  rows: readonly FlatRow[],
  titleOf: CustomFieldTitle = () => undefined,
): string {
  // Each custom column with the schema of the first row holding it, which titles it.
  const custom = new Map<string, string | undefined>();
  for (const row of rows) {
    for (const column of Object.keys(row)) {
      if (column.startsWith(CUSTOM_PREFIX) && !custom.has(column)) {
        custom.set(column, row[SCHEMA_ID_COLUMN]);
      }
    }
  }
  const customColumns = [...custom.keys()].sort();
  const columns = [...fixedColumns, ...customColumns];
  const fields = [
    ...fixedColumns,
    ...customColumns.map((column) => {
      const key = column.slice(CUSTOM_PREFIX.length);
      const schemaId = custom.get(column);
      return customFieldHeader(key, schemaId === undefined ? undefined : titleOf(schemaId, key));
    }),
  ].map(neutraliseFormula);
  const data = rows.map((row) => columns.map((column) => neutraliseFormula(row[column] ?? '')));
  // \r\n as RFC 4180 says; Excel and Sheets read both.
  return Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false });
}
