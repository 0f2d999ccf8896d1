import Papa from 'papaparse';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
 * OWASP): a contact named `=HYPERLINK(...)` must stay text when someone opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `-12`, `+4915112345678`, `3.5`: a number is read as itself. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** `+44 7700 900123`, `+1 (317) 555-0100`: one leading `+`, then digits, spaces and `-()` only. */
const PHONE_SHAPE = /^\+[\d ()-]+$/;
/** Fewer digits reads as a sum rather than a number (`+2-3`): those are still guarded. */
const PHONE_MIN_DIGITS = 7;

/**
 * A cell that starts like a formula but cannot call anything: without letters, quotes, `!`, `|`
 * or a second `+` there is no function, reference or command to reach. Phones are written as they
 * are, so a spreadsheet shows the number instead of `'+44 7700 900123` in every phone cell.
 */
export function isHarmlessFormulaStart(value: string): boolean {
  if (PLAIN_NUMBER.test(value)) return true;
  return PHONE_SHAPE.test(value) && value.replace(/\D/g, '').length >= PHONE_MIN_DIGITS;
}

/** A cell as written to the file: a leading single quote makes a spreadsheet show it as text. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !isHarmlessFormulaStart(value) ? `'${value}` : value;
}

/**
 * The reverse on import: files written before phones were left as they are hold "'+1 317…", and
 * re-import as "+1 317…".
 */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Rows of guarded cells, exactly as the file will hold them (the preview shows these). */
export function guardRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map(guardCell));
}

/**
 * The file's text: CRLF line ends (RFC 4180, what Excel writes) and every cell quoted only when
 * it must be. Cells are expected to be guarded already.
 */
export function toCsvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse([[...header], ...rows.map((row) => [...row])], { newline: '\r\n' });
}

/** A UTF-8 byte-order mark: without it Excel reads the file as the local code page. */
export const UTF8_BOM = '\uFEFF';
