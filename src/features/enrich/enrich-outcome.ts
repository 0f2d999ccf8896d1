import type { RecordBase } from '@/models/record-fields';
import { diffRecords, type FieldChange } from './enrich-diff';
import { diffFields, type EnrichKind } from './enrich-kinds';

/** What the API answered for one enrich operation, single or bulk. */
export interface EnrichAnswer {
  record?: RecordBase | undefined;
  /** Known from a bulk result's status (201); a single answer does not tell (the client reads JSON). */
  created?: boolean | undefined;
  error?: { status: number; message: string; conflictIds?: readonly string[] } | undefined;
}

/** What an enrich did or would do to one record, ready to show. */
export type EnrichOutcome =
  | { kind: 'update'; record: RecordBase; before: RecordBase[]; changes: FieldChange[] }
  | { kind: 'create'; record: RecordBase; before: []; changes: FieldChange[] }
  | { kind: 'merge'; record: RecordBase; before: RecordBase[]; changes: FieldChange[] }
  | {
      kind: 'failed';
      status: number;
      message: string;
      /** The records an Insert found already there (a 409 names them). */
      conflicts: RecordBase[];
    };

const mergedFromIds = (record: RecordBase | undefined): string[] => {
  const refs = (record as { mergedFrom?: { id?: unknown }[] } | undefined)?.mergedFrom;
  return (Array.isArray(refs) ? refs : []).flatMap((ref) =>
    typeof ref?.id === 'string' ? [ref.id] : [],
  );
};

/** The stored records an answer is compared with: the match, the merged ones, the conflicts. */
export function idsToRead(answer: EnrichAnswer): string[] {
  if (answer.error) return [...(answer.error.conflictIds ?? [])];
  if (!answer.record) return [];
  return [answer.record.id, ...mergedFromIds(answer.record)];
}

/**
 * Which of update, create or merge an answer is. A bulk result says created (201); otherwise the
 * record's id tells: one that is stored now was matched; one that is not is new, or the result
 * of merging the stored contacts it names in mergedFrom.
 */
export function classify(
  kind: EnrichKind,
  answer: EnrichAnswer,
  current: ReadonlyMap<string, RecordBase>,
  /** What is stored could not be read: a record not in `current` may still be a match. */
  currentUnknown = false,
): EnrichOutcome {
  const fields = diffFields(kind);
  const { record, error } = answer;
  if (error || !record) {
    return {
      kind: 'failed',
      status: error?.status ?? 0,
      message: error?.message ?? `The answer named no ${kind.record.noun.one}.`,
      conflicts: (error?.conflictIds ?? []).flatMap((id) => current.get(id) ?? []),
    };
  }
  const matched = answer.created === true ? undefined : current.get(record.id);
  if (matched) {
    return {
      kind: 'update',
      record,
      before: [matched],
      changes: diffRecords(fields, [matched], record),
    };
  }
  if (currentUnknown && answer.created !== true) {
    // Nothing to compare with: an update against nothing, never a guess that it is new.
    return { kind: 'update', record, before: [], changes: diffRecords(fields, [], record) };
  }
  const merged = mergedFromIds(record).flatMap((id) => current.get(id) ?? []);
  if (merged.length > 1 && answer.created !== true) {
    return { kind: 'merge', record, before: merged, changes: diffRecords(fields, merged, record) };
  }
  return { kind: 'create', record, before: [], changes: diffRecords(fields, [], record) };
}
