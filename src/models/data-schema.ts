import * as z from 'zod/mini';
import './zod-locale.ts';

/**
 * Custom-field schemas (models.json: DataSchema, JsonSchemaDocument, Coretype, SchemaQuantityLimits)
 * and the renderer-independent rules around them: checking a schema document an author wrote and
 * checking a record's `customFields` against a schema. The sandbox enforces these on writes; the
 * console's schema editor and contact forms run the same functions before sending.
 *
 * Numeric limits are parameters, never constants here: a real org reports them through
 * `GET …/schemas/coretypes` and `…/schemas/limits`, and the sandbox passes its own choices.
 */

export const CORE_TYPE_NAMES = [
  'text',
  'longtext',
  'url',
  'identifier',
  'enum',
  'date',
  'datetime',
  'integer',
  'number',
  'checkbox',
  'tag',
] as const;

export type CoreTypeName = (typeof CORE_TYPE_NAMES)[number];

/**
 * `<name>_<coretype>`, e.g. `loyalty_tier_enum`. Genesys does not say it rejects other keys; the
 * sandbox does, so a key alone tells a field's type (as in Genesys's own Terraform examples).
 */
export const FIELD_KEY_PATTERN = new RegExp(`^[a-z][a-z0-9_]*_(${CORE_TYPE_NAMES.join('|')})$`);

export function isCoreTypeName(value: string): value is CoreTypeName {
  return (CORE_TYPE_NAMES as readonly string[]).includes(value);
}

/** The core type a field key ends with, or null when the key does not follow the pattern. */
export function coreTypeOfFieldKey(key: string): CoreTypeName | null {
  const match = FIELD_KEY_PATTERN.exec(key);
  const suffix = match?.[1];
  return suffix !== undefined && isCoreTypeName(suffix) ? suffix : null;
}

export const CORE_TYPE_REF_PREFIX = '#/definitions/';

// ---------------------------------------------------------------------------------------------
// Wire shapes

const integer = () => z.number().check(z.int());

export const validationRangeSchema = z.object({ min: z.number(), max: z.number() });

export const validationLimitsSchema = z.object({
  minLength: z.optional(validationRangeSchema),
  maxLength: z.optional(validationRangeSchema),
  minItems: z.optional(validationRangeSchema),
  maxItems: z.optional(validationRangeSchema),
  minimum: z.optional(validationRangeSchema),
  maximum: z.optional(validationRangeSchema),
});

export const itemValidationLimitsSchema = z.object({
  minLength: validationRangeSchema,
  maxLength: validationRangeSchema,
});

export const coretypeSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  version: z.optional(integer()),
  dateCreated: z.optional(z.string()),
  schema: z.optional(
    z.object({
      title: z.optional(z.string()),
      description: z.optional(z.string()),
      type: z.optional(z.array(z.string())),
      items: z.optional(
        z.object({ type: z.optional(z.string()), pattern: z.optional(z.string()) }),
      ),
      pattern: z.optional(z.string()),
    }),
  ),
  current: z.optional(z.boolean()),
  validationFields: z.optional(z.array(z.string())),
  validationLimits: z.optional(validationLimitsSchema),
  itemValidationFields: z.optional(z.array(z.string())),
  itemValidationLimits: z.optional(itemValidationLimitsSchema),
  selfUri: z.optional(z.string()),
});

export const coretypeListingSchema = z.object({
  entities: z.optional(z.array(coretypeSchema)),
  total: z.optional(integer()),
  selfUri: z.optional(z.string()),
});

export const schemaQuantityLimitsSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  minFieldNameCharacters: integer(),
  maxFieldNameCharacters: integer(),
  minFieldTitleCharacters: integer(),
  maxFieldTitleCharacters: integer(),
  minFieldDescriptionCharacters: integer(),
  maxFieldDescriptionCharacters: integer(),
  minSchemaNameCharacters: integer(),
  maxSchemaNameCharacters: integer(),
  minSchemaDescriptionCharacters: integer(),
  maxSchemaDescriptionCharacters: integer(),
  maxNumberOfSchemasPerOrg: integer(),
  maxNumberOfFieldsPerSchema: integer(),
  maxNumberOfFieldsPerOrg: integer(),
  selfUri: z.optional(z.string()),
});

export const enumPropertySchema = z.object({
  title: z.optional(z.string()),
  _disabled: z.optional(z.boolean()),
});

/** One field as stored in `jsonSchema.properties` (the union of every core type's attributes). */
export const fieldDefinitionSchema = z.looseObject({
  allOf: z.array(z.object({ $ref: z.string() })),
  title: z.string(),
  description: z.optional(z.string()),
  minLength: z.optional(integer()),
  maxLength: z.optional(integer()),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  enum: z.optional(z.array(z.string())),
  _enumProperties: z.optional(z.record(z.string(), enumPropertySchema)),
  items: z.optional(
    z.object({ minLength: z.optional(integer()), maxLength: z.optional(integer()) }),
  ),
  minItems: z.optional(integer()),
  maxItems: z.optional(integer()),
  uniqueItems: z.optional(z.boolean()),
});

export const jsonSchemaDocumentSchema = z.looseObject({
  id: z.optional(z.string()),
  $schema: z.optional(z.string()),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  type: z.optional(z.string()),
  required: z.optional(z.array(z.string())),
  properties: z.record(z.string(), fieldDefinitionSchema),
  additionalProperties: z.optional(z.unknown()),
});

export const domainEntityRefSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  selfUri: z.optional(z.string()),
});

export const dataSchemaSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  version: z.optional(integer()),
  appliesTo: z.optional(z.array(z.string())),
  enabled: z.optional(z.boolean()),
  createdBy: z.optional(domainEntityRefSchema),
  dateCreated: z.optional(z.string()),
  jsonSchema: jsonSchemaDocumentSchema,
  selfUri: z.optional(z.string()),
});

export const dataSchemaListingSchema = z.object({
  entities: z.optional(z.array(dataSchemaSchema)),
  total: z.optional(integer()),
  selfUri: z.optional(z.string()),
});

export type ValidationRange = z.infer<typeof validationRangeSchema>;
export type ValidationLimits = z.infer<typeof validationLimitsSchema>;
export type ItemValidationLimits = z.infer<typeof itemValidationLimitsSchema>;
export type Coretype = z.infer<typeof coretypeSchema>;
export type CoretypeListing = z.infer<typeof coretypeListingSchema>;
export type SchemaQuantityLimits = z.infer<typeof schemaQuantityLimitsSchema>;
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;
export type JsonSchemaDocument = z.infer<typeof jsonSchemaDocumentSchema>;
export type DataSchema = z.infer<typeof dataSchemaSchema>;
export type DataSchemaListing = z.infer<typeof dataSchemaListingSchema>;

/** The part of a Coretype the rules need: what an author may set, within which ranges. */
export type CoreTypeLimits = Pick<
  Coretype,
  'validationFields' | 'validationLimits' | 'itemValidationFields' | 'itemValidationLimits'
>;

export type CoreTypeLimitsByName = Partial<Record<CoreTypeName, CoreTypeLimits>>;

/** A problem in a form or request body: the field the 400 names and what to tell a person. */
export interface FieldProblem {
  fieldName: string;
  message: string;
}

/** Attributes every field may carry whatever its core type. */
export const COMMON_FIELD_ATTRIBUTES = ['allOf', 'title', 'description'] as const;

/** Attributes an author may set per core type (domain rules §10). */
export const FIELD_ATTRIBUTES: Readonly<Record<CoreTypeName, readonly string[]>> = {
  text: ['minLength', 'maxLength'],
  longtext: ['minLength', 'maxLength'],
  url: ['minLength', 'maxLength'],
  identifier: ['minLength', 'maxLength'],
  enum: ['enum', '_enumProperties'],
  date: [],
  datetime: [],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  checkbox: [],
  tag: ['items', 'minItems', 'maxItems', 'uniqueItems'],
};

/** The core type named by a field's `allOf: [{$ref: '#/definitions/<coretype>'}]`, if any. */
export function coreTypeOfDefinition(definition: unknown): CoreTypeName | null {
  if (!isRecord(definition) || !Array.isArray(definition.allOf)) return null;
  const first: unknown = definition.allOf[0];
  if (definition.allOf.length !== 1 || !isRecord(first) || typeof first.$ref !== 'string') {
    return null;
  }
  const name = first.$ref.startsWith(CORE_TYPE_REF_PREFIX)
    ? first.$ref.slice(CORE_TYPE_REF_PREFIX.length)
    : '';
  return isCoreTypeName(name) ? name : null;
}

/** A field's display label: its title, else its key. */
/** A field's core type: its definition's `$ref`, else its key's `_<coreType>` suffix. */
export function coreTypeOfField(key: string, definition: unknown): CoreTypeName | null {
  return coreTypeOfDefinition(definition) ?? coreTypeOfFieldKey(key);
}

export function fieldLabel(key: string, definition: unknown): string {
  return isRecord(definition) && typeof definition.title === 'string' && definition.title !== ''
    ? definition.title
    : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `date` values: a calendar date, no time. Also the core type's `schema.pattern`. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `datetime` values: ISO-8601 with seconds and a zone (`Z` or `±hh:mm`); the sandbox's choice. */
export const DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

export function isDateValue(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '', match[2] ?? '', match[3] ?? '');
}

export function isDateTimeValue(value: string): boolean {
  const match = DATETIME_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '', match[2] ?? '', match[3] ?? '');
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const formatNumber = (value: number): string => value.toLocaleString('en-US');

type RangeLimits = Partial<Record<string, ValidationRange>>;

// ---------------------------------------------------------------------------------------------
// Checking a schema document an author wrote (POST/PUT …/schemas, the schema editor)

export interface SchemaDocumentContext {
  coreTypes: CoreTypeLimitsByName;
  quantity: SchemaQuantityLimits;
  /** The current version's document on update: a kept field may not change its core type. */
  previous?: JsonSchemaDocument | null;
}

function lengthProblem(
  fieldName: string,
  what: string,
  value: string,
  min: number,
  max: number,
): FieldProblem[] {
  if (value.length >= min && value.length <= max) return [];
  return [{ fieldName, message: `${what} must be ${min} to ${max} characters long.` }];
}

/** A problem with one attribute of a field: the message starts with the field's label. */
function attributeProblem(fieldName: string, label: string, text: string): FieldProblem {
  return { fieldName, message: `${label}: ${text}` };
}

/** A min/max attribute pair: numbers of the right kind, inside the core type's ranges, in order. */
function boundedPair(
  path: string,
  label: string,
  holder: Record<string, unknown>,
  [lowKey, highKey]: readonly [string, string],
  limits: RangeLimits,
  integer: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const accepted = new Map<string, number>();
  for (const key of [lowKey, highKey]) {
    const value = holder[key];
    if (value === undefined) continue;
    const fieldName = `${path}.${key}`;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (integer && !Number.isInteger(value))
    ) {
      problems.push(
        attributeProblem(
          fieldName,
          label,
          `${key} must be ${integer ? 'a whole number' : 'a number'}.`,
        ),
      );
      continue;
    }
    const range = limits[key];
    if (range !== undefined && (value < range.min || value > range.max)) {
      const message = `${label}: ${key} must be between ${formatNumber(range.min)} and ${formatNumber(range.max)}.`;
      problems.push({ fieldName, message });
      continue;
    }
    accepted.set(key, value);
  }
  const low = accepted.get(lowKey);
  const high = accepted.get(highKey);
  if (low !== undefined && high !== undefined && low > high) {
    problems.push(
      attributeProblem(
        `${path}.${lowKey}`,
        label,
        `${lowKey} (${formatNumber(low)}) must not be greater than ${highKey} (${formatNumber(high)}).`,
      ),
    );
  }
  return problems;
}

/** The checks of one core type's own attributes, at `path`, under the field's label. */
type AttributeCheck = (
  path: string,
  label: string,
  definition: Record<string, unknown>,
  limits: CoreTypeLimits,
) => FieldProblem[];

const enumProblems: AttributeCheck = (path, label, definition, limits) => {
  const problems: FieldProblem[] = [];
  const values = definition.enum;
  if (!Array.isArray(values) || values.length === 0) {
    return [attributeProblem(`${path}.enum`, label, `enum must list at least one value.`)];
  }
  const most = limits.validationLimits?.maxItems?.max;
  if (most !== undefined && values.length > most) {
    problems.push(
      attributeProblem(`${path}.enum`, label, `a list may have at most ${most} values.`),
    );
  }
  const itemLimits = limits.itemValidationLimits;
  const seen = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') {
      problems.push(attributeProblem(`${path}.enum`, label, `enum values must be text.`));
    } else if (
      itemLimits !== undefined &&
      (value.length < itemLimits.minLength.min || value.length > itemLimits.maxLength.max)
    ) {
      const message = `${label}: the value "${value}" must be ${itemLimits.minLength.min} to ${itemLimits.maxLength.max} characters long.`;
      problems.push({ fieldName: `${path}.enum`, message });
    } else if (seen.has(value)) {
      problems.push(
        attributeProblem(`${path}.enum`, label, `the value "${value}" is listed twice.`),
      );
    }
    if (typeof value === 'string') seen.add(value);
  }
  const extra = definition._enumProperties;
  if (extra === undefined) return problems;
  if (!isRecord(extra)) {
    return [
      ...problems,
      attributeProblem(
        `${path}._enumProperties`,
        label,
        `_enumProperties must be an object keyed by enum value.`,
      ),
    ];
  }
  for (const [value, properties] of Object.entries(extra)) {
    const fieldName = `${path}._enumProperties.${value}`;
    if (!seen.has(value)) {
      problems.push(
        attributeProblem(
          fieldName,
          label,
          `_enumProperties names "${value}", which is not one of the enum values.`,
        ),
      );
    } else if (!enumPropertySchema.safeParse(properties).success) {
      problems.push(
        attributeProblem(
          fieldName,
          label,
          `the properties of "${value}" may only be a text title and a true/false _disabled.`,
        ),
      );
    }
  }
  return problems;
};

const tagItemProblems: AttributeCheck = (path, label, definition, limits) => {
  const problems: FieldProblem[] = [];
  if (definition.uniqueItems !== undefined && typeof definition.uniqueItems !== 'boolean') {
    problems.push(
      attributeProblem(`${path}.uniqueItems`, label, `uniqueItems must be true or false.`),
    );
  }
  const items = definition.items;
  if (items === undefined) return problems;
  if (!isRecord(items)) {
    return [
      ...problems,
      attributeProblem(
        `${path}.items`,
        label,
        `items must be an object with minLength and maxLength.`,
      ),
    ];
  }
  for (const key of Object.keys(items)) {
    if (key !== 'minLength' && key !== 'maxLength') {
      problems.push(
        attributeProblem(`${path}.items.${key}`, label, `${key} is not an attribute of tag items.`),
      );
    }
  }
  return [
    ...problems,
    ...boundedPair(
      `${path}.items`,
      label,
      items,
      ['minLength', 'maxLength'],
      limits.itemValidationLimits ?? {},
      true,
    ),
  ];
};

function attributeProblems(
  path: string,
  label: string,
  coreType: CoreTypeName,
  definition: Record<string, unknown>,
  limits: CoreTypeLimits,
): FieldProblem[] {
  const ranges: RangeLimits = limits.validationLimits ?? {};
  switch (coreType) {
    case 'text':
    case 'longtext':
    case 'url':
    case 'identifier':
      return boundedPair(path, label, definition, ['minLength', 'maxLength'], ranges, true);
    case 'integer':
    case 'number':
      return boundedPair(
        path,
        label,
        definition,
        ['minimum', 'maximum'],
        ranges,
        coreType === 'integer',
      );
    case 'tag':
      return [
        ...boundedPair(path, label, definition, ['minItems', 'maxItems'], ranges, true),
        ...tagItemProblems(path, label, definition, limits),
      ];
    case 'enum':
      return enumProblems(path, label, definition, limits);
    case 'date':
    case 'datetime':
    case 'checkbox':
      return [];
  }
}

function fieldProblems(
  key: string,
  definition: unknown,
  context: SchemaDocumentContext,
): FieldProblem[] {
  const path = `jsonSchema.properties.${key}`;
  const { quantity } = context;
  const problems: FieldProblem[] = [];
  const suffixType = coreTypeOfFieldKey(key);
  if (suffixType === null) {
    problems.push({
      fieldName: path,
      message: `The field name ${key} must use lowercase letters, digits and underscores, start with a letter and end with _<core type> (one of ${CORE_TYPE_NAMES.join(', ')}).`,
    });
  } else {
    problems.push(
      ...lengthProblem(
        path,
        `The field name ${key}`,
        key,
        quantity.minFieldNameCharacters,
        quantity.maxFieldNameCharacters,
      ),
    );
  }
  if (!isRecord(definition))
    return [...problems, { fieldName: path, message: `The field ${key} must be an object.` }];

  const label = fieldLabel(key, definition);
  const coreType = coreTypeOfDefinition(definition);
  if (coreType === null) {
    const message = `${label}: allOf must be [{"$ref": "#/definitions/<core type>"}] naming one of ${CORE_TYPE_NAMES.join(', ')}.`;
    return [...problems, { fieldName: `${path}.allOf`, message }];
  }
  if (suffixType !== null && suffixType !== coreType) {
    const message = `${label}: the field name ends with _${suffixType} but allOf names the ${coreType} core type.`;
    problems.push({ fieldName: `${path}.allOf`, message });
  }
  const previousType = coreTypeOfDefinition(context.previous?.properties[key]);
  if (previousType !== null && previousType !== coreType) {
    const message = `${label}: a field cannot change its core type (it is ${previousType}, not ${coreType}).`;
    problems.push({ fieldName: `${path}.allOf`, message });
  }
  if (typeof definition.title !== 'string' || definition.title.trim() === '') {
    problems.push({ fieldName: `${path}.title`, message: `The field ${key} needs a title.` });
  } else {
    problems.push(
      ...lengthProblem(
        `${path}.title`,
        `The title of ${key}`,
        definition.title,
        quantity.minFieldTitleCharacters,
        quantity.maxFieldTitleCharacters,
      ),
    );
  }
  if (definition.description !== undefined) {
    problems.push(
      ...(typeof definition.description === 'string'
        ? lengthProblem(
            `${path}.description`,
            `The description of ${label}`,
            definition.description,
            quantity.minFieldDescriptionCharacters,
            quantity.maxFieldDescriptionCharacters,
          )
        : [attributeProblem(`${path}.description`, label, `description must be text.`)]),
    );
  }
  const allowed = new Set<string>([...COMMON_FIELD_ATTRIBUTES, ...FIELD_ATTRIBUTES[coreType]]);
  for (const attribute of Object.keys(definition)) {
    if (!allowed.has(attribute)) {
      const message = `${label}: ${attribute} is not an attribute of the ${coreType} core type.`;
      problems.push({ fieldName: `${path}.${attribute}`, message });
    }
  }
  return [
    ...problems,
    ...attributeProblems(path, label, coreType, definition, context.coreTypes[coreType] ?? {}),
  ];
}

/**
 * Every problem of a `jsonSchema` as sent on POST/PUT, fieldNames rooted at `jsonSchema`
 * (`jsonSchema.properties.loyalty_enum.maxLength`). Empty = the document may be stored.
 */
export function schemaDocumentProblems(
  document: unknown,
  context: SchemaDocumentContext,
): FieldProblem[] {
  if (!isRecord(document)) {
    return [
      {
        fieldName: 'jsonSchema',
        message: 'jsonSchema is required: a JSON schema object with properties.',
      },
    ];
  }
  const { quantity } = context;
  const problems: FieldProblem[] = [];
  if (document.type !== undefined && document.type !== 'object') {
    problems.push({ fieldName: 'jsonSchema.type', message: 'jsonSchema.type must be "object".' });
  }
  if (document.description !== undefined) {
    problems.push(
      ...(typeof document.description === 'string'
        ? lengthProblem(
            'jsonSchema.description',
            'The schema description',
            document.description,
            quantity.minSchemaDescriptionCharacters,
            quantity.maxSchemaDescriptionCharacters,
          )
        : [
            {
              fieldName: 'jsonSchema.description',
              message: 'The schema description must be text.',
            },
          ]),
    );
  }
  const properties = document.properties;
  if (!isRecord(properties)) {
    return [
      ...problems,
      {
        fieldName: 'jsonSchema.properties',
        message: 'jsonSchema.properties is required: the field definitions keyed by field name.',
      },
    ];
  }
  const keys = Object.keys(properties);
  if (keys.length > quantity.maxNumberOfFieldsPerSchema) {
    const message = `A schema may have at most ${quantity.maxNumberOfFieldsPerSchema} fields; this one has ${keys.length}.`;
    problems.push({ fieldName: 'jsonSchema.properties', message });
  }
  for (const key of keys) problems.push(...fieldProblems(key, properties[key], context));

  const required = document.required;
  if (required !== undefined) {
    if (!Array.isArray(required) || required.some((name) => typeof name !== 'string')) {
      problems.push({
        fieldName: 'jsonSchema.required',
        message: 'jsonSchema.required must be a list of field names.',
      });
    } else {
      for (const name of required) {
        if (!Object.hasOwn(properties, String(name))) {
          const message = `jsonSchema.required names ${String(name)}, which is not a field of this schema.`;
          problems.push({ fieldName: 'jsonSchema.required', message });
        }
      }
    }
  }
  return problems.length > 0 ? problems : shapeProblems(document);
}

/** Catches what the checks above do not name (a non-text `title`…), so a stored doc always parses. */
function shapeProblems(document: unknown): FieldProblem[] {
  const result = jsonSchemaDocumentSchema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const fieldName = ['jsonSchema', ...issue.path.map(String)].join('.');
    return { fieldName, message: `${fieldName}: ${issue.message}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Checking a record's customFields against its schema version (contact/organization writes, forms)

function lengthMessage(
  label: string,
  length: number,
  min: number,
  max: number | undefined,
  unit: string,
): string | null {
  if (length < min) return `${label} must be at least ${formatNumber(min)} ${unit}.`;
  if (max !== undefined && length > max)
    return `${label} must be at most ${formatNumber(max)} ${unit}.`;
  return null;
}

function rangeMessage(
  label: string,
  value: number,
  min: number | undefined,
  max: number | undefined,
): string | null {
  if (min !== undefined && value < min) return `${label} must be at least ${formatNumber(min)}.`;
  if (max !== undefined && value > max) return `${label} must be at most ${formatNumber(max)}.`;
  return null;
}

function enumMessage(label: string, value: unknown, definition: FieldDefinition): string | null {
  const values = definition.enum ?? [];
  const disabled = (candidate: string) =>
    definition._enumProperties?.[candidate]?._disabled === true;
  const allowed = values.filter((candidate) => !disabled(candidate));
  if (typeof value === 'string' && allowed.includes(value)) return null;
  // Disabled values are refused outright: the validator cannot tell a kept value from a new one.
  if (typeof value === 'string' && values.includes(value)) {
    return `${label}: "${value}" is disabled and can no longer be chosen.`;
  }
  return `${label} must be one of ${allowed.join(', ')}.`;
}

function tagMessage(
  label: string,
  value: unknown,
  definition: FieldDefinition,
  limits: CoreTypeLimits,
): string | null {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return `${label} must be a list of tags (text).`;
  }
  const tags = value as string[];
  const count = lengthMessage(
    label,
    tags.length,
    definition.minItems ?? 0,
    definition.maxItems ?? limits.validationLimits?.maxItems?.max,
    'tags',
  );
  if (count !== null) return count;
  const itemMin = definition.items?.minLength ?? limits.itemValidationLimits?.minLength.min ?? 0;
  const itemMax = definition.items?.maxLength ?? limits.itemValidationLimits?.maxLength.max;
  for (const tag of tags) {
    const message = lengthMessage(
      `Each tag of ${label}`,
      tag.length,
      itemMin,
      itemMax,
      'characters',
    );
    if (message !== null) return message;
  }
  if (definition.uniqueItems === true && new Set(tags).size !== tags.length) {
    return `${label} lists the same tag twice.`;
  }
  return null;
}

function valueMessage(
  coreType: CoreTypeName,
  label: string,
  value: unknown,
  definition: FieldDefinition,
  limits: CoreTypeLimits,
): string | null {
  switch (coreType) {
    case 'text':
    case 'longtext':
    case 'url':
    case 'identifier': {
      if (typeof value !== 'string') return `${label} must be text.`;
      const max = definition.maxLength ?? limits.validationLimits?.maxLength?.max;
      const length = lengthMessage(
        label,
        value.length,
        definition.minLength ?? 0,
        max,
        'characters',
      );
      if (length !== null) return length;
      if (coreType === 'url' && !isHttpUrl(value)) {
        return `${label} must be a URL starting with http:// or https://.`;
      }
      return null;
    }
    case 'enum':
      return enumMessage(label, value, definition);
    case 'date':
      return typeof value === 'string' && isDateValue(value)
        ? null
        : `${label} must be a date written YYYY-MM-DD.`;
    case 'datetime':
      return typeof value === 'string' && isDateTimeValue(value)
        ? null
        : `${label} must be a date and time like 2024-05-01T13:30:00.000Z (with a time zone).`;
    case 'integer':
    case 'number': {
      const whole = coreType === 'integer';
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (whole && !Number.isInteger(value))
      ) {
        return `${label} must be ${whole ? 'a whole number' : 'a number'}.`;
      }
      const min = definition.minimum ?? limits.validationLimits?.minimum?.min;
      const max = definition.maximum ?? limits.validationLimits?.maximum?.max;
      return rangeMessage(label, value, min, max);
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : `${label} must be true or false.`;
    case 'tag':
      return tagMessage(label, value, definition, limits);
  }
}

/**
 * Every problem of a record's `customFields` against one schema version, fieldNames
 * `customFields.<key>`. A null value counts as absent (it clears the field). `coreTypes` supplies
 * the caps a field inherits when its definition sets none (text ≤ the core type's maxLength…).
 */
export function customFieldProblems(
  customFields: unknown,
  jsonSchema: JsonSchemaDocument,
  coreTypes: CoreTypeLimitsByName = {},
): FieldProblem[] {
  const values = customFields ?? {};
  if (!isRecord(values)) {
    return [
      {
        fieldName: 'customFields',
        message: 'Custom fields must be an object keyed by field name.',
      },
    ];
  }
  const { properties } = jsonSchema;
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const fieldName = `customFields.${key}`;
    const definition = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (definition === undefined) {
      problems.push({ fieldName, message: `The schema has no field named ${key}.` });
      continue;
    }
    const coreType = coreTypeOfDefinition(definition) ?? coreTypeOfFieldKey(key);
    if (value === null || coreType === null) continue;
    const message = valueMessage(
      coreType,
      fieldLabel(key, definition),
      value,
      definition,
      coreTypes[coreType] ?? {},
    );
    if (message !== null) problems.push({ fieldName, message });
  }
  for (const key of jsonSchema.required ?? []) {
    if (values[key] === undefined || values[key] === null) {
      const definition = Object.hasOwn(properties, key) ? properties[key] : undefined;
      problems.push({
        fieldName: `customFields.${key}`,
        message: `${fieldLabel(key, definition)} is required.`,
      });
    }
  }
  return problems;
}
