import type * as z from 'zod/mini';
import { externalContactWriteSchema } from '@/models/external-contact';
import { contactRowRules } from './contact-row-rules';
import { columnByKey, NAME_FIELDS, NAME_KEYS } from './contact-csv-columns';
import { unguardCell } from './csv-cells';
import type { ColumnMapping } from './header-mapping';
import type { CsvRecord } from './parse-csv';

export interface RowProblem {
  rowNumber: number;
  /** The file's header of the column at fault, as the user wrote it. */
  column: string;
  message: string;
}

export interface CheckedRow {
  rowNumber: number;
  cells: string[];
  /** The POST body (without division) when the row has no problem. */
  body: Record<string, unknown> | null;
  problems: RowProblem[];
}

/** The form's field names (a phone's "<key>.display") are the CSV layout's keys ("<key>"). */
function columnKeyOf(formField: string): string {
  return formField.endsWith('.display') ? formField.slice(0, -'.display'.length) : formField;
}

/**
 * Checks one record with the contact form's own schema (src/models limits and messages), then
 * the body it builds with the API's write schema, which checks what only the body shows (the
 * phone country). Each problem names the file's column it came from.
 */
export function checkRecord(
  record: CsvRecord,
  headers: readonly string[],
  mapping: ColumnMapping,
  /** The organisation's country, for rows whose phone country cell is empty. */
  phoneCountry = '',
): CheckedRow {
  const problems: RowProblem[] = [];
  const headerOf = (key: string) => {
    const index = mapping.indexOf(key);
    return index >= 0 ? (headers[index] ?? key) : (columnByKey(key)?.header ?? key);
  };
  const problem = (key: string, message: string) =>
    problems.push({ rowNumber: record.rowNumber, column: headerOf(key), message });

  const values = contactRowRules.toFormValues();
  mapping.forEach((key, index) => {
    const column = key ? columnByKey(key) : undefined;
    if (!column?.write) return;
    const cell = unguardCell(record.cells[index] ?? '').trim();
    const cellProblem = column.problem?.(cell);
    if (cellProblem) problem(key, cellProblem);
    column.write(values, cell);
  });
  // A row without a phone country reads its national numbers in the organisation's.
  values.phoneCountry ||= phoneCountry;
  const written = values as unknown as Record<string, unknown>;
  if (NAME_KEYS.every((key) => !written[key])) {
    problem(
      NAME_KEYS.find((key) => mapping.includes(key)) ?? NAME_KEYS.at(-1) ?? '',
      `A contact needs ${NAME_FIELDS.map((field) => `a ${field.label.toLowerCase()}`).join(' or ')}.`,
    );
  }
  const extra = record.cells.slice(headers.length).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    problems.push({
      rowNumber: record.rowNumber,
      column: '(past the last column)',
      message: `This row has ${extra.length} more cell(s) than the header names: check its quotes and commas.`,
    });
  }

  const addIssues = (issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const path = issue.path.map(String).join('.');
      problem(columnKeyOf(contactRowRules.formFieldFor(path) ?? path), issue.message);
    }
  };
  const form = contactRowRules.schema.safeParse(values);
  if (!form.success) {
    addIssues(form.error.issues);
    return { rowNumber: record.rowNumber, cells: record.cells, body: null, problems };
  }
  const body = contactRowRules.toWriteBody(form.data);
  const write = externalContactWriteSchema.safeParse(body);
  if (!write.success) addIssues(write.error.issues);
  return {
    rowNumber: record.rowNumber,
    cells: record.cells,
    body: problems.length === 0 ? body : null,
    problems,
  };
}

export function checkRecords(
  records: readonly CsvRecord[],
  headers: readonly string[],
  mapping: ColumnMapping,
  phoneCountry = '',
): CheckedRow[] {
  return records.map((record) => checkRecord(record, headers, mapping, phoneCountry));
}
