import type { ApiClient } from '@/api/client';
import { contactEndpoints, organizationEndpoints } from './bulk-edit-api';
import { updateRecords, type RecordDecision, type UpdateOutcome } from './bulk-update-engine';
import { recordUpdate, type UpdateMode } from './contact-update-body';
import type { ImportSchema } from './csv-custom-fields';
import { importKind, type ImportEntity, type ImportedRecord } from './import-entity';
import type { ImportProgress, RowOutcome } from './import-engine';
import type { Sleep } from './read-retries';

/** A matched row: the contact it updates, and how its values apply to the contact as stored. */
export interface RowToUpdate {
  rowNumber: number;
  contactId: string;
  decide: (record: ImportedRecord) => RecordDecision;
  /** An earlier update's answer was lost: a contact now holding the row's values counts as done. */
  uncertain?: boolean;
}

/**
 * What a row does to the contact as it is read right before the write (not as it was looked up
 * for the preview): its values applied by the chosen mode, nothing sent when the contact already
 * holds them, refused when its custom fields cannot apply (contactUpdate).
 */
export function rowDecision(
  row: Record<string, unknown>,
  given: ReadonlySet<string>,
  mode: UpdateMode,
  schema: ImportSchema | null,
  entity: ImportEntity = 'contacts',
) {
  return (record: ImportedRecord): RecordDecision => {
    const update = recordUpdate(entity, record, row, given, mode, schema);
    if (update.refusal) return { kind: 'refuse', message: update.refusal };
    return update.changed.length === 0 ? { kind: 'none' } : { kind: 'write', body: update.body };
  };
}

function rowOutcome(outcome: UpdateOutcome, now: number): RowOutcome {
  switch (outcome.status) {
    case 'failed':
      return {
        status: 'failed',
        message: outcome.message,
        uncertainSince: outcome.uncertain ? now : undefined,
      };
    default:
      // A contact that already holds the row's values (someone saved them since the preview, or
      // a lost answer's write did) is what the row asked for.
      return { status: 'updated', contactId: outcome.recordId };
  }
}

/**
 * Updates the matched contacts with bulk-update-engine.ts, the bulk edit's engine: chunks of
 * ≤ 200, each read fresh (bulk fetch) and written back with only the row's values applied; a
 * lost answer is not sent blindly again but read on Retry, and a 429 waits what Retry-After asks.
 * Each contact is updated by one row at most (the plan sees to it).
 */
export async function updateContacts(options: {
  api: ApiClient;
  rows: readonly RowToUpdate[];
  chunkSize?: number;
  onOutcomes?: (outcomes: ReadonlyMap<number, RowOutcome>, progress: ImportProgress) => void;
  sleep?: Sleep;
  now?: () => number;
  entity?: ImportEntity;
}): Promise<Map<number, RowOutcome>> {
  const now = options.now ?? Date.now;
  const entity = options.entity ?? 'contacts';
  const byContact = new Map(options.rows.map((row) => [row.contactId, row]));
  const toRows = (outcomes: ReadonlyMap<string, UpdateOutcome>) => {
    const rows = new Map<number, RowOutcome>();
    for (const [contactId, outcome] of outcomes) {
      const row = byContact.get(contactId);
      if (row) rows.set(row.rowNumber, rowOutcome(outcome, now()));
    }
    return rows;
  };
  const outcomes = await updateRecords<ImportedRecord>({
    endpoints:
      entity === 'organizations'
        ? organizationEndpoints(options.api)
        : contactEndpoints(options.api),
    ids: options.rows.map((row) => row.contactId),
    uncertainIds: new Set(options.rows.filter((row) => row.uncertain).map((row) => row.contactId)),
    decide: (contact) =>
      byContact.get(contact.id)?.decide(contact) ?? {
        kind: 'refuse',
        message: `The ${importKind(entity).noun} was merged into another since the file was checked: choose the file again to match its rows afresh.`,
      },
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    onOutcomes: (so, progress) => options.onOutcomes?.(toRows(so), progress),
  });
  return toRows(outcomes);
}
