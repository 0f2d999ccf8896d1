import type { ContactRecord } from '../db/contacts-repo.ts';
import { asRecord } from './json-clean.ts';
import { CONTACT_EMAIL_FIELDS, CONTACT_PHONE_FIELDS } from './search-text.ts';

/**
 * The fields of a merged contact (documented rule): each field comes from the most recently
 * modified input that has it (the sandbox falls back to older inputs for fields the newest lacks);
 * `override` (valueOverride, already normalised) wins over everything. Phones and emails: the
 * override's slots first, then the newest input's other slots, then every value not yet kept
 * (a newest value the override displaced included) moves into a free slot of the same kind.
 */
export const MAX_MERGE_SET = 52;

function phoneKey(phone: unknown): string {
  const stored = asRecord(phone);
  const e164 = stored?.e164;
  const display = stored?.display;
  return typeof e164 === 'string' ? e164 : typeof display === 'string' ? display : '';
}

function fillSlots(
  doc: Record<string, unknown>,
  inputs: readonly Record<string, unknown>[],
  slots: readonly string[],
  keyOf: (value: unknown) => string,
): void {
  const present = new Set(
    slots
      .map((slot) => doc[slot])
      .filter((v) => v !== undefined)
      .map(keyOf),
  );
  for (const input of inputs) {
    for (const slot of slots) {
      const value = input[slot];
      if (value === undefined || present.has(keyOf(value))) continue;
      const free = slots.find((candidate) => doc[candidate] === undefined);
      if (free === undefined) return;
      doc[free] = value;
      present.add(keyOf(value));
    }
  }
}

/**
 * The override's slots, then the newest input's values in the slots the override leaves out.
 * A newest value the override already holds in another slot is not doubled; without an override
 * the newest input's slots are taken as they are.
 */
function slotsFirst(
  doc: Record<string, unknown>,
  override: Record<string, unknown>,
  newest: Record<string, unknown>,
  slots: readonly string[],
  keyOf: (value: unknown) => string,
): void {
  const overridden = new Set<string>();
  for (const slot of slots) {
    const value = override[slot];
    if (value === undefined || value === null) continue;
    doc[slot] = value;
    overridden.add(keyOf(value));
  }
  for (const slot of slots) {
    const value = newest[slot];
    if (doc[slot] !== undefined || value === undefined || overridden.has(keyOf(value))) continue;
    doc[slot] = value;
  }
}

export function mergedDocument(
  inputs: readonly ContactRecord[],
  override: Record<string, unknown> | null,
): { doc: Record<string, unknown>; organizationId: string | null; divisionId: string } {
  const newestFirst = [...inputs].sort((a, b) => b.modifyDate.localeCompare(a.modifyDate));
  const docs = newestFirst.map((input) => input.doc);
  const doc: Record<string, unknown> = {};
  for (const input of docs) {
    for (const [key, value] of Object.entries(input)) {
      if (
        !(key in doc) &&
        !(CONTACT_PHONE_FIELDS as readonly string[]).includes(key) &&
        !(CONTACT_EMAIL_FIELDS as readonly string[]).includes(key)
      ) {
        doc[key] = value;
      }
    }
  }
  const newest = docs[0] ?? {};
  const emailKey = (value: unknown) => String(value).toLowerCase();
  // "Conflicting values are moved into other free slots" (domain-rules §3): a slot the override
  // sets must not overwrite a value the fill put there, or that value would be lost.
  slotsFirst(doc, override ?? {}, newest, CONTACT_PHONE_FIELDS, phoneKey);
  slotsFirst(doc, override ?? {}, newest, CONTACT_EMAIL_FIELDS, emailKey);
  fillSlots(doc, docs, CONTACT_PHONE_FIELDS, phoneKey);
  fillSlots(doc, docs, CONTACT_EMAIL_FIELDS, emailKey);
  if (override !== null) Object.assign(doc, override);
  const organizationId =
    newestFirst.find((input) => input.organizationId !== null)?.organizationId ?? null;
  return { doc, organizationId, divisionId: newestFirst[0]?.divisionId ?? '' };
}

/** Everything merged into the result: the inputs and, recursively, what they were merged from. */
export function mergeSetOf(inputs: readonly ContactRecord[]): string[] {
  const ids = new Set<string>();
  for (const input of inputs) {
    for (const ancestor of input.mergeSet ?? []) ids.add(ancestor);
    ids.add(input.id);
  }
  return [...ids];
}
