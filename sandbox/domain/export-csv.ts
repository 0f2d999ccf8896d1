import Papa from 'papaparse';

/**
 * CSV files of exports: flat rows (column name → text), fixed columns per kind first, then
 * `customFields.<key>` columns in key order. Cells that a spreadsheet would run as a formula are
 * neutralised with a leading apostrophe (OWASP "CSV injection"), except plain numbers such as
 * `-12` or `+4915112345678`, which no spreadsheet evaluates as anything but themselves.
 */

export type FlatRow = Record<string, string>;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
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
      if (text !== '') row[`customFields.${key}`] = text;
    }
  }
  return row;
}

export function renderCsv(fixedColumns: readonly string[], rows: readonly FlatRow[]): string {
  const custom = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) if (key.startsWith('customFields.')) custom.add(key);
  }
  const fields = [...fixedColumns, ...[...custom].sort()];
  const data = rows.map((row) => fields.map((field) => neutraliseFormula(row[field] ?? '')));
  // \r\n as RFC 4180 says; Excel and Sheets read both.
  return Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false });
}
