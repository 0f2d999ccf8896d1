import { recordUpdate, type UpdateMode } from './contact-update-body';
import { missingRequired, type ImportSchema } from './csv-custom-fields';
import { importKind, type ImportEntity, type ImportedRecord } from './import-entity';
import type { CheckedRow } from './import-rows';
import { identitiesOf, identityId, type Identity, type MatchKey } from './row-identities';

/** What to do with a row that matches a stored record (Genesys' import settings' merge option). */
export type MatchAction = 'skip' | UpdateMode | 'create';

export const matchActions = (
  entity: ImportEntity = 'contacts',
): readonly { action: MatchAction; label: string; help: string }[] => {
  const { noun } = importKind(entity);
  return [
    { action: 'skip', label: 'Skip it', help: `The stored ${noun} stays as it is.` },
    {
      action: 'fill',
      label: 'Update it: fill empty fields only',
      help: `Values the ${noun} lacks are added; nothing stored is replaced.`,
    },
    {
      action: 'overwrite',
      label: 'Update it: overwrite with the file’s values',
      help: 'Every value the row gives replaces the stored one. Empty cells never clear a value.',
    },
    {
      action: 'create',
      label: `Create a new ${noun} anyway`,
      help: `The file’s row becomes a second ${noun}: a duplicate to merge later.`,
    },
  ];
};

export interface MatchSettings {
  /** What rows are matched on, in order: the first key that finds a contact wins. */
  keys: MatchKey[];
  action: MatchAction;
}

/** Every key, in MATCH_KEYS' order: an external id matches only when a column gives one. */
export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  keys: ['email', 'phone', 'externalId'],
  action: 'skip',
};

/** Organizations are matched by their name (exact, without case): see row-identities.ts. */
export const defaultMatchSettings = (entity: ImportEntity): MatchSettings =>
  entity === 'organizations' ? { keys: ['name'], action: 'skip' } : DEFAULT_MATCH_SETTINGS;

/**
 * Stored contacts found for each identity (by `identityId`); `null` when none holds it. An
 * identity missing from the map has not been looked up yet.
 */
export type MatchResults = ReadonlyMap<string, ImportedRecord | null>;

/** What the import will do with one row, shown before anything is sent. */
export type RowPlan =
  | {
      kind: 'problem';
      /** What only the plan finds (custom fields against the schema); else the row's problems. */
      message?: string;
    }
  | {
      kind: 'new';
      /** Set when the row matches a stored record but "create anyway" was chosen. */
      matches?: ImportedRecord;
    }
  | { kind: 'duplicate'; ofRow: number; identity: Identity }
  | { kind: 'skip'; record: ImportedRecord; identity: Identity }
  | { kind: 'unchanged'; record: ImportedRecord; identity: Identity }
  | {
      kind: 'update';
      record: ImportedRecord;
      identity: Identity;
      body: Record<string, unknown>;
      changed: string[];
    };

export type PlanKind = RowPlan['kind'];

/** The row's identities for these settings: what it is looked up and compared by. */
export const rowIdentities = (row: CheckedRow, settings: MatchSettings) =>
  row.body ? identitiesOf(row.body, settings.keys) : [];

/** The identities to look up before the plan is complete. */
export function identitiesToLookUp(
  rows: readonly CheckedRow[],
  settings: MatchSettings,
  results: MatchResults,
): Identity[] {
  const wanted = new Map<string, Identity>();
  for (const row of rows) {
    for (const identity of rowIdentities(row, settings)) {
      const id = identityId(identity);
      if (!results.has(id)) wanted.set(id, identity);
    }
  }
  return [...wanted.values()];
}

/**
 * Each row's fate, in file order: a row sharing an identity with an earlier row is that row's
 * duplicate (the file says the same person twice); a row whose identity a stored contact holds
 * is skipped, updates it or is created anyway; two rows never target the same contact.
 * `given(row)` names the CSV column keys the row filled (what an update may write).
 */
export function planImport(
  rows: readonly CheckedRow[],
  settings: MatchSettings,
  results: MatchResults,
  given: (row: CheckedRow) => ReadonlySet<string>,
  /** The schema of the rows' custom-field values. */
  schema: ImportSchema | null = null,
  entity: ImportEntity = 'contacts',
): Map<number, RowPlan> {
  /** A new contact on the schema must hold its required fields. */
  const missing = (body: Record<string, unknown>) =>
    schema && body.schema
      ? missingRequired(schema.document, body.customFields as Record<string, unknown>)
      : [];
  const plans = new Map<number, RowPlan>();
  const firstRowOf = new Map<string, number>();
  const rowTargeting = new Map<string, number>();
  for (const row of rows) {
    if (!row.body) {
      plans.set(row.rowNumber, { kind: 'problem' });
      continue;
    }
    const identities = rowIdentities(row, settings);
    const repeated = identities.find((identity) => firstRowOf.has(identityId(identity)));
    if (repeated) {
      plans.set(row.rowNumber, {
        kind: 'duplicate',
        ofRow: firstRowOf.get(identityId(repeated))!,
        identity: repeated,
      });
      continue;
    }
    for (const identity of identities) firstRowOf.set(identityId(identity), row.rowNumber);

    const matched = identities
      .map((identity) => ({ identity, record: results.get(identityId(identity)) }))
      .find((match) => match.record);
    const contact = matched?.record;
    const newPlan = (matches?: ImportedRecord): RowPlan => {
      const lacking = missing(row.body!);
      if (lacking.length > 0) {
        return { kind: 'problem', message: lacking.map((item) => item.message).join(' ') };
      }
      return matches ? { kind: 'new', matches } : { kind: 'new' };
    };
    if (!matched || !contact) {
      plans.set(row.rowNumber, newPlan());
      continue;
    }
    const { identity } = matched;
    const earlier = rowTargeting.get(contact.id);
    if (earlier !== undefined && settings.action !== 'create') {
      plans.set(row.rowNumber, { kind: 'duplicate', ofRow: earlier, identity });
      continue;
    }
    rowTargeting.set(contact.id, row.rowNumber);
    switch (settings.action) {
      case 'skip':
        plans.set(row.rowNumber, { kind: 'skip', record: contact, identity });
        break;
      case 'create':
        plans.set(row.rowNumber, newPlan(contact));
        break;
      default: {
        const update = recordUpdate(entity, contact, row.body, given(row), settings.action, schema);
        plans.set(
          row.rowNumber,
          update.refusal
            ? { kind: 'problem', message: update.refusal }
            : update.changed.length === 0
              ? { kind: 'unchanged', record: contact, identity }
              : {
                  kind: 'update',
                  record: contact,
                  identity,
                  body: update.body,
                  changed: update.changed,
                },
        );
      }
    }
  }
  return plans;
}

export function countPlans(plans: ReadonlyMap<number, RowPlan>): Record<PlanKind, number> {
  const counts: Record<PlanKind, number> = {
    problem: 0,
    new: 0,
    duplicate: 0,
    skip: 0,
    unchanged: 0,
    update: 0,
  };
  for (const plan of plans.values()) counts[plan.kind] += 1;
  return counts;
}
