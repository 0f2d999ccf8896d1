import { externalIdInput } from '@/models/common';
import type { RecordBase } from '@/models/record-fields';
import type { ImportCsvColumn } from './contact-csv-columns';

/**
 * The file's external id column: the one place the bulk feature names a record's external ids
 * (`externalIds`, a structured field: a list of `{externalSource: {id}, value}` that no kind's
 * field list holds, so nothing derives it). A column of ids is read with the one external source
 * the Import page asks for; the row's body gets `externalIds: [{externalSource: {id}, value}]`,
 * matching compares (source, value) exactly (external ids are opaque: case and all), and an update
 * adds the id to the ones the record holds.
 */

/**
 * The column's mapping key, and the path an import job's CSV settings map it to: the value of the
 * record's external id in the import settings' `externalSourceId` (the sandbox's reading of what
 * Genesys leaves undocumented: sandbox/domain/import-settings.ts).
 */
export const EXTERNAL_ID_KEY = 'externalIds.value';
const FIELD = 'externalIds';

/** Offered in the column mapping of both kinds; never exported (a record has one id per source). */
export const externalIdColumn: ImportCsvColumn<object> = {
  key: EXTERNAL_ID_KEY,
  header: 'External id',
  aliases: ['external id', 'externalid', 'externalIds', 'crm id', 'external id value'],
  read: () => '',
};

/** One external id: the source it belongs to and its value. */
export interface SourcedId {
  sourceId: string;
  value: string;
}

/** The record (or a row's write body) has these external ids, in its order. */
export function externalIdsOf(record: Partial<RecordBase> | Record<string, unknown>): SourcedId[] {
  const list = (record as Record<string, unknown>)[FIELD];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const { externalSource, value } = (item ?? {}) as {
      externalSource?: { id?: unknown };
      value?: unknown;
    };
    return typeof externalSource?.id === 'string' && typeof value === 'string' && value
      ? [{ sourceId: externalSource.id, value }]
      : [];
  });
}

// The write model's own rule for a value (required, trimmed, at most 255 characters).
const valueRule = externalIdInput.shape.value;

/**
 * A cell of the column as the value the API takes, or what is wrong with it. An empty cell gives
 * no id (and is no problem): a row of a CRM export may not have one yet.
 */
export function readExternalIdCell(
  cell: string,
): { value: string | null; problem?: undefined } | { problem: string } {
  if (cell.trim() === '') return { value: null };
  const read = valueRule.safeParse(cell);
  return read.success
    ? { value: read.data }
    : { problem: read.error.issues[0]?.message ?? 'External id value is not valid.' };
}

/** Puts the row's external id in its write body. */
export function setExternalId(body: Record<string, unknown>, id: SourcedId): void {
  body[FIELD] = [{ externalSource: { id: id.sourceId }, value: id.value }];
}

export const hasExternalIdColumn = (mapping: readonly string[]) =>
  mapping.includes(EXTERNAL_ID_KEY);

/** What stops the import before any row is read: ids without the source they belong to. */
export function externalIdMappingProblems(mapping: readonly string[], sourceId: string): string[] {
  return hasExternalIdColumn(mapping) && !sourceId
    ? ['Choose the external source the External id column’s ids belong to, or ignore that column.']
    : [];
}

/** The label updates name it by (as the record's details do). */
export const EXTERNAL_ID_LABEL = 'External id';

/**
 * Applies the row's external id to the update body (the whole record, its stored ids carried
 * over): an id the record holds already changes nothing; one from a source the record has no id
 * of is added either way (adding replaces nothing); when the record holds another id of that
 * source, `fill` keeps it and `overwrite` puts the file's in its place. Returns whether the body
 * changed, or why it cannot (the API's limit on ids).
 */
export function applyExternalId(
  body: Record<string, unknown>,
  record: Partial<RecordBase>,
  row: Record<string, unknown>,
  mode: 'fill' | 'overwrite',
  kind: { noun: string; maxExternalIds: number },
): { changed: boolean; refusal?: string } {
  const max = kind.maxExternalIds;
  const [given] = externalIdsOf(row);
  if (!given) return { changed: false };
  const held = externalIdsOf(record);
  if (held.some((id) => id.sourceId === given.sourceId && id.value === given.value)) {
    return { changed: false };
  }
  const ofSource = held.filter((id) => id.sourceId === given.sourceId);
  if (ofSource.length > 0 && mode === 'fill') return { changed: false };
  const next = [...held.filter((id) => id.sourceId !== given.sourceId), given];
  if (next.length > max) {
    return {
      changed: false,
      refusal: `The ${kind.noun} already holds ${held.length} external ids, the most the API takes: the file’s external id cannot be added.`,
    };
  }
  body[FIELD] = next.map((id) => ({ externalSource: { id: id.sourceId }, value: id.value }));
  return { changed: true };
}
