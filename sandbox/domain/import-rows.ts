import { coreTypeOfFieldKey } from '../../src/models/data-schema.ts';
import type { LookupKind } from '../db/contacts-repo.ts';
import type { ContactRecord } from '../db/contacts-repo.ts';
import type { CsvMapping } from '../db/imports-repo.ts';
import { ApiProblem, invalidField } from '../errors.ts';
import type { ContactService } from './contact-service.ts';
import { contactLookupKeys } from './contact-documents.ts';
import { EXTERNAL_ID_TARGET } from './import-settings.ts';
import type { ImportSettingsDoc } from './import-settings.ts';

/**
 * One CSV row → one contact: cells are copied to the mapped JSON paths, then the contact goes
 * through the same validation as POST /contacts. With matching criteria, a row whose email or
 * phone (E.164) a contact already holds updates that contact when `mergeContacts` is true and
 * fails otherwise. A row's external id (the `externalIds.value` column, in the settings'
 * `externalSourceId`: import-settings.ts) is matched first and always: an id names one record
 * of its source, so it is never given to a second contact.
 */

export interface RowPlan {
  headers: readonly string[];
  mappings: readonly CsvMapping[];
  settings: ImportSettingsDoc | null;
  divisionId: string | null;
}

export type RowOutcome = { ok: true } | { ok: false; message: string };

function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((part) => {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts[parts.length - 1] ?? path] = value;
}

const CUSTOM_PREFIX = 'customFields.';
const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

/**
 * A custom field's cell as its value, by the core type the key ends with (the sandbox refuses
 * other keys, so the key alone says it): numbers as numbers, checkboxes from true/false (what
 * Genesys' export files write; yes/no and 1/0 too), tags split on `|` as the export files join
 * them. A cell that does not read as its type stays text, so the contact's own validation names
 * the field and what it must be.
 */
function customValue(key: string, cell: string): unknown {
  switch (coreTypeOfFieldKey(key)) {
    case 'integer':
    case 'number': {
      const number = Number(cell);
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell) && Number.isFinite(number)
        ? number
        : cell;
    }
    case 'checkbox': {
      const lower = cell.toLowerCase();
      return YES.has(lower) ? true : NO.has(lower) ? false : cell;
    }
    case 'tag':
      return cell
        .split('|')
        .map((tag) => tag.trim())
        .filter(Boolean);
    default:
      return cell;
  }
}

export function rowBody(plan: RowPlan, cells: readonly string[]): Record<string, unknown> {
  const excluded = new Set<string>(
    (plan.settings?.importFields ?? []).filter((f) => !f.included).map((f) => f.name),
  );
  const body: Record<string, unknown> = {};
  for (const mapping of plan.mappings) {
    if (excluded.has(mapping.targetField)) continue;
    const value = cells[plan.headers.indexOf(mapping.sourceField)]?.trim() ?? '';
    if (value === '') continue;
    if (mapping.targetField === EXTERNAL_ID_TARGET) {
      const sourceId = plan.settings?.externalSourceId;
      if (sourceId === undefined) {
        throw invalidField(
          EXTERNAL_ID_TARGET,
          'an external id needs import settings (the CSV settings’ externalSettingsId) naming its externalSourceId',
        );
      }
      body.externalIds = [{ externalSource: { id: sourceId }, value }];
    } else if (mapping.targetField.startsWith(CUSTOM_PREFIX)) {
      const key = mapping.targetField.slice(CUSTOM_PREFIX.length);
      const custom = (body.customFields ??= {}) as Record<string, unknown>;
      custom[key] = customValue(key, value);
    } else setPath(body, mapping.targetField, value);
  }
  if (plan.divisionId !== null) body.division = { id: plan.divisionId };
  return body;
}

const KIND_OF: Record<'Email' | 'Phone', LookupKind> = { Email: 'email', Phone: 'phone' };
const MATCHED_BY: Partial<Record<LookupKind, string>> = {
  email: 'email or phone',
  phone: 'email or phone',
  externalId: 'external id',
};

/** The oldest contact holding the row's external id, else its email or phone as the criteria ask. */
function findMatch(
  contacts: ContactService,
  plan: RowPlan,
  candidate: ContactRecord,
): { record: ContactRecord; by: LookupKind } | null {
  const criteria = new Set((plan.settings?.matchingCriteria ?? []).map((c) => KIND_OF[c]));
  const keys = contactLookupKeys(candidate.doc);
  const ordered = [
    ...keys.filter(({ kind }) => kind === 'externalId'),
    ...keys.filter(({ kind }) => criteria.has(kind)),
  ];
  for (const { kind, key } of ordered) {
    const [match] = contacts.contacts.findByLookupKey(kind, key, null, 1);
    if (match !== undefined) return { record: match, by: kind };
  }
  return null;
}

/** A reference's id (`{id}`: a schema, an external source). */
const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;

/** External ids with their source's id and value beside them, for comparing. */
const idPairs = (list: unknown): { item: unknown; source: unknown; value: unknown }[] =>
  (Array.isArray(list) ? list : []).map((item: unknown) => {
    const { externalSource, value } = (item ?? {}) as { externalSource?: unknown; value?: unknown };
    return { item, source: idOf(externalSource), value };
  });

/**
 * The row's external id joins the contact's: one it holds already changes nothing; one of a
 * source the contact has another id of replaces that id (a merge writes every value the row
 * gives); else it is added (past the API's 10 the write fails, and so does the row).
 */
function mergeExternalIds(stored: unknown, given: unknown): unknown[] {
  let kept = idPairs(stored);
  for (const id of idPairs(given)) {
    if (kept.some((other) => other.source === id.source && other.value === id.value)) continue;
    kept = [...kept.filter((other) => other.source !== id.source), id];
  }
  return kept.map((id) => id.item);
}

/**
 * Top-level objects (address, phones, custom fields) merge field by field; anything else is
 * replaced. The row's schema replaces the stored reference whole (the write takes its current
 * version); a contact on another schema is not moved (that would drop its own schema's values).
 */
function mergeInto(form: Record<string, unknown>, body: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...form };
  const storedSchema = idOf(form.schema);
  if (body.schema !== undefined && storedSchema !== undefined) {
    if (storedSchema !== idOf(body.schema)) {
      throw invalidField(
        'schema.id',
        `The contact is on the schema ${String(storedSchema)}; its custom fields cannot be written with another schema.`,
      );
    }
  }
  for (const [key, value] of Object.entries(body)) {
    const current = merged[key];
    if (key === 'externalIds') {
      merged[key] = mergeExternalIds(current, value);
      continue;
    }
    merged[key] =
      key !== 'schema' &&
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object' &&
      current !== null
        ? { ...current, ...value }
        : value;
  }
  delete merged.division;
  return merged;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiProblem) return error.message;
  throw error;
}

/** Validates (dryRun) or imports one row; a bad row never throws, it reports why. */
export function importRow(
  contacts: ContactService,
  plan: RowPlan,
  cells: readonly string[],
  dryRun: boolean,
): RowOutcome {
  if (cells.length !== plan.headers.length) {
    return {
      ok: false,
      message: `it has ${cells.length} values; the header has ${plan.headers.length} columns`,
    };
  }
  try {
    const body = rowBody(plan, cells);
    // Matching needs the row's emails and phones; its custom fields are judged on what is
    // written: a new contact's own, or a matched contact's merged with them.
    const { schema: _schema, customFields: _customFields, ...identities } = body;
    const found = findMatch(contacts, plan, contacts.prepareCreate(identities));
    if (found !== null && plan.settings?.mergeContacts !== true) {
      return {
        ok: false,
        message: `the contact ${found.record.id} already holds this ${MATCHED_BY[found.by] ?? 'value'}`,
      };
    }
    if (found === null) {
      if (dryRun) contacts.prepareCreate(body);
      else contacts.create(body);
    } else {
      const match = found.record;
      const merged = mergeInto(contacts.writeForm(match), body);
      if (dryRun) contacts.prepareReplace(match, merged);
      else contacts.replace(match.id, merged);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
