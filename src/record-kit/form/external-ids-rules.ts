import * as z from 'zod/mini';
import { externalIdInput } from '@/models/common';
import type { RecordBase } from '@/models/record-fields';
import type { ExternalSource } from '../details/external-source-query';
import type { FormExtension } from './record-form-values';

/**
 * A record's external ids in its form: one row per id, a source picked from the org's sources and
 * the id typed. The rows are the write body's list one for one (nothing is dropped on the way), so
 * an API error about `externalIds[2].value` lands on row 3.
 */
export interface ExternalIdRow {
  sourceId: string;
  value: string;
}

const KEY = 'externalIds';

// The write model's own rule for the value (required, trimmed, at most 255 characters).
const valueRule = externalIdInput.shape.value;

/** The rows' rules: each row needs a source and a value, and no source and value twice. */
export function externalIdRowsSchema(max: number) {
  return z.array(z.object({ sourceId: z.string(), value: z.string() })).check(
    z.maxLength(max, `External ids can hold at most ${max} entries.`),
    z.superRefine((rows, context) => {
      const firstRowOf = new Map<string, number>();
      rows.forEach((row, index) => {
        if (row.sourceId === '')
          context.addIssue({
            code: 'custom',
            path: [index, 'sourceId'],
            message: 'Choose the source this id comes from.',
          });
        const value = valueRule.safeParse(row.value);
        if (!value.success) {
          context.addIssue({
            code: 'custom',
            path: [index, 'value'],
            message: value.error.issues[0]?.message ?? 'External id value is not valid.',
          });
          return;
        }
        if (row.sourceId === '') return;
        // The same id of the same source twice says nothing more, and is surely a slip.
        const key = JSON.stringify([row.sourceId, value.data]);
        const first = firstRowOf.get(key);
        if (first === undefined) firstRowOf.set(key, index);
        else
          context.addIssue({
            code: 'custom',
            path: [index, 'value'],
            message: `External id ${first + 1} already has this source and value.`,
          });
      });
    }),
  );
}

/** Rows of a stored record; an id without a source keeps its value and asks for one. */
export const externalIdRows = (record: RecordBase | undefined): ExternalIdRow[] =>
  (record?.externalIds ?? []).map((externalId) => ({
    sourceId: externalId.externalSource?.id ?? '',
    value: externalId.value ?? '',
  }));

/** The body's `externalIds`, as Genesys takes them: `[{externalSource: {id}, value}]`. */
export const externalIdsBody = (rows: readonly ExternalIdRow[]) =>
  rows.map((row) => ({ externalSource: { id: row.sourceId }, value: row.value.trim() }));

/** The input an API error names: `externalIds[1].value`, `externalIds.1.externalSource.id`… */
export function externalIdInputFor(apiFieldName: string): string | null {
  if (apiFieldName === KEY) return KEY;
  const match = /^externalIds(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?/.exec(apiFieldName);
  if (!match) return null;
  const row = match[1] ?? match[2];
  return `${KEY}.${row}.${match[3] === 'value' ? 'value' : 'sourceId'}`;
}

/** The form extension that edits a record's external ids, up to the API's `max`. */
export function externalIdsExtension<Read extends RecordBase>(max: number): FormExtension<Read> {
  return {
    writeKeys: [KEY],
    shape: { [KEY]: externalIdRowsSchema(max) },
    defaults: (record) => ({ [KEY]: externalIdRows(record) }),
    applyBody: (body, values) => {
      const rows = externalIdsBody((values[KEY] ?? []) as ExternalIdRow[]);
      // None left: the key is left out, which a PUT (a whole record) stores as no external ids.
      body[KEY] = rows.length > 0 ? rows : undefined;
    },
    fieldFor: externalIdInputFor,
  };
}

export interface SourceOption {
  value: string;
  label: string;
}

/**
 * The picker's choices for one row. Active sources are offered to every row; an inactive one only
 * to a row that already holds it (its ids stay valid, but new ones should go to a live source);
 * a source the org no longer has keeps the row's value as "Unknown source <id>". Until the list
 * has loaded (or when it could not), the row's own source stays chosen under a neutral label, so
 * the select never shows another value than the form holds.
 */
export function sourceOptions(
  sources: readonly ExternalSource[] | undefined,
  row: { stored: string; selected: string },
  loading: boolean,
): SourceOption[] {
  const held = [...new Set([row.stored, row.selected].filter((id) => id !== ''))];
  if (!sources)
    return held.map((id) => ({
      value: id,
      label: loading ? 'Loading sources…' : `Source ${id}`,
    }));
  const options: SourceOption[] = sources
    .filter((source) => source.active !== false || held.includes(source.id))
    .map((source) => ({
      value: source.id,
      label: source.active === false ? `${source.name} (inactive)` : source.name,
    }));
  for (const id of held)
    if (!sources.some((source) => source.id === id))
      options.push({ value: id, label: `Unknown source ${id}` });
  return options;
}
