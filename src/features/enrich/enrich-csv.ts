import Papa from 'papaparse';
import { identifierTypeLabel } from '@/features/identifiers';
import { ADDRESS_PARTS, asRecord, type RecordField } from '@/models/record-fields';
import type { RecordFormValues } from '@/record-kit/form/record-form-values';
import { MAX_MATCHING_IDENTIFIERS, type EnrichKind } from './enrich-kinds';
import {
  emptyRecordValues,
  identifierSchema,
  recordData,
  recordDataSchema,
  type EnrichIdentifier,
} from './enrich-request';

/** Rows a file may hold: each is previewed before anything is written, 10 a request. */
export const MAX_CSV_ROWS = 1_000;

/** One column's place in a row: an identifier to match by, or a field's input. */
type ColumnTarget =
  | { kind: 'identifier'; type: string }
  | { kind: 'field'; field: RecordField; part?: string | undefined };

export interface CsvColumnUse {
  header: string;
  /** What the column fills, as people read it: "Match by Email", "Work phone", "Address: City". */
  use: string;
}

export interface PlannedRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  identifiers: EnrichIdentifier[];
  data: Record<string, unknown>;
  /** Why the row cannot be sent; it is shown and skipped. */
  problems: string[];
  /** An earlier row with one of the same identifiers: previewed apart, run in order. */
  repeatsRow?: number | undefined;
}

export interface CsvPlan {
  columns: CsvColumnUse[];
  ignored: string[];
  rows: PlannedRow[];
}

export type CsvPlanResult = { ok: true; plan: CsvPlan } | { ok: false; message: string };

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** `Identifier: Email`, `Match by Phone`, `identifier externalid`: the type after the prefix. */
const IDENTIFIER_HEADER = /^\s*(?:identifier|match(?:\s*by)?)\s*[:\-–]?\s*(.+)$/i;

function identifierType(kind: EnrichKind, header: string): string | undefined {
  const named = IDENTIFIER_HEADER.exec(header)?.[1];
  if (named === undefined) return undefined;
  const wanted = normalise(named);
  return kind.identifierTypes.find(
    (type) => normalise(type) === wanted || normalise(identifierTypeLabel(type)) === wanted,
  );
}

/** Every header a field's input answers to: its key, label and CSV aliases, by kind. */
function fieldHeaders(kind: EnrichKind): Map<string, ColumnTarget> {
  const headers = new Map<string, ColumnTarget>();
  const add = (names: readonly string[], target: ColumnTarget) => {
    for (const name of names)
      if (!headers.has(normalise(name))) headers.set(normalise(name), target);
  };
  for (const field of kind.fields) {
    if (field.kind === 'address') {
      for (const part of ADDRESS_PARTS)
        add(
          [
            `${field.key}.${part.key}`,
            `${field.label} ${part.label}`,
            part.key,
            part.label,
            ...part.csvAliases,
          ],
          { kind: 'field', field, part: part.key },
        );
      continue;
    }
    const path =
      field.kind === 'phone'
        ? [`${field.key}.display`]
        : field.kind === 'twitter'
          ? [`${field.key}.screenName`]
          : field.kind === 'reference'
            ? [`${field.key}.id`]
            : [];
    add([field.key, field.label, ...path, ...(field.csvAliases ?? [])], { kind: 'field', field });
  }
  return headers;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Puts one cell into a row's form values, the way the record form holds them. */
function writeCell(
  values: RecordFormValues,
  target: Extract<ColumnTarget, { kind: 'field' }>,
  cell: string,
  problems: string[],
) {
  const { field, part } = target;
  switch (field.kind) {
    case 'phone':
      values[field.key] = { display: cell };
      return;
    case 'address':
      values[field.key] = { ...asRecord(values[field.key]), [part ?? 'address1']: cell };
      return;
    case 'twitter':
      values[field.key] = { screenName: cell };
      return;
    case 'reference':
      values[field.key] = cell ? { id: cell } : null;
      return;
    case 'boolean': {
      const answer = cell.toLowerCase();
      if (YES.has(answer)) values[field.key] = 'yes';
      else if (NO.has(answer)) values[field.key] = 'no';
      else if (answer !== '')
        problems.push(`${field.label} must be yes or no (or true/false, 1/0), or empty.`);
      return;
    }
    case 'textList':
      // Lists share one cell: the console's files join them with "; ", Genesys' exports with "|".
      values[field.key] = cell
        .split(/[;|\n]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .join('\n');
      return;
    default:
      values[field.key] = cell;
  }
}

/**
 * Reads a CSV with a header row into enrich rows: identifier columns (`Identifier: <type>`, in
 * the order they come) and field columns (the record form's fields by label, key or CSV alias).
 * Each row is checked with the record form's own rules; a row with problems is not sent.
 */
export function planCsv(kind: EnrichKind, text: string, phoneCountry: string): CsvPlanResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'The CSV is empty.' };
  const parsed = Papa.parse<string[]>(body.trim(), { header: false, skipEmptyLines: false });
  const error = parsed.errors.find((entry) => entry.type !== 'Delimiter');
  if (error) {
    const where = error.row === undefined ? '' : ` (row ${error.row + 1})`;
    return { ok: false, message: `This is not valid CSV${where}: ${error.message}.` };
  }
  const [headerRow = [], ...rest] = parsed.data;
  const byHeader = fieldHeaders(kind);
  const targets: (ColumnTarget | undefined)[] = [];
  const columns: CsvColumnUse[] = [];
  const ignored: string[] = [];
  const taken = new Set<string>();
  for (const raw of headerRow) {
    const header = raw.trim();
    const type = identifierType(kind, header);
    const target: ColumnTarget | undefined =
      type !== undefined ? { kind: 'identifier', type } : byHeader.get(normalise(header));
    const slot =
      target?.kind === 'field' ? `${target.field.key}.${target.part ?? ''}` : `${header}#id`;
    // A second column for the same input would overwrite the first: the first one is used.
    if (target === undefined || header === '' || taken.has(slot)) {
      if (header !== '') ignored.push(header);
      targets.push(undefined);
      continue;
    }
    taken.add(slot);
    targets.push(target);
    columns.push({
      header,
      use:
        target.kind === 'identifier'
          ? `Match by ${identifierTypeLabel(target.type)}`
          : target.part
            ? `${target.field.label}: ${ADDRESS_PARTS.find((part) => part.key === target.part)?.label ?? target.part}`
            : target.field.label,
    });
  }
  if (!targets.some((target) => target?.kind === 'identifier')) {
    const example =
      kind.entity === 'organizations' ? 'Identifier: External id' : 'Identifier: Email';
    return {
      ok: false,
      message: `The header row names no identifier to match by. Name a column “${example}” (one column per identifier, in the order they are looked up).`,
    };
  }
  const records = rest
    .map((cells, index) => ({ rowNumber: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (records.length === 0) return { ok: false, message: 'The CSV has a header row but no rows.' };
  if (records.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      message: `The CSV has ${records.length.toLocaleString('en-US')} rows; this page previews at most ${MAX_CSV_ROWS.toLocaleString('en-US')}. Split it into smaller files.`,
    };
  }

  const schema = recordDataSchema(kind);
  const identifierRule = identifierSchema(kind);
  const firstRowOf = new Map<string, number>();
  const rows = records.map(({ rowNumber, cells }): PlannedRow => {
    const problems: string[] = [];
    const values = emptyRecordValues(kind, phoneCountry);
    const identifiers: EnrichIdentifier[] = [];
    targets.forEach((target, index) => {
      const cell = (cells[index] ?? '').trim();
      if (!target) return;
      if (target.kind === 'identifier') {
        if (cell === '') return;
        const checked = identifierRule.safeParse({ type: target.type, value: cell });
        if (checked.success) identifiers.push({ type: target.type, value: checked.data.value });
        else
          problems.push(
            `${identifierTypeLabel(target.type)} identifier: ${checked.error.issues[0]?.message ?? 'not valid'}`,
          );
        return;
      }
      writeCell(values, target, cell, problems);
    });
    if (identifiers.length === 0 && problems.length === 0)
      problems.push('No identifier to match by: the row’s identifier cells are empty.');
    if (identifiers.length > MAX_MATCHING_IDENTIFIERS)
      problems.push(`At most ${MAX_MATCHING_IDENTIFIERS} identifiers can be matched.`);
    const checked = schema.safeParse(values);
    // The write rules' messages name their field ("Work email must be a valid email address.").
    if (!checked.success) problems.push(...checked.error.issues.map((issue) => issue.message));
    let repeatsRow: number | undefined;
    for (const identifier of identifiers) {
      const key = `${identifier.type}:${identifier.value.toLowerCase()}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) repeatsRow ??= first;
      else firstRowOf.set(key, rowNumber);
    }
    return {
      rowNumber,
      identifiers,
      data: checked.success ? recordData(kind, checked.data as RecordFormValues) : {},
      problems,
      ...(repeatsRow === undefined ? {} : { repeatsRow }),
    };
  });
  return { ok: true, plan: { columns, ignored, rows } };
}
