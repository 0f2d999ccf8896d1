import { z } from 'zod';

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

export const validationRangeSchema = z.object({ min: z.number(), max: z.number() });

export const validationLimitsSchema = z.object({
  minLength: validationRangeSchema.optional(),
  maxLength: validationRangeSchema.optional(),
  minItems: validationRangeSchema.optional(),
  maxItems: validationRangeSchema.optional(),
  minimum: validationRangeSchema.optional(),
  maximum: validationRangeSchema.optional(),
});

export const itemValidationLimitsSchema = z.object({
  minLength: validationRangeSchema,
  maxLength: validationRangeSchema,
});

export const coretypeSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  version: z.number().int().optional(),
  dateCreated: z.string().optional(),
  schema: z
    .object({
      title: z.string().optional(),
      description: z.string().optional(),
      type: z.array(z.string()).optional(),
      items: z.object({ type: z.string().optional(), pattern: z.string().optional() }).optional(),
      pattern: z.string().optional(),
    })
    .optional(),
  current: z.boolean().optional(),
  validationFields: z.array(z.string()).optional(),
  validationLimits: validationLimitsSchema.optional(),
  itemValidationFields: z.array(z.string()).optional(),
  itemValidationLimits: itemValidationLimitsSchema.optional(),
  selfUri: z.string().optional(),
});

export const coretypeListingSchema = z.object({
  entities: z.array(coretypeSchema).optional(),
  total: z.number().int().optional(),
  selfUri: z.string().optional(),
});

export const schemaQuantityLimitsSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  minFieldNameCharacters: z.number().int(),
  maxFieldNameCharacters: z.number().int(),
  minFieldTitleCharacters: z.number().int(),
  maxFieldTitleCharacters: z.number().int(),
  minFieldDescriptionCharacters: z.number().int(),
  maxFieldDescriptionCharacters: z.number().int(),
  minSchemaNameCharacters: z.number().int(),
  maxSchemaNameCharacters: z.number().int(),
  minSchemaDescriptionCharacters: z.number().int(),
  maxSchemaDescriptionCharacters: z.number().int(),
  maxNumberOfSchemasPerOrg: z.number().int(),
  maxNumberOfFieldsPerSchema: z.number().int(),
  maxNumberOfFieldsPerOrg: z.number().int(),
  selfUri: z.string().optional(),
});

export const enumPropertySchema = z.object({
  title: z.string().optional(),
  _disabled: z.boolean().optional(),
});

/** One field as stored in `jsonSchema.properties` (the union of every core type's attributes). */
export const fieldDefinitionSchema = z.looseObject({
  allOf: z.array(z.object({ $ref: z.string() })),
  title: z.string(),
  description: z.string().optional(),
  minLength: z.number().int().optional(),
  maxLength: z.number().int().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  enum: z.array(z.string()).optional(),
  _enumProperties: z.record(z.string(), enumPropertySchema).optional(),
  items: z
    .object({ minLength: z.number().int().optional(), maxLength: z.number().int().optional() })
    .optional(),
  minItems: z.number().int().optional(),
  maxItems: z.number().int().optional(),
  uniqueItems: z.boolean().optional(),
});

export const jsonSchemaDocumentSchema = z.looseObject({
  id: z.string().optional(),
  $schema: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  type: z.string().optional(),
  required: z.array(z.string()).optional(),
  properties: z.record(z.string(), fieldDefinitionSchema),
  additionalProperties: z.unknown().optional(),
});

export const domainEntityRefSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  selfUri: z.string().optional(),
});

export const dataSchemaSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  version: z.number().int().optional(),
  appliesTo: z.array(z.string()).optional(),
  enabled: z.boolean().optional(),
  createdBy: domainEntityRefSchema.optional(),
  dateCreated: z.string().optional(),
  jsonSchema: jsonSchemaDocumentSchema,
  selfUri: z.string().optional(),
});

export const dataSchemaListingSchema = z.object({
  entities: z.array(dataSchemaSchema).optional(),
  total: z.number().int().optional(),
  selfUri: z.string().optional(),
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
export function fieldLabel(key: string, definition: unknown): string {
  return isRecord(definition) && typeof definition.title === 'string' && definition.title !== ''
    ? definition.title
    : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { schemaDocumentProblems } from './data-schema-document.ts';
export type { SchemaDocumentContext } from './data-schema-document.ts';
export { customFieldProblems } from './data-schema-values.ts';
