import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { CoreTypeLimitsByName } from '@/models/data-schema';
import { ADDRESS_PARTS, asRecord, type RecordField } from '@/models/record-fields';
import {
  formFields,
  recordFormSchema,
  splitLines,
  toFormValues,
  type RecordFormValues,
} from '@/record-kit/form/record-form-values';
import type { CustomFieldFormValues } from '@/features/schemas';
import type { BulkEdit, CustomFieldEdit, FieldAction } from './bulk-edit-changes';
import { customFieldApiValue, type CustomFieldChoice } from './bulk-edit-custom-values';

/**
 * The bulk edit form's values: the record form's values (same names, so the record kit's inputs
 * bind to them), what to do with each field, and the custom fields' inputs and actions.
 */
export type BulkEditValues = RecordFormValues & {
  actions: Record<string, FieldAction>;
  customActions: Record<string, FieldAction>;
  customFields: CustomFieldFormValues;
};

export function bulkEditDefaults(fields: readonly RecordField[]): BulkEditValues {
  return {
    ...toFormValues(fields, undefined),
    actions: Object.fromEntries(formFields(fields).map((field) => [field.key, 'keep'])),
    customActions: {},
    customFields: {},
  };
}

/** The selection's schema and its fields, known once the records are read. */
export interface CustomFieldContext {
  schema: CustomFieldEdit['schema'];
  document: CustomFieldEdit['document'];
  choices: readonly CustomFieldChoice[];
  coreTypes: CoreTypeLimitsByName;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Where a field's "type a value" message goes: the input that holds its text. */
function blankPath(field: RecordField, value: unknown): string | null {
  switch (field.kind) {
    case 'boolean':
      return null;
    case 'phone':
      return textOf(asRecord(value).display) ? null : `${field.key}.display`;
    case 'twitter':
      return textOf(asRecord(value).screenName) ? null : `${field.key}.screenName`;
    case 'address':
      return ADDRESS_PARTS.some((part) => textOf(asRecord(value)[part.key]))
        ? null
        : `${field.key}.${ADDRESS_PARTS[0]?.key ?? 'address1'}`;
    case 'reference':
      return asRecord(value).id ? null : field.key;
    case 'textList':
      return splitLines(typeof value === 'string' ? value : '').length > 0 ? null : field.key;
    default:
      return textOf(value) ? null : field.key;
  }
}

function setErrorAt(errors: Record<string, unknown>, path: string, message: string) {
  const parts = path.split('.');
  let node = errors;
  for (const part of parts.slice(0, -1)) {
    node[part] = { ...asRecord(node[part]) };
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] ?? path;
  node[last] ??= { type: 'bulk', message };
}

/**
 * Checks only what the edit sends: each field to set with the write schema's rule for it (an
 * email must be an email, a phone a phone…), and not empty (emptying is Clear); each custom field
 * to set with its schema's rules. A form that changes nothing is refused too.
 */
export function bulkEditResolver(
  fields: readonly RecordField[],
  write: Readonly<Record<string, z.ZodMiniType>>,
  /** Read when the form is checked: the selection's schema is known only once it is read. */
  customFieldsRef: { readonly current: CustomFieldContext | null },
): Resolver<BulkEditValues, unknown, BulkEditValues> {
  const full = recordFormSchema(fields, write).shape as Record<string, z.core.$ZodType>;
  return async (values, context, options) => {
    const toSet = formFields(fields).filter((field) => values.actions[field.key] === 'set');
    const shape: Record<string, z.core.$ZodType> = {};
    for (const field of toSet) {
      const rule = full[field.key];
      if (rule) shape[field.key] = rule;
    }
    if (toSet.some((field) => field.kind === 'phone') && full.phoneCountry) {
      shape.phoneCountry = full.phoneCountry;
    }
    const checked = await (
      zodResolver(z.object(shape)) as unknown as Resolver<
        Record<string, unknown>,
        unknown,
        Record<string, unknown>
      >
    )(values, context, options as never);
    const errors: Record<string, unknown> = { ...checked.errors };
    for (const field of toSet) {
      const path = blankPath(field, values[field.key]);
      if (path)
        setErrorAt(errors, path, `Type the new ${field.label}, or choose Clear to empty it.`);
    }

    const schema = customFieldsRef.current;
    const customActions = Object.entries(values.customActions).filter(
      ([key, action]) => action !== 'keep' && schema?.choices.some((choice) => choice.key === key),
    );
    for (const [key, action] of customActions) {
      const choice = schema?.choices.find((item) => item.key === key);
      if (!choice || action !== 'set') continue;
      const converted = customFieldApiValue(choice, values.customFields[key], schema?.coreTypes);
      if (!converted.ok) setErrorAt(errors, `customFields.${key}`, converted.message);
    }

    const edits = formFields(fields).filter(
      (field) => (values.actions[field.key] ?? 'keep') !== 'keep',
    );
    if (edits.length + customActions.length === 0) {
      errors.actions = { type: 'bulk', message: 'Choose at least one field to set or clear.' };
    }
    if (Object.keys(errors).length > 0) {
      return { values: {}, errors: errors as FieldErrors<BulkEditValues> };
    }
    return { values: { ...values, ...checked.values } as BulkEditValues, errors: {} };
  };
}

/** The checked form as an edit of records (custom values converted to the API's types). */
export function toBulkEdit(
  fields: readonly RecordField[],
  writeKeys: readonly string[],
  values: BulkEditValues,
  custom: CustomFieldContext | null,
): BulkEdit {
  const edit: BulkEdit = { fields, writeKeys, actions: values.actions, values };
  if (!custom) return edit;
  const set: Record<string, unknown> = {};
  const clear: string[] = [];
  for (const choice of custom.choices) {
    const action = values.customActions[choice.key] ?? 'keep';
    if (action === 'clear') clear.push(choice.key);
    if (action !== 'set') continue;
    const converted = customFieldApiValue(
      choice,
      values.customFields[choice.key],
      custom.coreTypes,
    );
    if (converted.ok) set[choice.key] = converted.value;
  }
  if (clear.length + Object.keys(set).length === 0) return edit;
  return {
    ...edit,
    custom: {
      schema: custom.schema,
      document: custom.document,
      coreTypes: custom.coreTypes,
      set,
      clear,
    },
  };
}
