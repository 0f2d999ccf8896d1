import Papa from 'papaparse';

/**
 * Up to this many rows a file is imported from the tab: each row is looked up and shown before
 * anything is sent (about two lookups a row, a few minutes at Genesys' 300 requests a minute).
 * Larger files go to a Genesys import job, which matches rows itself.
 */
export const MAX_BROWSER_ROWS = 1_000;
/** Genesys' own importer takes CSV files up to 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface CsvRecord {
  /** As a spreadsheet numbers it: the header is row 1, so the first contact is row 2. */
  rowNumber: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
}

export type ParseResult = { ok: true; csv: ParsedCsv } | { ok: false; message: string };

/** Browsers name a CSV file's type in several ways (Windows says it is an Excel sheet). */
const CSV_TYPES = new Set(['', 'text/csv', 'text/plain', 'application/vnd.ms-excel']);

/** Checks what can be told before reading: the name, the type, the size. */
export function checkFile(file: { name: string; type: string; size: number }): string | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!(extension === 'csv' || extension === 'txt') || !CSV_TYPES.has(file.type)) {
    return `“${file.name}” is not a CSV file. Save the sheet as CSV (comma-separated values) and choose it again.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_IMPORT_BYTES) {
    return `“${file.name}” is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Genesys Cloud imports at once. Split it into smaller files.`;
  }
  return null;
}

/**
 * Reads the text of a CSV file with a header row. Blank lines are skipped but still counted, so
 * row numbers match what a spreadsheet shows. The delimiter is detected (a comma, or the
 * semicolon some European spreadsheet settings write).
 */
export function parseCsvText(text: string, fileName = 'The file'): ParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.includes('\u0000')) {
    return {
      ok: false,
      message: `${fileName} is not a CSV file: it holds binary data. Save the sheet as CSV and choose it again.`,
    };
  }
  if (body.trim() === '') return { ok: false, message: `${fileName} is empty.` };
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false });
  // A file with a single column has no delimiter to detect: that is fine.
  const error = parsed.errors.find((entry) => entry.type !== 'Delimiter');
  if (error) {
    const where = error.row === undefined ? '' : ` (row ${error.row + 1})`;
    return { ok: false, message: `${fileName} is not valid CSV${where}: ${error.message}.` };
  }
  const [headerRow, ...rest] = parsed.data;
  const headers = (headerRow ?? []).map((cell) => cell.trim());
  if (headers.every((cell) => cell === '')) {
    return {
      ok: false,
      message: `${fileName} has no header row: its first row must name the columns (for example First name, Last name, Work email).`,
    };
  }
  const records: CsvRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    records.push({ rowNumber: index + 2, cells });
  });
  if (records.length === 0) {
    return { ok: false, message: `${fileName} has a header row but no contacts under it.` };
  }
  return { ok: true, csv: { headers, records } };
}
