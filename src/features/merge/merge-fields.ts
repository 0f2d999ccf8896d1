import type { ExternalContact, PhoneNumber } from '@/features/contacts/contact-model';
import { phoneDisplay } from '@/features/contacts/format';

/**
 * The fields a merge lets the user choose, and how each is shown, compared and written back in a
 * `valueOverride`. Pure: no React, so the rules are unit tested.
 *
 * Phones and emails are groups: Genesys keeps the newest contact's numbers in their slots and moves
 * the other contacts' different numbers into free slots of the same kind (domain-rules §3), so a
 * choice there moves a value between slots rather than dropping one.
 */
export type FieldGroup = 'phone' | 'email';

export interface MergeField {
  id: string;
  label: string;
  section: string;
  group?: FieldGroup;
  read: (contact: ExternalContact) => unknown;
  /** What the result column and the radio labels show. */
  format: (value: unknown) => string;
  /** The `valueOverride` part that puts `value` in the result. */
  write: (value: unknown) => Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
const joined = (...parts: unknown[]) =>
  parts.filter((part) => typeof part === 'string' && part.trim() !== '').join(' · ');

/** A stored phone as the API takes it: what was typed; e164 and countryCode are read-only. */
export function phoneWrite(value: unknown): Record<string, unknown> {
  const phone = asRecord(value) as PhoneNumber;
  return Object.fromEntries(
    Object.entries({
      display: phone.userInput ?? phone.display,
      extension: phone.extension,
      acceptsSMS: phone.acceptsSMS,
      normalizationCountryCode: phone.normalizationCountryCode,
    }).filter(([, part]) => part !== undefined && part !== null),
  );
}

const textField = (id: keyof ExternalContact & string, label: string, section: string) =>
  ({
    id,
    label,
    section,
    read: (contact) => contact[id],
    format: asText,
    write: (value) => ({ [id]: value }),
  }) satisfies MergeField;

const phoneField = (id: 'workPhone' | 'cellPhone' | 'homePhone' | 'otherPhone', label: string) =>
  ({
    id,
    label,
    section: 'Phones',
    group: 'phone',
    read: (contact) => contact[id],
    format: (value) => phoneDisplay(asRecord(value) as PhoneNumber),
    write: (value) => ({ [id]: phoneWrite(value) }),
  }) satisfies MergeField;

const emailField = (id: 'workEmail' | 'personalEmail' | 'otherEmail', label: string) =>
  ({ ...textField(id, label, 'Emails'), group: 'email' }) satisfies MergeField;

const objectField = (
  id: keyof ExternalContact & string,
  label: string,
  section: string,
  format: (value: Record<string, unknown>) => string,
) =>
  ({
    id,
    label,
    section,
    read: (contact) => contact[id],
    format: (value) => format(asRecord(value)),
    write: (value) => ({ [id]: value }),
  }) satisfies MergeField;

const firstId = (value: unknown, key: string) =>
  asText(asRecord(Array.isArray(value) ? value[0] : undefined)[key]);

export const MERGE_FIELDS: readonly MergeField[] = [
  textField('salutation', 'Salutation', 'Name and title'),
  textField('firstName', 'First name', 'Name and title'),
  textField('middleName', 'Middle name', 'Name and title'),
  textField('lastName', 'Last name', 'Name and title'),
  textField('title', 'Title', 'Name and title'),
  phoneField('workPhone', 'Work phone'),
  phoneField('cellPhone', 'Cell phone'),
  phoneField('homePhone', 'Home phone'),
  phoneField('otherPhone', 'Other phone'),
  emailField('workEmail', 'Work email'),
  emailField('personalEmail', 'Personal email'),
  emailField('otherEmail', 'Other email'),
  objectField('address', 'Address', 'Address', (address) =>
    joined(
      address.address1,
      address.address2,
      address.city,
      address.state,
      address.postalCode,
      address.countryCode,
    ),
  ),
  objectField('twitterId', 'Twitter', 'Social and messaging', (twitter) =>
    joined(twitter.screenName, twitter.name),
  ),
  objectField('facebookId', 'Facebook', 'Social and messaging', (facebook) =>
    joined(facebook.displayName, firstId(facebook.ids, 'scopedId')),
  ),
  objectField('instagramId', 'Instagram', 'Social and messaging', (instagram) =>
    joined(instagram.handle, instagram.displayName, firstId(instagram.ids, 'scopedId')),
  ),
  objectField('lineId', 'Line', 'Social and messaging', (line) =>
    joined(line.displayName, firstId(line.ids, 'userId')),
  ),
  {
    ...objectField('whatsAppId', 'WhatsApp', 'Social and messaging', (whatsApp) =>
      joined(whatsApp.displayName, phoneDisplay(asRecord(whatsApp.phoneNumber) as PhoneNumber)),
    ),
    write: (value) => {
      const whatsApp = asRecord(value);
      return { whatsAppId: { ...whatsApp, phoneNumber: phoneWrite(whatsApp.phoneNumber) } };
    },
  },
  {
    id: 'appleOpaqueIds',
    label: 'Apple opaque ids',
    section: 'Social and messaging',
    read: (contact) => contact.appleOpaqueIds,
    format: (value) =>
      (Array.isArray(value) ? value.map((id) => asText(asRecord(id).value)) : []).join(', '),
    write: (value) => ({ appleOpaqueIds: value }),
  },
  {
    id: 'externalIds',
    label: 'External ids',
    section: 'Preferences and links',
    read: (contact) => contact.externalIds,
    format: (value) =>
      (Array.isArray(value) ? value : [])
        .map((item) => {
          const externalId = asRecord(item);
          const source = asRecord(externalId.externalSource);
          return `${asText(source.name) || asText(source.id)}: ${asText(externalId.value)}`;
        })
        .join(', '),
    write: (value) => ({ externalIds: value }),
  },
  {
    id: 'surveyOptOut',
    label: 'Survey opt-out',
    section: 'Preferences and links',
    read: (contact) => contact.surveyOptOut,
    format: (value) => (value === true ? 'Yes, no surveys' : value === false ? 'No' : ''),
    write: (value) => ({ surveyOptOut: value }),
  },
  {
    // Beside the document, not in it: the API takes it from valueOverride.externalOrganization.
    id: 'externalOrganization',
    label: 'Organization',
    section: 'Organization',
    read: (contact) =>
      contact.externalOrganization?.id
        ? { id: contact.externalOrganization.id, name: contact.externalOrganization.name }
        : undefined,
    format: (value) => {
      const organization = asRecord(value);
      return asText(organization.name) || `Organization ${asText(organization.id)}`;
    },
    write: (value) => ({ externalOrganization: { id: asRecord(value).id } }),
  },
  textField('externalSystemUrl', 'External system URL', 'Preferences and links'),
  {
    // One choice for the whole set: the values only make sense with the schema they were checked
    // against, and the override replaces customFields as a whole.
    id: 'customFields',
    label: 'Custom fields',
    section: 'Custom fields',
    read: (contact) =>
      contact.customFields && Object.keys(contact.customFields).length > 0
        ? { schema: contact.schema, customFields: contact.customFields }
        : undefined,
    format: (value) => {
      const { schema, customFields } = asRecord(value);
      const schemaName = asText(asRecord(schema).name) || asText(asRecord(schema).id);
      const pairs = Object.entries(asRecord(customFields)).map(
        ([key, item]) => `${key}: ${typeof item === 'string' ? item : JSON.stringify(item)}`,
      );
      return [schemaName ? `${schemaName} —` : '', pairs.join(', ')].filter(Boolean).join(' ');
    },
    write: (value) => {
      const { schema, customFields } = asRecord(value);
      const schemaRef = asRecord(schema);
      return {
        schema: {
          id: schemaRef.id,
          ...(schemaRef.version !== undefined ? { version: schemaRef.version } : {}),
        },
        customFields,
      };
    },
  },
];

const SLOTS: Record<FieldGroup, readonly string[]> = {
  phone: MERGE_FIELDS.filter((field) => field.group === 'phone').map((field) => field.id),
  email: MERGE_FIELDS.filter((field) => field.group === 'email').map((field) => field.id),
};

export const fieldById = new Map(MERGE_FIELDS.map((field) => [field.id, field]));

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** JSON with sorted keys, so equal values written in another key order compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? '';
}

/** The identity of a value, as the API compares them when it fills free slots. */
export function valueKey(field: MergeField, value: unknown): string {
  if (field.group === 'phone') {
    const phone = asRecord(value) as PhoneNumber;
    return `phone:${phone.e164 ?? phone.display ?? ''}`;
  }
  if (field.group === 'email') return `email:${asText(value).toLowerCase()}`;
  return stableJson(value);
}

/** Newest first, as the API ranks the inputs; equal dates keep the order given. */
export function newestFirst(contacts: readonly ExternalContact[]): ExternalContact[] {
  return [...contacts].sort((a, b) => (b.modifyDate ?? '').localeCompare(a.modifyDate ?? ''));
}

export interface MergeOption {
  key: string;
  value: unknown;
  /** The contacts holding this value (in this field, or for a phone/email in any slot). */
  holderIds: string[];
}

export interface MergeRow {
  field: MergeField;
  options: MergeOption[];
  /** The option the API would keep without an override; undefined = the result has none. */
  defaultKey: string | undefined;
  /** Each contact's own value here, by contact id, for the side-by-side columns. */
  cells: Record<string, unknown>;
}

/**
 * Phones or emails as the API merges them: the newest contact's slots first, then every other
 * different value into the first free slot, newest contacts first; what does not fit is dropped.
 */
function defaultGroup(
  group: FieldGroup,
  ranked: readonly ExternalContact[],
): Map<string, { key: string; value: unknown }> {
  const slots = SLOTS[group];
  const result = new Map<string, { key: string; value: unknown }>();
  const newest = ranked[0];
  for (const slot of slots) {
    const field = fieldById.get(slot);
    const value = newest && field ? field.read(newest) : undefined;
    if (field && isPresent(value)) result.set(slot, { key: valueKey(field, value), value });
  }
  const present = new Set([...result.values()].map((entry) => entry.key));
  for (const contact of ranked) {
    for (const slot of slots) {
      const field = fieldById.get(slot);
      const value = field?.read(contact);
      if (!field || !isPresent(value)) continue;
      const key = valueKey(field, value);
      if (present.has(key)) continue;
      const free = slots.find((candidate) => !result.has(candidate));
      if (free === undefined) return result;
      result.set(free, { key, value });
      present.add(key);
    }
  }
  return result;
}

/** Every field some contact has, with its options and the API's default pick. */
export function buildMergeRows(contacts: readonly ExternalContact[]): MergeRow[] {
  const ranked = newestFirst(contacts);
  const groups = {
    phone: defaultGroup('phone', ranked),
    email: defaultGroup('email', ranked),
  };
  const rows: MergeRow[] = [];
  for (const field of MERGE_FIELDS) {
    const cells: Record<string, unknown> = {};
    for (const contact of contacts) {
      const value = field.read(contact);
      if (isPresent(value)) cells[contact.id] = value;
    }
    // A phone or email may move between slots, so each slot offers every value of its group.
    const sourceFields = field.group
      ? MERGE_FIELDS.filter((other) => other.group === field.group)
      : [field];
    const options: MergeOption[] = [];
    for (const contact of ranked) {
      for (const source of sourceFields) {
        const value = source.read(contact);
        if (!isPresent(value)) continue;
        const key = valueKey(field, value);
        const existing = options.find((option) => option.key === key);
        if (existing) {
          if (!existing.holderIds.includes(contact.id)) existing.holderIds.push(contact.id);
        } else {
          options.push({ key, value, holderIds: [contact.id] });
        }
      }
    }
    const defaultKey = field.group
      ? groups[field.group].get(field.id)?.key
      : defaultOf(field, ranked);
    if (Object.keys(cells).length === 0 && defaultKey === undefined) continue;
    // A slot the API leaves empty stays empty (an override cannot clear a field): no choice.
    rows.push({ field, options: defaultKey === undefined ? [] : options, defaultKey, cells });
  }
  return rows;
}

/** A plain field's default: the newest contact that has it (the sandbox's and Genesys' rule). */
function defaultOf(field: MergeField, ranked: readonly ExternalContact[]): string | undefined {
  for (const contact of ranked) {
    const value = field.read(contact);
    if (isPresent(value)) return valueKey(field, value);
  }
  return undefined;
}

/** A field the user has a real choice on: more than one value and a slot to put it in. */
export const isChoosable = (row: MergeRow) =>
  row.defaultKey !== undefined && row.options.length > 1;

export type MergeChoices = Record<string, string>;

export function defaultChoices(rows: readonly MergeRow[]): MergeChoices {
  const choices: MergeChoices = {};
  for (const row of rows) {
    if (isChoosable(row) && row.defaultKey !== undefined) choices[row.field.id] = row.defaultKey;
  }
  return choices;
}

/**
 * The choices after picking `key` for `fieldId`. In a phone/email group a value lives in one
 * slot: if another slot held it, that slot takes this slot's previous value (a swap), so no
 * number is lost or doubled.
 */
export function choose(
  rows: readonly MergeRow[],
  choices: MergeChoices,
  fieldId: string,
  key: string,
): MergeChoices {
  const row = rows.find((candidate) => candidate.field.id === fieldId);
  const previous = choices[fieldId];
  const next = { ...choices, [fieldId]: key };
  const group = row?.field.group;
  if (!group || previous === undefined || previous === key) return next;
  for (const other of rows) {
    if (
      other.field.group === group &&
      other.field.id !== fieldId &&
      choices[other.field.id] === key
    ) {
      next[other.field.id] = previous;
    }
  }
  return next;
}

export interface MergeResult {
  /** What the merged contact will hold per field id (the live preview). */
  values: Record<string, unknown>;
  /** Only what differs from what the API would pick anyway; null when nothing does. */
  valueOverride: Record<string, unknown> | null;
}

export function mergeResult(rows: readonly MergeRow[], choices: MergeChoices): MergeResult {
  const values: Record<string, unknown> = {};
  const override: Record<string, unknown> = {};
  const changedGroups = new Set<FieldGroup>();
  const valueOf = (row: MergeRow, key: string | undefined) =>
    row.options.find((option) => option.key === key)?.value;
  for (const row of rows) {
    const key = choices[row.field.id] ?? row.defaultKey;
    values[row.field.id] = valueOf(row, key);
    if (key === row.defaultKey || key === undefined) continue;
    if (row.field.group) changedGroups.add(row.field.group);
    else Object.assign(override, row.field.write(valueOf(row, key)));
  }
  // A moved phone or email: the whole group is sent, so the API does not also move it again.
  for (const row of rows) {
    if (!row.field.group || !changedGroups.has(row.field.group)) continue;
    const value = values[row.field.id];
    if (value !== undefined) Object.assign(override, row.field.write(value));
  }
  return { values, valueOverride: Object.keys(override).length > 0 ? override : null };
}
