import Papa from 'papaparse';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
 * OWASP): a contact named `=HYPERLINK(...)` must stay text when someone opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written to the file: a leading single quote makes a spreadsheet show it as text. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The reverse on import, so an exported "+1 317…" phone re-imports as "+1 317…". */
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
