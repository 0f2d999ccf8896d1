import type { ExternalContact } from '@/models/contact-fields';
import { contactUpdate, type UpdateMode } from './contact-update-body';
import type { CheckedRow } from './import-rows';
import { identitiesOf, identityId, type Identity, type MatchKey } from './row-identities';

/** What to do with a row that matches a stored contact (Genesys' import settings' merge option). */
export type MatchAction = 'skip' | UpdateMode | 'create';

export const MATCH_ACTIONS: readonly { action: MatchAction; label: string; help: string }[] = [
  { action: 'skip', label: 'Skip it', help: 'The stored contact stays as it is.' },
  {
    action: 'fill',
    label: 'Update it: fill empty fields only',
    help: 'Values the contact lacks are added; nothing stored is replaced.',
  },
  {
    action: 'overwrite',
    label: 'Update it: overwrite with the file’s values',
    help: 'Every value the row gives replaces the stored one. Empty cells never clear a value.',
  },
  {
    action: 'create',
    label: 'Create a new contact anyway',
    help: 'The file’s row becomes a second contact: a duplicate to merge later.',
  },
];

export interface MatchSettings {
  /** What rows are matched on, in order: the first key that finds a contact wins. */
  keys: MatchKey[];
  action: MatchAction;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = { keys: ['email', 'phone'], action: 'skip' };

/**
 * Stored contacts found for each identity (by `identityId`); `null` when none holds it. An
 * identity missing from the map has not been looked up yet.
 */
export type MatchResults = ReadonlyMap<string, ExternalContact | null>;

/** What the import will do with one row, shown before anything is sent. */
export type RowPlan =
  | { kind: 'problem' }
  | {
      kind: 'new';
      /** Set when the row matches a contact but "create anyway" was chosen. */ matches?: ExternalContact;
    }
  | { kind: 'duplicate'; ofRow: number; identity: Identity }
  | { kind: 'skip'; contact: ExternalContact; identity: Identity }
  | { kind: 'unchanged'; contact: ExternalContact; identity: Identity }
  | {
      kind: 'update';
      contact: ExternalContact;
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
): Map<number, RowPlan> {
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
      .map((identity) => ({ identity, contact: results.get(identityId(identity)) }))
      .find((match) => match.contact);
    const contact = matched?.contact;
    if (!matched || !contact) {
      plans.set(row.rowNumber, { kind: 'new' });
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
        plans.set(row.rowNumber, { kind: 'skip', contact, identity });
        break;
      case 'create':
        plans.set(row.rowNumber, { kind: 'new', matches: contact });
        break;
      default: {
        const update = contactUpdate(contact, row.body, given(row), settings.action);
        plans.set(
          row.rowNumber,
          update.changed.length === 0
            ? { kind: 'unchanged', contact, identity }
            : { kind: 'update', contact, identity, ...update },
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
