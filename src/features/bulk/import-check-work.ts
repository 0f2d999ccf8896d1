import { importPaths } from '@/models/record-fields';
import { toCsvText, unguardCell, UTF8_BOM } from './csv-cells';
import {
  customFieldKeyOf,
  customFieldMappingKey,
  SCHEMA_ID_KEY,
  type ImportSchema,
} from './csv-custom-fields';
import { columnByKey, type ColumnMapping } from './header-mapping';
import type { ImportEntity } from './import-entity';
import { EXTERNAL_ID_KEY, externalIdsOf } from './import-external-id';
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
  schema: ImportSchema | null,
  progress: Progress,
  entity: ImportEntity = 'contacts',
  externalSourceId = '',
): CheckedRow[] {
  const key = JSON.stringify([mapping, phoneCountry, schema, entity, externalSourceId]);
  if (lastCheck?.csv === csv && lastCheck.key === key) return lastCheck.rows;
  const total = csv.records.length;
  const rows = csv.records.map((record, index) => {
    if (index % PROGRESS_EVERY === 0) progress(index, total);
    return checkRecord(
      record,
      csv.headers,
      mapping,
      phoneCountry,
      schema,
      entity,
      externalSourceId,
    );
  });
  lastCheck = { csv, key, rows };
  return rows;
}

export function checkRows(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  phoneCountry: string,
  schema: ImportSchema | null,
  withRows: boolean,
  progress: Progress,
  entity: ImportEntity = 'contacts',
  /** The external source of the External id column's ids. */
  externalSourceId = '',
): CheckSummary {
  const rows = checkAll(csv, mapping, phoneCountry, schema, progress, entity, externalSourceId);
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

/** A custom field's value as the job reads a cell: the way Genesys' export files write it. */
function jobCell(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('|');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

interface JobColumn {
  header: string;
  target: string;
  cell: (row: CheckedRow) => string;
}

/**
 * The import job's file: the rows that passed, the mapped columns only, each under the path the
 * API's CSV settings name. Phones go as E.164 (read in the row's or the organisation's country
 * here, since the job reads numbers without a country), so every path stores the same number.
 * Custom fields go under `customFields.<key>` as checked here (checkboxes true/false, tags joined
 * with `|`), with a `Schema id` column (`schema.id`) naming the chosen schema on each row that
 * has any: the job writes them against the schema's current version. The External id column
 * goes under its own path as checked here; the job's import settings name its source.
 */
export function prepareJobFile(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  phoneCountry: string,
  schema: ImportSchema | null,
  progress: Progress,
  externalSourceId = '',
): PreparedFile {
  const headerAt = (index: number, key: string) => csv.headers[index] ?? key;
  const columns: JobColumn[] = mapping.flatMap((key, index): JobColumn[] => {
    if (key === EXTERNAL_ID_KEY) {
      return [
        {
          header: headerAt(index, key),
          target: EXTERNAL_ID_KEY,
          cell: (row) => (row.body ? (externalIdsOf(row.body)[0]?.value ?? '') : ''),
        },
      ];
    }
    const customKey = customFieldKeyOf(key);
    if (customKey !== null) {
      return [
        {
          header: headerAt(index, key),
          target: customFieldMappingKey(customKey),
          cell: (row) => jobCell((row.body?.customFields as Record<string, unknown>)?.[customKey]),
        },
      ];
    }
    const column = key ? columnByKey(key) : undefined;
    const field = column?.field;
    if (!column || !field) return [];
    const target = column.part ? column.key : importPaths(field)[0];
    if (!target) return [];
    const raw = (row: CheckedRow) => unguardCell(row.cells[index] ?? '').trim();
    return [
      {
        header: headerAt(index, key),
        target,
        cell: field.kind === 'phone' ? (row) => phoneE164(row.body?.[field.key]) ?? raw(row) : raw,
      },
    ];
  });
  if (schema && mapping.some((key) => customFieldKeyOf(key) !== null)) {
    columns.push({
      header: 'Schema id',
      target: SCHEMA_ID_KEY,
      cell: (row) => (row.body?.customFields ? schema.id : ''),
    });
  }
  const rows = checkAll(
    csv,
    mapping,
    phoneCountry,
    schema,
    progress,
    'contacts',
    externalSourceId,
  ).filter((row) => row.body);
  // The first column names each row's place in the chosen file (the job's own line numbers count
  // the uploaded file, without the rows left out): mapped to nothing, so only reports carry it.
  const cells = rows.map((row) => [
    String(row.rowNumber),
    ...columns.map((column) => column.cell(row)),
  ]);
  const headers = [SOURCE_ROW_HEADER, ...columns.map((column) => column.header)];
  return {
    csv: new Blob([UTF8_BOM, toCsvText(headers, cells)], { type: 'text/csv' }),
    headers,
    mappings: columns.map((column) => ({ sourceField: column.header, targetField: column.target })),
    rowCount: rows.length,
  };
}
