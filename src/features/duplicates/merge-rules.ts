import type { ExternalContact } from '@/models/contact-fields';
import { droppedValues, type DroppedValue } from '@/models/merge-dropped-values';
import {
  isPresent,
  MERGE_FIELDS,
  newestFirst,
  rankedGroupSlots,
  valueKey,
  type FieldGroup,
  type MergeField,
  type MergeRow,
} from '@/models/merge-fields';

/**
 * The rules a steward merges many clusters with. Each rule ranks a cluster's contacts; every
 * field is then taken from the first-ranked contact that has it, and phones and emails fill
 * their slots in rank order, as Genesys does with its own ranking (most recently modified
 * first, domain-rules §3; a rule keeps each phone or email in its own slot when it can). What differs from Genesys' default is sent as `valueOverride`
 * (phones or emails as a whole group, so the API does not move them again), so the stored
 * result is exactly the plan's. Pure: the preview and the request come from the same plan.
 */
export const MERGE_RULES = ['default', 'curated', 'complete', 'recent'] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

export const RULE_TEXT: Record<MergeRule, { label: string; hint: string }> = {
  default: {
    label: "Genesys' default",
    hint: 'Each field from the most recently modified contact that has it.',
  },
  curated: {
    label: 'Prefer the curated contact',
    hint: 'Fields of the curated contact first (the most recently modified, if several), then the others.',
  },
  complete: {
    label: 'Prefer the most complete',
    hint: 'Fields of the contact with the most fields filled in first, then the others.',
  },
  recent: {
    label: 'Prefer the most recent',
    hint: 'Fields of the most recently created contact first, then the others.',
  },
};

/** How many of the merge's fields a contact has filled in. */
export const filledFields = (contact: ExternalContact) =>
  MERGE_FIELDS.filter((field) => isPresent(field.read(contact))).length;

/** The contacts in the order the rule takes their fields; ties keep Genesys' order. */
export function rankContacts(
  contacts: readonly ExternalContact[],
  rule: MergeRule,
): ExternalContact[] {
  const newest = newestFirst(contacts);
  switch (rule) {
    case 'default':
      return newest;
    case 'curated':
      return [
        ...newest.filter((contact) => contact.type === 'Curated'),
        ...newest.filter((contact) => contact.type !== 'Curated'),
      ];
    case 'complete':
      return [...newest].sort((a, b) => filledFields(b) - filledFields(a));
    case 'recent':
      return [...newest].sort((a, b) => (b.createDate ?? '').localeCompare(a.createDate ?? ''));
  }
}

export interface MergePlan {
  /** What the result holds, by merge field id (undefined = it has none). */
  values: Record<string, unknown>;
  /** What differs from Genesys' default; null when the rule keeps what Genesys would. */
  valueOverride: Record<string, unknown> | null;
  /** Fields where the contacts' values differ (with their groups' filled slots): the preview. */
  contested: MergeField[];
  /** Values of the contacts the result will not keep. */
  dropped: DroppedValue[];
}

const firstPresent = (field: MergeField, ranked: readonly ExternalContact[]) => {
  for (const contact of ranked) {
    const value = field.read(contact);
    if (isPresent(value)) return value;
  }
  return undefined;
};

const GROUPS: readonly FieldGroup[] = ['phone', 'email'];

type Slots = Map<string, { key: string; value: unknown }>;

/**
 * A rule's phones or emails: each different value, in rank order, in its own slot when that is
 * free, else in the first free one; what does not fit is dropped. (Genesys' own fill puts every
 * value after the first contact's into the first free slot: a rule sends the whole group, so it
 * can keep a cell phone a cell phone.)
 */
function ruleGroupSlots(group: FieldGroup, ranked: readonly ExternalContact[]): Slots {
  const slots = MERGE_FIELDS.filter((field) => field.group === group);
  const result: Slots = new Map();
  const present = new Set<string>();
  for (const contact of ranked) {
    for (const slot of slots) {
      const value = slot.read(contact);
      if (!isPresent(value)) continue;
      const key = valueKey(slot, value);
      if (present.has(key)) continue;
      const target = result.has(slot.id)
        ? slots.find((candidate) => !result.has(candidate.id))
        : slot;
      if (target === undefined) continue;
      result.set(target.id, { key, value });
      present.add(key);
    }
  }
  return result;
}

function isContested(field: MergeField, contacts: readonly ExternalContact[]): boolean {
  const keys = new Set(
    contacts.map((contact) => {
      const value = field.read(contact);
      return isPresent(value) ? valueKey(field, value) : '';
    }),
  );
  return keys.size > 1;
}

/**
 * The fields to preview: those whose values differ, and when a phone or email differs, every
 * slot of its group the result fills (a value may move to another slot).
 */
function contestedFields(
  contacts: readonly ExternalContact[],
  values: Record<string, unknown>,
): MergeField[] {
  const contested = MERGE_FIELDS.filter((field) => isContested(field, contacts));
  const groups = new Set(contested.flatMap((field) => (field.group ? [field.group] : [])));
  return MERGE_FIELDS.filter(
    (field) =>
      contested.includes(field) ||
      (field.group !== undefined && groups.has(field.group) && isPresent(values[field.id])),
  );
}

export function planMerge(contacts: readonly ExternalContact[], rule: MergeRule): MergePlan {
  const byDefault = newestFirst(contacts);
  const ranked = rankContacts(contacts, rule);
  const values: Record<string, unknown> = {};
  const override: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    if (field.group) continue;
    const value = firstPresent(field, ranked);
    values[field.id] = value;
    const fallback = firstPresent(field, byDefault);
    if (isPresent(value) && valueKey(field, value) !== valueKey(field, fallback)) {
      Object.assign(override, field.write(value));
    }
  }
  for (const group of GROUPS) {
    const slots = MERGE_FIELDS.filter((field) => field.group === group);
    const planned =
      rule === 'default' ? rankedGroupSlots(group, ranked) : ruleGroupSlots(group, ranked);
    const fallback = rankedGroupSlots(group, byDefault);
    for (const slot of slots) values[slot.id] = planned.get(slot.id)?.value;
    const same = slots.every((slot) => planned.get(slot.id)?.key === fallback.get(slot.id)?.key);
    if (same) continue;
    for (const slot of slots) {
      const value = values[slot.id];
      if (isPresent(value)) Object.assign(override, slot.write(value));
    }
  }
  // droppedValues reads only each row's field and the values: every field is a row here.
  const rows: MergeRow[] = MERGE_FIELDS.map((field) => ({
    field,
    options: [],
    defaultKey: undefined,
    cells: {},
  }));
  return {
    values,
    valueOverride: Object.keys(override).length > 0 ? override : null,
    contested: contestedFields(contacts, values),
    dropped: droppedValues(contacts, rows, values),
  };
}
