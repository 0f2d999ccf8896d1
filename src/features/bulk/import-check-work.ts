import { importPaths } from '@/models/record-fields';
import { columnByKey } from './contact-csv-columns';
import { toCsvText, unguardCell, UTF8_BOM } from './csv-cells';
import type { ColumnMapping } from './header-mapping';
import {
  PROBLEMS_SHOWN,
  type CheckSummary,
  type ParsedSummary,
  type PreparedFile,
} from './import-check-protocol';
import { checkRecord, type CheckedRow } from './import-rows';
import type { ParsedCsv } from './parse-csv';
import { phoneE164 } from './row-identities';

/** The work the import's Web Worker does, apart from the worker so that it can be tested. */

const SAMPLE_ROWS = 20;
export const SOURCE_ROW_HEADER = 'Row in the chosen file';
const PROGRESS_EVERY = 1_000;

export type Progress = (done: number, total: number) => void;

export const summarise = (csv: ParsedCsv): ParsedSummary => ({
  headers: csv.headers,
  rowCount: csv.records.length,
  sample: csv.records.slice(0, SAMPLE_ROWS),
});

/** The last check, so preparing a job's file after the page's check reads no row twice. */
let lastCheck: { csv: ParsedCsv; key: string; rows: CheckedRow[] } | null = null;

function checkAll(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  phoneCountry: string,
  progress: Progress,
): CheckedRow[] {
  const key = JSON.stringify([mapping, phoneCountry]);
  if (lastCheck?.csv === csv && lastCheck.key === key) return lastCheck.rows;
  const total = csv.records.length;
  const rows = csv.records.map((record, index) => {
    if (index % PROGRESS_EVERY === 0) progress(index, total);
    return checkRecord(record, csv.headers, mapping, phoneCountry);
  });
  lastCheck = { csv, key, rows };
  return rows;
}

export function checkRows(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  phoneCountry: string,
  withRows: boolean,
  progress: Progress,
): CheckSummary {
  const rows = checkAll(csv, mapping, phoneCountry, progress);
  const problems: CheckSummary['problems'] = [];
  let problemRowCount = 0;
  for (const row of rows) {
    if (row.problems.length === 0) continue;
    problemRowCount += 1;
    for (const problem of row.problems) {
      if (problems.length < PROBLEMS_SHOWN) problems.push(problem);
    }
  }
  return {
    ...(withRows ? { rows } : {}),
    goodCount: rows.length - problemRowCount,
    problemRowCount,
    problems,
  };
}

/**
 * The import job's file: the rows that passed, the mapped columns only, each under the path the
 * API's CSV settings name. Phones go as E.164 (read in the row's or the organisation's country
 * here, since the job reads numbers without a country), so every path stores the same number.
 */
export function prepareJobFile(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  phoneCountry: string,
  progress: Progress,
): PreparedFile {
  const columns = mapping.flatMap((key, index) => {
    const column = key ? columnByKey(key) : undefined;
    const field = column?.field;
    if (!column || !field) return [];
    const target = column.part ? column.key : importPaths(field)[0];
    if (!target) return [];
    return [{ index, key: field.key, kind: field.kind, header: csv.headers[index] ?? key, target }];
  });
  const rows = checkAll(csv, mapping, phoneCountry, progress).filter((row) => row.body);
  // The first column names each row's place in the chosen file (the job's own line numbers count
  // the uploaded file, without the rows left out): mapped to nothing, so only reports carry it.
  const cells = rows.map((row) => [
    String(row.rowNumber),
    ...columns.map((column) =>
      column.kind === 'phone'
        ? (phoneE164(row.body?.[column.key]) ?? unguardCell(row.cells[column.index] ?? '').trim())
        : unguardCell(row.cells[column.index] ?? '').trim(),
    ),
  ]);
  const headers = [SOURCE_ROW_HEADER, ...columns.map((column) => column.header)];
  return {
    csv: new Blob([UTF8_BOM, toCsvText(headers, cells)], { type: 'text/csv' }),
    headers,
    mappings: columns.map((column) => ({ sourceField: column.header, targetField: column.target })),
    rowCount: rows.length,
  };
}
