import {
  CORE_TYPE_REF_PREFIX,
  coreTypeOfDefinition,
  coreTypeOfFieldKey,
  type CoreTypeName,
  type JsonSchemaDocument,
} from '@/models/data-schema';

/**
 * The visual editor's model of a schema. Numeric attributes hold what their inputs hold (text),
 * so a half-typed "1e" reaches the document as text and the shared checks name it, instead of
 * being silently dropped. Attributes the editor has no input for are kept in `extra` so the
 * JSON view and the visual editor round-trip without losing anything.
 */
export interface EnumValueDraft {
  value: string;
  title: string;
  disabled: boolean;
}

/** The field's own numeric keywords, as the document names them. */
const FIELD_NUMERIC_KEYWORDS = [
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
] as const;

/** Every number the field card edits: its own, and its list items' lengths. */
export const NUMERIC_ATTRIBUTES = [
  ...FIELD_NUMERIC_KEYWORDS,
  'itemMinLength',
  'itemMaxLength',
] as const;
export type NumericAttribute = (typeof NUMERIC_ATTRIBUTES)[number];

export interface FieldDraft {
  /** Stable identity for React while the key may still change. */
  uid: string;
  key: string;
  /** Saved keys cannot change (the API would see a removed and an added field). */
  keyLocked: boolean;
  /** Once the author types a key, the title no longer regenerates it. */
  keyEdited: boolean;
  coreType: CoreTypeName;
  title: string;
  description: string;
  required: boolean;
  numbers: Partial<Record<NumericAttribute, string>>;
  uniqueItems: boolean;
  enumValues: EnumValueDraft[];
  extra: Record<string, unknown>;
}

export interface SchemaDraft {
  name: string;
  enabled: boolean;
  /** The document's description ('' = left out of the document rather than sent as ""). */
  description: string;
  /** The document's other keys besides properties/required (title, $schema…). */
  documentExtra: Record<string, unknown>;
  fields: FieldDraft[];
}

let counter = 0;
export const newUid = () => `field-${(counter += 1)}`;

const HANDLED = new Set<string>([
  'allOf',
  'title',
  'description',
  ...FIELD_NUMERIC_KEYWORDS,
  'uniqueItems',
  'items',
  'enum',
  '_enumProperties',
]);

const numberText = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'number' ? String(value) : String(value);

export function emptyField(coreType: CoreTypeName): FieldDraft {
  return {
    uid: newUid(),
    key: '',
    keyLocked: false,
    keyEdited: false,
    coreType,
    title: '',
    description: '',
    required: false,
    numbers: {},
    uniqueItems: false,
    enumValues: coreType === 'enum' ? [{ value: '', title: '', disabled: false }] : [],
    extra: {},
  };
}

function fieldToDraft(key: string, raw: unknown, required: boolean, locked: boolean): FieldDraft {
  const definition = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const coreType = coreTypeOfDefinition(definition) ?? coreTypeOfFieldKey(key) ?? 'text';
  const items = (
    definition.items && typeof definition.items === 'object' ? definition.items : {}
  ) as Record<string, unknown>;
  const properties = (
    definition._enumProperties && typeof definition._enumProperties === 'object'
      ? definition._enumProperties
      : {}
  ) as Record<string, { title?: unknown; _disabled?: unknown }>;
  const numbers: FieldDraft['numbers'] = {};
  const set = (name: NumericAttribute, value: unknown) => {
    const text = numberText(value);
    if (text !== undefined) numbers[name] = text;
  };
  set('minLength', definition.minLength);
  set('maxLength', definition.maxLength);
  set('minimum', definition.minimum);
  set('maximum', definition.maximum);
  set('minItems', definition.minItems);
  set('maxItems', definition.maxItems);
  set('itemMinLength', items.minLength);
  set('itemMaxLength', items.maxLength);
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(definition))
    if (!HANDLED.has(name)) extra[name] = value;
  return {
    uid: newUid(),
    key,
    keyLocked: locked,
    keyEdited: true,
    coreType,
    title: typeof definition.title === 'string' ? definition.title : '',
    description: typeof definition.description === 'string' ? definition.description : '',
    required,
    numbers,
    uniqueItems: definition.uniqueItems === true,
    enumValues: (Array.isArray(definition.enum) ? definition.enum : []).map((value) => {
      const text = String(value);
      const props = properties[text];
      return {
        value: text,
        title: typeof props?.title === 'string' ? props.title : '',
        disabled: props?._disabled === true,
      };
    }),
    extra,
  };
}

/** A stored document → the editor's model; `lockedKeys` are the keys already saved. */
export function documentToDraft(
  name: string,
  enabled: boolean,
  document: JsonSchemaDocument,
  lockedKeys: ReadonlySet<string>,
): SchemaDraft {
  const required = new Set(document.required ?? []);
  const documentExtra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'properties' && key !== 'required') documentExtra[key] = value;
  }
  // A description that is not text stays in documentExtra, for the shared checks to name it.
  const description = typeof document.description === 'string' ? document.description : '';
  if (typeof document.description === 'string') delete documentExtra.description;
  return {
    name,
    enabled,
    description,
    documentExtra,
    fields: Object.entries(document.properties).map(([key, definition]) =>
      fieldToDraft(key, definition, required.has(key), lockedKeys.has(key)),
    ),
  };
}

/** '' = unset; a number when the text is one; the text itself otherwise, for the checks to name. */
function numberValue(text: string | undefined): number | string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/** The field as the API stores it: only the attributes its core type takes. */
export function fieldToDefinition(field: FieldDraft): Record<string, unknown> {
  const definition: Record<string, unknown> = {
    allOf: [{ $ref: `${CORE_TYPE_REF_PREFIX}${field.coreType}` }],
    title: field.title,
  };
  if (field.description !== '') definition.description = field.description;
  const put = (name: string, attribute: NumericAttribute) => {
    const value = numberValue(field.numbers[attribute]);
    if (value !== undefined) definition[name] = value;
  };
  switch (field.coreType) {
    case 'text':
    case 'longtext':
    case 'url':
    case 'identifier':
      put('minLength', 'minLength');
      put('maxLength', 'maxLength');
      break;
    case 'integer':
    case 'number':
      put('minimum', 'minimum');
      put('maximum', 'maximum');
      break;
    case 'tag': {
      put('minItems', 'minItems');
      put('maxItems', 'maxItems');
      const items: Record<string, unknown> = {};
      const low = numberValue(field.numbers.itemMinLength);
      const high = numberValue(field.numbers.itemMaxLength);
      if (low !== undefined) items.minLength = low;
      if (high !== undefined) items.maxLength = high;
      if (Object.keys(items).length > 0) definition.items = items;
      if (field.uniqueItems) definition.uniqueItems = true;
      break;
    }
    case 'enum': {
      definition.enum = field.enumValues.map((entry) => entry.value);
      const properties: Record<string, { title?: string; _disabled?: boolean }> = {};
      for (const entry of field.enumValues) {
        const props: { title?: string; _disabled?: boolean } = {};
        if (entry.title !== '') props.title = entry.title;
        if (entry.disabled) props._disabled = true;
        if (Object.keys(props).length > 0) properties[entry.value] = props;
      }
      if (Object.keys(properties).length > 0) definition._enumProperties = properties;
      break;
    }
    default:
      break;
  }
  return { ...definition, ...field.extra };
}

export function draftToDocument(draft: SchemaDraft): JsonSchemaDocument {
  const properties: Record<string, Record<string, unknown>> = {};
  for (const field of draft.fields) properties[field.key] = fieldToDefinition(field);
  const required = draft.fields.filter((field) => field.required).map((field) => field.key);
  const document: Record<string, unknown> = { ...draft.documentExtra };
  if (draft.description !== '') document.description = draft.description;
  document.properties = properties;
  if (required.length > 0) document.required = required;
  // The API's own types are looser than what an author may type (text in a number attribute):
  // the shared checks judge the document, this cast only carries it there.
  return document as JsonSchemaDocument;
}
