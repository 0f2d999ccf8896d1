import * as z from 'zod/mini';
import { ADDRESS_PARTS, type RecordBase, type RecordField } from '@/models/record-fields';
import { phoneProblem } from './phone-rules';

/**
 * A record form's values, schema and request body, derived from the entity's fields by kind.
 * Every input holds a string (an empty field is ''), a boolean, or the picked reference; the
 * rules are the write schema's own (src/models), so the limits and messages are the ones the
 * sandbox applies too. `phoneCountry` is the form's own: one country for all of a record's
 * phones, sent as each phone's normalizationCountryCode.
 */
export type RecordFormValues = Record<string, unknown> & { phoneCountry: string };

/** What a form edits beyond the fields (custom fields, tickers): its values, rules and body. */
export interface FormExtension<Read extends RecordBase = RecordBase> {
  /** Form keys it owns, so the record's values under them are not carried over on PUT. */
  writeKeys: readonly string[];
  shape: z.core.$ZodShape;
  defaults: (record: Read | undefined) => Record<string, unknown>;
  applyBody: (body: Record<string, unknown>, values: Record<string, unknown>) => void;
  /** The input an API error's field name belongs to, when it is one of this extension's. */
  fieldFor?: (apiFieldName: string) => string | null;
}

export const MAX_LIST_ITEM_LENGTH = 1000;

const edited = (field: RecordField) => field.kind !== 'structured' && !field.readOnlyInForm;
export const formFields = (fields: readonly RecordField[]) => fields.filter(edited);

export const splitLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A whole number typed as text: '' is "none"; anything else must be what the API accepts. */
const wholeNumberText = (rule: z.ZodMiniType) =>
  z.string().check(
    z.superRefine((value, context) => {
      const text = value.trim();
      if (text === '') return;
      const parsed = rule.safeParse(/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN);
      if (!parsed.success)
        context.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? '' });
    }),
  );

/** One value per line (tags, websites): each line must fit the API's item limit. */
const lineList = (field: RecordField) =>
  z.string().check(
    z.superRefine((value, context) => {
      const tooLong = splitLines(value).findIndex((line) => line.length > MAX_LIST_ITEM_LENGTH);
      if (tooLong >= 0)
        context.addIssue({
          code: 'custom',
          message: `${field.label} line ${tooLong + 1} must be at most ${MAX_LIST_ITEM_LENGTH.toLocaleString('en-US')} characters.`,
        });
    }),
  );

const phoneCountry = z.string().check(
  z.trim(),
  z.refine((value) => value === '' || /^[A-Za-z]{2}$/.test(value), {
    message: 'The phone country must be a two-letter ISO country code, such as US.',
  }),
);

/** The form's zod schema: each field's rule is the write schema's rule for it. */
export function recordFormSchema<Read extends RecordBase>(
  fields: readonly RecordField[],
  write: Readonly<Record<string, z.ZodMiniType>>,
  extensions: readonly FormExtension<Read>[] = [],
) {
  const shape: Record<string, z.core.$ZodType> = { phoneCountry };
  for (const field of formFields(fields)) {
    const rule = write[field.key];
    if (!rule) continue;
    if (field.kind === 'number') shape[field.key] = wholeNumberText(rule);
    else if (field.kind === 'textList') shape[field.key] = lineList(field);
    else if (field.kind === 'reference')
      // Picked from the API's records, so only its id goes back; the name is for the picker.
      shape[field.key] = z.nullable(z.object({ id: z.string(), name: z.optional(z.string()) }));
    else shape[field.key] = rule;
  }
  for (const extension of extensions) Object.assign(shape, extension.shape);
  const phones = formFields(fields).filter((field) => field.kind === 'phone');
  return z.object(shape).check(
    z.superRefine(
      (values, context) => {
        const record = values as Record<string, unknown>;
        for (const field of phones) {
          const problem = phoneProblem(
            field.label,
            part(record[field.key], 'display'),
            str(record.phoneCountry),
          );
          if (problem) {
            context.addIssue({ code: 'custom', message: problem, path: [field.key, 'display'] });
          }
        }
      },
      // Each phone is checked even while other fields have problems: all errors show at once.
      { when: () => true },
    ),
  );
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const part = (value: unknown, key: string) =>
  str((value as Record<string, unknown> | undefined)?.[key]);

/** The inputs' values for a record (edit) or none (create). */
export function toFormValues<Read extends RecordBase>(
  fields: readonly RecordField[],
  record: Read | undefined,
  extensions: readonly FormExtension<Read>[] = [],
): RecordFormValues {
  const stored = (record ?? {}) as Record<string, unknown>;
  const values: RecordFormValues = { phoneCountry: '' };
  for (const field of formFields(fields)) {
    const value = stored[field.key];
    switch (field.kind) {
      case 'phone':
        values[field.key] = { display: part(value, 'display') };
        values.phoneCountry ||= part(value, 'normalizationCountryCode').toUpperCase();
        break;
      case 'address':
        values[field.key] = Object.fromEntries(
          ADDRESS_PARTS.map((address) => [address.key, part(value, address.key)]),
        );
        break;
      case 'twitter':
        values[field.key] = { screenName: part(value, 'screenName') };
        break;
      case 'boolean':
        values[field.key] = value === true;
        break;
      case 'number':
        values[field.key] = typeof value === 'number' ? String(value) : '';
        break;
      case 'textList':
        values[field.key] = Array.isArray(value) ? value.join('\n') : '';
        break;
      case 'reference': {
        const id = part(value, 'id');
        values[field.key] = id ? { id, name: part(value, 'name') || undefined } : null;
        break;
      }
      default:
        values[field.key] = str(value);
    }
  }
  for (const extension of extensions) Object.assign(values, extension.defaults(record));
  return values;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** An object without its empty parts, or undefined when nothing is left (an empty address). */
export function withoutEmpty(value: unknown) {
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value).filter(([, item]) => Boolean(item));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * A phone as the API takes it: what the user typed, the country to read it with, and the parts
 * the form does not show (extension, SMS) kept from the stored phone.
 */
export function phoneBody(display: unknown, existing: unknown, country: string) {
  const typed = text(display);
  if (!typed) return undefined;
  const stored = (existing ?? {}) as Record<string, unknown>;
  return {
    display: typed,
    ...(stored.extension !== undefined ? { extension: stored.extension } : {}),
    ...(stored.acceptsSMS !== undefined ? { acceptsSMS: stored.acceptsSMS } : {}),
    ...(country ? { normalizationCountryCode: country } : {}),
  };
}

/**
 * PUT replaces the whole record, so what the form does not edit (social ids, external ids,
 * division…) goes back as it was. Only the write schema's keys go: read-only ones (type, merge
 * fields, dates) are never echoed.
 */
function carriedOver(
  existing: RecordBase | undefined,
  writeKeys: readonly string[],
  editedKeys: ReadonlySet<string>,
) {
  if (!existing) return {};
  const stored = existing as unknown as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of writeKeys) {
    if (editedKeys.has(key)) continue;
    const value = stored[key];
    if (value !== undefined && value !== null) kept[key] = value;
  }
  if (existing.division) kept.division = { id: existing.division.id };
  if (!editedKeys.has('externalIds') && existing.externalIds?.length)
    kept.externalIds = existing.externalIds.flatMap((externalId) =>
      externalId.externalSource?.id && externalId.value
        ? [{ externalSource: { id: externalId.externalSource.id }, value: externalId.value }]
        : [],
    );
  return kept;
}

/** The request body for POST (no existing record) or PUT (the record as loaded). */
export function toWriteBody<Read extends RecordBase>(
  fields: readonly RecordField[],
  writeKeys: readonly string[],
  values: Record<string, unknown>,
  existing: Read | undefined,
  extensions: readonly FormExtension<Read>[] = [],
): Record<string, unknown> {
  const stored = (existing ?? {}) as Record<string, unknown>;
  const country = str(values.phoneCountry).trim().toUpperCase();
  const editedKeys = new Set([
    ...formFields(fields).map((field) => field.key),
    ...extensions.flatMap((extension) => extension.writeKeys),
  ]);
  const body: Record<string, unknown> = carriedOver(existing, writeKeys, editedKeys);
  for (const field of formFields(fields)) {
    const value = values[field.key];
    switch (field.kind) {
      case 'phone':
        body[field.key] = phoneBody(part(value, 'display'), stored[field.key], country);
        break;
      case 'address':
        body[field.key] = withoutEmpty(value);
        break;
      case 'twitter': {
        const twitter = (stored[field.key] ?? {}) as Record<string, unknown>;
        body[field.key] = withoutEmpty({
          id: twitter.id,
          name: twitter.name,
          screenName: part(value, 'screenName'),
        });
        break;
      }
      case 'boolean':
        body[field.key] = value === true;
        break;
      case 'number': {
        const typed = str(value).trim();
        body[field.key] = typed ? Number(typed) : undefined;
        break;
      }
      case 'textList': {
        const items = splitLines(str(value));
        body[field.key] = items.length > 0 ? items : undefined;
        break;
      }
      case 'reference': {
        const id = part(value, 'id');
        body[field.key] = id ? { id } : undefined;
        break;
      }
      default:
        body[field.key] = field.required ? value : text(value);
    }
  }
  for (const extension of extensions) extension.applyBody(body, values);
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

/** Which input an API error detail's fieldName (a phone's `<key>.e164`, `address.city`) belongs to. */
export function formFieldFor<Read extends RecordBase>(
  fields: readonly RecordField[],
  extensions: readonly FormExtension<Read>[] = [],
) {
  const byKey = new Map(formFields(fields).map((field) => [field.key, field]));
  return (apiFieldName: string): string | null => {
    for (const extension of extensions) {
      const input = extension.fieldFor?.(apiFieldName);
      if (input) return input;
    }
    const name = apiFieldName.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
    const [head = '', tail] = name.split('.', 2);
    const field = byKey.get(head);
    if (!field) return null;
    switch (field.kind) {
      case 'phone':
        return tail === 'normalizationCountryCode' ? 'phoneCountry' : `${head}.display`;
      case 'address':
        return ADDRESS_PARTS.some((address) => address.key === tail)
          ? `${head}.${tail}`
          : `${head}.${ADDRESS_PARTS[0]?.key ?? 'address1'}`;
      case 'twitter':
        return `${head}.screenName`;
      default:
        return head;
    }
  };
}
