import type { ImportSchema } from './csv-custom-fields';
import type { ColumnMapping } from './header-mapping';
import type { ImportEntity } from './import-entity';
import type { CheckedRow, RowProblem } from './import-rows';
import type { CsvRecord } from './parse-csv';

/**
 * Messages between the Import page and its Web Worker (import-check.worker.ts): the file is read
 * and every row checked there, so a 50 MB file never freezes the page. The worker keeps the
 * parsed file; the page asks for checks as the mapping changes.
 */
export type CheckRequest =
  | { id: number; kind: 'parse'; file: Blob; fileName: string }
  | {
      id: number;
      kind: 'check';
      mapping: ColumnMapping;
      phoneCountry: string;
      schema: ImportSchema | null;
      rows: boolean;
      /** Which form's rules the rows are checked with. */
      entity: ImportEntity;
      /** The external source of the External id column's ids ('' when none is mapped). */
      externalSourceId: string;
    }
  | {
      id: number;
      kind: 'prepare';
      mapping: ColumnMapping;
      phoneCountry: string;
      schema: ImportSchema | null;
      externalSourceId: string;
    };

export interface ParsedSummary {
  headers: string[];
  rowCount: number;
  /** The first rows, for the column mapping's examples. */
  sample: CsvRecord[];
}

export interface CheckSummary {
  /** Every row, when asked for (the in-browser path shows and sends each). */
  rows?: CheckedRow[];
  goodCount: number;
  problemRowCount: number;
  /** The first problems (all of them, up to PROBLEMS_SHOWN). */
  problems: RowProblem[];
}

/** The rows that passed, as the CSV an import job uploads (phones in E.164). */
export interface PreparedFile {
  csv: Blob;
  headers: string[];
  /** The CSV settings' mappings: each header → the contact's JSON path. */
  mappings: { sourceField: string; targetField: string }[];
  rowCount: number;
}

export type CheckResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'failed'; message: string }
  | { id: number; kind: 'parsed'; summary: ParsedSummary }
  | { id: number; kind: 'checked'; summary: CheckSummary }
  | { id: number; kind: 'prepared'; file: PreparedFile };

export const PROBLEMS_SHOWN = 500;
