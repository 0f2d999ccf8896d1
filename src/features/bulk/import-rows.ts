import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';
import type * as z from 'zod/mini';
import { fieldsOfKind } from '@/models/record-fields';
import { unguardCell } from './csv-cells';
import {
  customFieldCellValue,
  customFieldKeyOf,
  SCHEMA_ID_KEY,
  type ImportSchema,
} from './csv-custom-fields';
import { columnByKey, type ColumnMapping } from './header-mapping';
import { importKind, type ImportEntity } from './import-entity';
import { EXTERNAL_ID_KEY, readExternalIdCell, setExternalId } from './import-external-id';
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

const normalised = (header: string) => header.toLowerCase().replace(/[\s_\-.]+/g, '');
let e164Columns: {
  headers: readonly string[];
  entity: ImportEntity;
  indexes: number[];
} | null = null;

/**
 * The country of the first phone the row gives in E.164. Export job files write each phone's
 * `display` as it was typed (a national "07911 123456" too) and its `e164` beside it; the import
 * maps the display and reads it in this country, so the number stays the one stored.
 */
function e164Country(
  record: CsvRecord,
  headers: readonly string[],
  fallback: string,
  entity: ImportEntity,
): string {
  if (e164Columns?.headers !== headers || e164Columns.entity !== entity) {
    const phoneKeys = fieldsOfKind(importKind(entity).fields, 'phone').map((field) => field.key);
    const wanted = new Set(phoneKeys.map((key) => normalised(`${key}.e164`)));
    const indexes = headers.flatMap((header, index) =>
      wanted.has(normalised(header)) ? [index] : [],
    );
    e164Columns = { headers, entity, indexes };
  }
  for (const index of e164Columns.indexes) {
    const cell = unguardCell(record.cells[index] ?? '').trim();
    const parsed = cell.startsWith('+') ? parsePhoneNumberFromString(cell) : undefined;
    if (!parsed?.country) continue;
    // Countries share a plan (+44: GB, GG, IM, JE): the organisation's, when it is one of them.
    const sharesPlan =
      isSupportedCountry(fallback) && getCountryCallingCode(fallback) === parsed.countryCallingCode;
    return sharesPlan ? fallback : parsed.country;
  }
  return '';
}

/**
 * Checks one record with its form's own schema (src/models limits and messages), then the body it
 * builds with the API's write schema, which checks what only the body shows (the phone
 * country). Each problem names the file's column it came from.
 */
export function checkRecord(
  record: CsvRecord,
  headers: readonly string[],
  mapping: ColumnMapping,
  /** The organisation's country, for rows whose phone country cell is empty. */
  phoneCountry = '',
  /** The schema of the custom-field columns; null when none is mapped. */
  schema: ImportSchema | null = null,
  entity: ImportEntity = 'contacts',
  /** The external source of the External id column's ids (the mapping needs one to have it). */
  externalSourceId = '',
): CheckedRow {
  const kind = importKind(entity);
  const rules = kind.rules;
  const nameKeys = kind.nameFields.map((field) => field.key);
  const problems: RowProblem[] = [];
  const headerOf = (key: string) => {
    const index = mapping.indexOf(key);
    return index >= 0 ? (headers[index] ?? key) : (columnByKey(key, entity)?.header ?? key);
  };
  const problem = (key: string, message: string) =>
    problems.push({ rowNumber: record.rowNumber, column: headerOf(key), message });

  const values = rules.toFormValues();
  const custom: Record<string, unknown> = {};
  /** The External id column's value (one column at most: the mapping says so). */
  const idCells: string[] = [];
  mapping.forEach((key, index) => {
    if (key === EXTERNAL_ID_KEY) {
      const read = readExternalIdCell(unguardCell(record.cells[index] ?? ''));
      if (read.problem !== undefined) problem(key, read.problem);
      else if (read.value !== null) idCells.push(read.value);
      return;
    }
    const customKey = customFieldKeyOf(key);
    if (customKey !== null || key === SCHEMA_ID_KEY) {
      const cell = unguardCell(record.cells[index] ?? '').trim();
      if (!cell || !schema) return;
      if (customKey === null) {
        if (cell !== schema.id) {
          problem(
            key,
            `This row’s custom fields belong to the schema ${cell}, not to ${schema.name} chosen for this import: import it with its own schema, or empty the cell.`,
          );
        }
        return;
      }
      const read = customFieldCellValue(schema, customKey, cell);
      if (read.ok) custom[customKey] = read.value;
      else problem(key, read.message);
      return;
    }
    const column = key ? columnByKey(key, entity) : undefined;
    if (!column?.write) return;
    const cell = unguardCell(record.cells[index] ?? '').trim();
    const cellProblem = column.problem?.(cell);
    if (cellProblem) problem(key, cellProblem);
    column.write(values, cell);
  });
  // A row without a phone country reads its national numbers in the country its stored E.164
  // numbers say (an export job's file), else in the organisation's.
  values.phoneCountry ||= e164Country(record, headers, phoneCountry, entity) || phoneCountry;
  const written = values as unknown as Record<string, unknown>;
  // A required name (an organization's) is the form's own rule, said by it below.
  const formRequiresName = kind.nameFields.some((field) => field.required);
  if (!formRequiresName && nameKeys.every((key) => !written[key])) {
    problem(
      nameKeys.find((key) => mapping.includes(key)) ?? nameKeys.at(-1) ?? '',
      `${kind.noun === 'organization' ? 'An' : 'A'} ${kind.noun} needs ${kind.nameFields.map((field) => `a ${field.label.toLowerCase()}`).join(' or ')}.`,
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
      problem(columnKeyOf(rules.formFieldFor(path) ?? path), issue.message);
    }
  };
  const form = rules.schema.safeParse(values);
  if (!form.success) {
    addIssues(form.error.issues);
    return { rowNumber: record.rowNumber, cells: record.cells, body: null, problems };
  }
  const body = rules.toWriteBody(form.data);
  if (schema && Object.keys(custom).length > 0) {
    // Written against the schema's current version, as the record form saves it.
    body.schema = { id: schema.id, version: schema.version };
    body.customFields = custom;
  }
  const [externalId] = idCells;
  if (externalId !== undefined && externalSourceId) {
    setExternalId(body, { sourceId: externalSourceId, value: externalId });
  }
  const write = kind.write.safeParse(body);
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
  schema: ImportSchema | null = null,
  entity: ImportEntity = 'contacts',
  externalSourceId = '',
): CheckedRow[] {
  return records.map((record) =>
    checkRecord(record, headers, mapping, phoneCountry, schema, entity, externalSourceId),
  );
}
