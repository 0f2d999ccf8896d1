import * as z from 'zod/mini';
import {
  checkPhoneIdentifier,
  identifierTypeField,
  identifierValueField,
} from '@/features/identifiers';
import type { RecordField } from '@/models/record-fields';
import {
  formFieldFor,
  recordFormSchema,
  toFormValues,
  toWriteBody,
  type FormExtension,
  type RecordFormValues,
} from '@/record-kit/form/record-form-values';
import { MAX_MATCHING_IDENTIFIERS, type EnrichAction, type EnrichKind } from './enrich-kinds';

/** How a provided value and a stored one combine (models.json EnrichFieldRules.defaultAction). */
export const FIELD_RULES = ['PreferProvided', 'PreferExisting', 'AlwaysUseProvided'] as const;
export type FieldRule = (typeof FIELD_RULES)[number];
/** How provided list items and stored ones combine (defaultArrayAction); Fill is Genesys' default. */
export const LIST_RULES = ['Fill', 'Extend', 'Replace'] as const;
export type ListRule = (typeof LIST_RULES)[number];

export const ACTION_INFO: Record<EnrichAction, { label: string; help: string }> = {
  Insert: { label: 'Insert', help: 'Create a new record; refused when one already matches.' },
  Update: { label: 'Update', help: 'Change the matched record; refused when none matches.' },
  Upsert: { label: 'Upsert', help: 'Change the first matched record, or create one.' },
  Merge: {
    label: 'Merge',
    help: 'Merge every matched contact into one and change it, or create one.',
  },
};

export const FIELD_RULE_INFO: Record<FieldRule, { label: string; help: string }> = {
  PreferProvided: {
    label: 'Prefer provided',
    help: 'A value given here replaces the stored one; fields left empty stay as stored.',
  },
  PreferExisting: {
    label: 'Prefer existing',
    help: 'Stored values stay; a value given here only fills an empty field.',
  },
  AlwaysUseProvided: {
    label: 'Always use provided',
    help: 'The record becomes exactly what is given here: fields left empty are cleared.',
  },
};

export const LIST_RULE_INFO: Record<ListRule, { label: string; help: string }> = {
  Fill: {
    label: 'Fill',
    help: 'Add the items not stored yet, up to the list’s limit.',
  },
  Extend: { label: 'Extend', help: 'Add every item given, after the stored ones.' },
  Replace: { label: 'Replace', help: 'The list becomes the items given.' },
};

export interface EnrichIdentifier {
  type: string;
  value: string;
}

/** One enrich operation (models.json ContactEnrichRequest / ExternalOrganizationEnrichRequest). */
export interface EnrichRequest {
  /** The caller's tracker: bulk results name their row with it. */
  id?: string;
  action: EnrichAction;
  matchingIdentifiers: EnrichIdentifier[];
  contact?: Record<string, unknown>;
  externalOrganization?: Record<string, unknown>;
  fieldRules: { defaultAction: FieldRule; defaultArrayAction: ListRule };
  options?: { promote: boolean };
  /** Where a created record goes; a matched record keeps its division. */
  division?: { id: string };
}

/** What applies to every record of one enrich, typed once (the form) or once per file (CSV). */
export interface EnrichSettings {
  action: EnrichAction;
  fieldRule: FieldRule;
  listRule: ListRule;
  promote: boolean;
  /** '' is the API's default division. */
  divisionId: string;
}

export const defaultSettings = (): EnrichSettings => ({
  action: 'Upsert',
  fieldRule: 'PreferProvided',
  listRule: 'Fill',
  promote: false,
  divisionId: '',
});

// ---- The record's data: the record form's inputs, with "not given" for every field ----

/** A yes/no field is a choice of three here: not given (leave it), yes, no. */
export const FLAG_CHOICES = ['', 'yes', 'no'] as const;

const flagFields = (kind: EnrichKind) => kind.fields.filter((field) => field.kind === 'boolean');
/**
 * The fields typed as the record form types them. A field the API requires on create (an
 * organization's name) is optional here: an Update or an Upsert that matches needs none.
 */
export const typedFields = (kind: EnrichKind): RecordField[] =>
  kind.fields
    .filter((field) => field.kind !== 'boolean')
    .map((field) => (field.required ? { ...field, required: false } : field));

/** A write rule that also takes '' for "not given". */
function optionalRule(rule: z.ZodMiniType) {
  return z.string().check(
    z.superRefine((value, context) => {
      if (value.trim() === '') return;
      const parsed = rule.safeParse(value);
      if (!parsed.success)
        context.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? '' });
    }),
  );
}

function enrichWrite(kind: EnrichKind): Record<string, z.ZodMiniType> {
  const write: Record<string, z.ZodMiniType> = { ...kind.write };
  for (const field of kind.fields) {
    const rule = write[field.key];
    if (field.required && rule) write[field.key] = optionalRule(rule);
  }
  return write;
}

function flagExtension(kind: EnrichKind): FormExtension {
  const keys = flagFields(kind).map((field) => field.key);
  return {
    writeKeys: keys,
    shape: Object.fromEntries(keys.map((key) => [key, z.enum(FLAG_CHOICES)])),
    defaults: () => Object.fromEntries(keys.map((key) => [key, ''])),
    applyBody: (body, values) => {
      for (const key of keys) {
        if (values[key] === 'yes') body[key] = true;
        else if (values[key] === 'no') body[key] = false;
      }
    },
  };
}

/** The rules one record's data is checked with: the form's and each CSV row's. */
export const recordDataSchema = (kind: EnrichKind) =>
  recordFormSchema(typedFields(kind), enrichWrite(kind), [flagExtension(kind)]);

/** Empty inputs for every field; phones read in `phoneCountry` unless typed with +. */
export function emptyRecordValues(kind: EnrichKind, phoneCountry: string): RecordFormValues {
  const values = toFormValues(typedFields(kind), undefined, [flagExtension(kind)]);
  values.phoneCountry = phoneCountry;
  return values;
}

/** Only what was given: an empty input means "not given", never "clear it". */
export function recordData(kind: EnrichKind, values: RecordFormValues): Record<string, unknown> {
  const body = toWriteBody(typedFields(kind), Object.keys(kind.write), values, undefined, [
    flagExtension(kind),
  ]);
  for (const [key, value] of Object.entries(body)) {
    if (value === '' || value === null) delete body[key];
  }
  return body;
}

export function buildEnrichRequest(
  kind: EnrichKind,
  identifiers: readonly EnrichIdentifier[],
  data: Record<string, unknown>,
  settings: EnrichSettings,
  tracker?: string,
): EnrichRequest {
  return {
    ...(tracker === undefined ? {} : { id: tracker }),
    action: settings.action,
    matchingIdentifiers: identifiers.map((identifier) => ({
      type: identifier.type,
      value: identifier.value.trim(),
    })),
    [kind.dataKey]: data,
    fieldRules: { defaultAction: settings.fieldRule, defaultArrayAction: settings.listRule },
    ...(kind.canPromote && settings.promote ? { options: { promote: true } } : {}),
    ...(settings.divisionId ? { division: { id: settings.divisionId } } : {}),
  };
}

// ---- The single record's form ----

export type EnrichFormValues = RecordFormValues & {
  matchBy: EnrichIdentifier[];
  enrichAction: string;
  fieldRule: string;
  listRule: string;
  promote: boolean;
  divisionId: string;
};

const organizationIdentifier = z.object({
  type: z.literal('ExternalId', { error: 'Organizations are matched by external id only.' }),
  value: identifierValueField,
});

const contactIdentifier = z
  .object({ type: identifierTypeField, value: identifierValueField })
  .check(z.superRefine(checkPhoneIdentifier));

/** One identifier to match by, as the API takes it for the kind (with its phone rule). */
export const identifierSchema = (kind: EnrichKind) =>
  kind.entity === 'organizations' ? organizationIdentifier : contactIdentifier;

function settingsExtension(kind: EnrichKind): FormExtension {
  const identifier = identifierSchema(kind);
  return {
    writeKeys: [],
    shape: {
      matchBy: z
        .array(identifier)
        .check(
          z.minLength(1, 'Add at least one identifier to match by.'),
          z.maxLength(
            MAX_MATCHING_IDENTIFIERS,
            `At most ${MAX_MATCHING_IDENTIFIERS} identifiers can be matched.`,
          ),
        ),
      enrichAction: z.enum(kind.actions as [EnrichAction, ...EnrichAction[]], {
        error: `Choose one of ${kind.actions.join(', ')}.`,
      }),
      fieldRule: z.enum(FIELD_RULES, { error: 'Choose a field rule.' }),
      listRule: z.enum(LIST_RULES, { error: 'Choose a list rule.' }),
      promote: z.boolean(),
      divisionId: z.string(),
    },
    defaults: () => ({}),
    applyBody: () => undefined,
  };
}

/** The form's rules: the record's data as the record form checks it, then what enrich needs. */
export function enrichFormSchema(kind: EnrichKind) {
  const required = kind.fields.filter((field) => field.required);
  return recordFormSchema(typedFields(kind), enrichWrite(kind), [
    flagExtension(kind),
    settingsExtension(kind),
  ]).check(
    z.superRefine((input, context) => {
      const values = input as Record<string, unknown>;
      // Creating needs what the API requires (an organization's name); a match does not.
      if (values.enrichAction !== 'Insert') return;
      for (const field of required) {
        const value = values[field.key];
        if (typeof value !== 'string' || value.trim() === '')
          context.addIssue({
            code: 'custom',
            path: [field.key],
            message: `${field.label} is required to insert a new ${kind.record.noun.one}.`,
          });
      }
    }),
  );
}

export function emptyEnrichForm(kind: EnrichKind, phoneCountry: string): EnrichFormValues {
  const settings = defaultSettings();
  return {
    ...emptyRecordValues(kind, phoneCountry),
    matchBy: [{ type: kind.identifierTypes.length === 1 ? 'ExternalId' : 'Email', value: '' }],
    enrichAction: settings.action,
    fieldRule: settings.fieldRule,
    listRule: settings.listRule,
    promote: settings.promote,
    divisionId: settings.divisionId,
  };
}

export function settingsFromForm(
  values: Pick<
    EnrichFormValues,
    'enrichAction' | 'fieldRule' | 'listRule' | 'promote' | 'divisionId'
  >,
): EnrichSettings {
  return {
    action: values.enrichAction as EnrichAction,
    fieldRule: values.fieldRule as FieldRule,
    listRule: values.listRule as ListRule,
    promote: values.promote,
    divisionId: values.divisionId,
  };
}

/** The request the form describes; the same one is previewed and then applied. */
export function enrichRequestFromForm(kind: EnrichKind, values: EnrichFormValues): EnrichRequest {
  return buildEnrichRequest(
    kind,
    values.matchBy,
    recordData(kind, values),
    settingsFromForm(values),
  );
}

/**
 * The input an API error's field belongs to: `matchingIdentifiers[1].value` is the second
 * identifier's value, `contact.workEmail` the work email's input.
 */
export function enrichInputFor(kind: EnrichKind) {
  const recordInput = formFieldFor(typedFields(kind));
  return (apiFieldName: string): string | null => {
    const identifier = /^matchingIdentifiers\[(\d+)\](?:\.(type|value))?/.exec(apiFieldName);
    if (identifier) return `matchBy.${identifier[1]}.${identifier[2] ?? 'value'}`;
    if (apiFieldName.startsWith('matchingIdentifiers')) return 'matchBy';
    if (apiFieldName.startsWith('fieldRules.defaultArrayAction')) return 'listRule';
    if (apiFieldName.startsWith('fieldRules')) return 'fieldRule';
    if (apiFieldName === 'action') return 'enrichAction';
    const data = apiFieldName.startsWith(`${kind.dataKey}.`)
      ? apiFieldName.slice(kind.dataKey.length + 1)
      : apiFieldName;
    return recordInput(data);
  };
}
