import Papa from 'papaparse';

/**
 * Reading an uploaded CSV: UTF-8 (a BOM is allowed), comma-separated, a header row, then data
 * rows. Problems are reported per line, the way `ValidationResult` lists them.
 */

/**
 * Undocumented by Genesys, whose limit is the file's 50 MB; keeps one upload's work and memory
 * bounded while a 50 MB file of short rows (about 500,000) still goes through.
 */
export const MAX_CSV_ROWS = 1_000_000;
export const PREVIEW_ROWS = 10;

export interface CsvProblem {
  lineNumber: number;
  message: string;
}

export interface ParsedCsv {
  fileEncodingValid: boolean;
  separatorValid: boolean;
  headers: string[];
  /** Data rows (header excluded), each with its line number in the file. */
  rows: { lineNumber: number; cells: string[] }[];
  errors: CsvProblem[];
}

const SEPARATORS = [',', ';', '\t', '|'];

export function parseUploadedCsv(bytes: Buffer): ParsedCsv {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      fileEncodingValid: false,
      separatorValid: false,
      headers: [],
      rows: [],
      errors: [{ lineNumber: 1, message: 'The file is not valid UTF-8 text.' }],
    };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: SEPARATORS,
  });
  const separatorValid = result.meta.delimiter === ',';
  const [header = [], ...data] = result.data;
  const headers = header.map((cell) => cell.trim());
  // A one-column file has no delimiter to detect; Papa's fallback to ',' is right for it.
  const errors: CsvProblem[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ lineNumber: (error.row ?? 0) + 1, message: error.message }));
  if (!separatorValid) {
    errors.push({
      lineNumber: 1,
      message: `Columns must be separated by commas; this file uses ${JSON.stringify(result.meta.delimiter)}.`,
    });
  }
  if (headers.length === 0) errors.push({ lineNumber: 1, message: 'The file has no header row.' });
  headers.forEach((name, index) => {
    if (name === '') errors.push({ lineNumber: 1, message: `Column ${index + 1} has no name.` });
    else if (headers.indexOf(name) !== index) {
      errors.push({ lineNumber: 1, message: `The column name "${name}" appears twice.` });
    }
  });
  if (data.length > MAX_CSV_ROWS) {
    errors.push({
      lineNumber: MAX_CSV_ROWS + 2,
      message: `The file has ${data.length} data rows; at most ${MAX_CSV_ROWS} are accepted.`,
    });
  }
  // skipEmptyLines drops blank lines, so line numbers are approximate only in their presence.
  const rows = data.map((cells, index) => ({ lineNumber: index + 2, cells }));
  rows.forEach((row) => {
    if (row.cells.length !== headers.length && headers.length > 0) {
      errors.push({
        lineNumber: row.lineNumber,
        message: `Line ${row.lineNumber} has ${row.cells.length} values; the header has ${headers.length} columns.`,
      });
    }
  });
  return { fileEncodingValid: true, separatorValid, headers, rows, errors };
}

/** An upload a job can import: readable, comma-separated, with a usable header. */
export function isImportable(csv: ParsedCsv): boolean {
  return (
    csv.fileEncodingValid &&
    csv.separatorValid &&
    csv.headers.length > 0 &&
    csv.rows.length <= MAX_CSV_ROWS &&
    !csv.errors.some((error) => error.lineNumber === 1)
  );
}
