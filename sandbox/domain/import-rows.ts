import type { LookupKind } from '../db/contacts-repo.ts';
import type { ContactRecord } from '../db/contacts-repo.ts';
import type { CsvMapping } from '../db/imports-repo.ts';
import { ApiProblem } from '../errors.ts';
import type { ContactService } from './contact-service.ts';
import { contactLookupKeys } from './contact-documents.ts';
import type { ImportSettingsDoc } from './import-settings.ts';

/**
 * One CSV row → one contact: cells are copied to the mapped JSON paths, then the contact goes
 * through the same validation as POST /contacts. With matching criteria, a row whose email or
 * phone (E.164) a contact already holds updates that contact when `mergeContacts` is true and
 * fails otherwise.
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

export function rowBody(plan: RowPlan, cells: readonly string[]): Record<string, unknown> {
  const excluded = new Set<string>(
    (plan.settings?.importFields ?? []).filter((f) => !f.included).map((f) => f.name),
  );
  const body: Record<string, unknown> = {};
  for (const mapping of plan.mappings) {
    if (excluded.has(mapping.targetField)) continue;
    const value = cells[plan.headers.indexOf(mapping.sourceField)]?.trim() ?? '';
    if (value !== '') setPath(body, mapping.targetField, value);
  }
  if (plan.divisionId !== null) body.division = { id: plan.divisionId };
  return body;
}

const KIND_OF: Record<'Email' | 'Phone', LookupKind> = { Email: 'email', Phone: 'phone' };

function findMatch(
  contacts: ContactService,
  plan: RowPlan,
  candidate: ContactRecord,
): ContactRecord | null {
  const kinds = new Set((plan.settings?.matchingCriteria ?? []).map((c) => KIND_OF[c]));
  for (const { kind, key } of contactLookupKeys(candidate.doc)) {
    if (!kinds.has(kind)) continue;
    const [match] = contacts.contacts.findByLookupKey(kind, key, null, 1);
    if (match !== undefined) return match;
  }
  return null;
}

/** Top-level objects (address, phones) merge field by field; anything else is replaced. */
function mergeInto(form: Record<string, unknown>, body: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...form };
  for (const [key, value] of Object.entries(body)) {
    const current = merged[key];
    merged[key] =
      typeof value === 'object' && value !== null && typeof current === 'object' && current !== null
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
    const candidate = contacts.prepareCreate(body);
    const match = findMatch(contacts, plan, candidate);
    if (match !== null && plan.settings?.mergeContacts !== true) {
      return { ok: false, message: `the contact ${match.id} already holds this email or phone` };
    }
    if (dryRun) return { ok: true };
    if (match === null) contacts.create(body);
    else contacts.replace(match.id, mergeInto(contacts.writeForm(match), body));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
