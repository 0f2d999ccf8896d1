import Papa from 'papaparse';
import type { ImportFailureRecord, ImportJobRecord, ImportStep } from '../db/imports-repo.ts';
import { neutraliseFormula } from './export-csv.ts';

/**
 * A step's failure report as CSV: UTF-8 with a BOM (so spreadsheets read accented names right),
 * CRLF line ends, RFC 4180 quoting, and the export files' formula guard on every cell. Columns:
 * `Row` (the line in the uploaded file, as `statusDetails` quotes it), `Error` (the reason), then
 * the file's own columns with the row's cells as read. Row and Error come first so every cell stays
 * under its own header even in a row that has more values than the header has columns; shorter
 * rows are padded with empty cells.
 *
 * Produced page by page from the failures table, so a report of tens of thousands of rows never
 * sits in memory whole: the HTTP response pulls the next page only when it has sent the last.
 */

export const REPORT_PAGE_ROWS = 1000;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export type FailurePages = (
  jobId: string,
  step: ImportStep,
  afterRow: number,
  limit: number,
) => ImportFailureRecord[];

/** `Row`, else `Row 2`, …: the report's own columns must not repeat a name the file uses. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base} ${suffix}`)) suffix += 1;
  return `${base} ${suffix}`;
}

export function reportHeader(fileColumns: readonly string[]): string[] {
  const taken = new Set(fileColumns);
  const row = freeName('Row', taken);
  const error = freeName('Error', new Set([...taken, row]));
  return [row, error, ...fileColumns];
}

function lines(rows: readonly (readonly string[])[]): string {
  const data = rows.map((cells) => cells.map(neutraliseFormula));
  return `${Papa.unparse(data, { newline: CRLF, quotes: false })}${CRLF}`;
}

function reportRow(failure: ImportFailureRecord, width: number): string[] {
  const cells = [...failure.cells];
  while (cells.length < width) cells.push('');
  return [String(failure.rowNumber), failure.reason, ...cells];
}

/** The report's text in pieces: the header line, then one piece per page of failures. */
export function* importReportCsv(
  pages: FailurePages,
  job: ImportJobRecord,
  step: ImportStep,
  pageRows: number = REPORT_PAGE_ROWS,
): Generator<string, void, undefined> {
  const columns = job.metadata.fileColumns ?? [];
  yield `${BOM}${lines([reportHeader(columns)])}`;
  let after = 0;
  for (;;) {
    const page = pages(job.id, step, after, pageRows);
    if (page.length > 0) yield lines(page.map((failure) => reportRow(failure, columns.length)));
    const last = page[page.length - 1];
    if (last === undefined || page.length < pageRows) return;
    after = last.rowNumber;
  }
}
