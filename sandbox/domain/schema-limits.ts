import type { SchemaQuantityLimits } from '../../src/models/data-schema.ts';

/**
 * `GET …/schemas/limits`. The UI help gives 20 types (contacts and organizations together) and 25
 * fields per type; the rest is undocumented and chosen here: fields per org 500 (20 × 25), field
 * names 1–100 characters (the whole key with its `_<coretype>` suffix), field titles 1–100,
 * field descriptions 0–500, schema names 1–100, schema descriptions (`jsonSchema.description`)
 * 0–1000.
 */
export const SCHEMA_QUANTITY_LIMITS: SchemaQuantityLimits = {
  minFieldNameCharacters: 1,
  maxFieldNameCharacters: 100,
  minFieldTitleCharacters: 1,
  maxFieldTitleCharacters: 100,
  minFieldDescriptionCharacters: 0,
  maxFieldDescriptionCharacters: 500,
  minSchemaNameCharacters: 1,
  maxSchemaNameCharacters: 100,
  minSchemaDescriptionCharacters: 0,
  maxSchemaDescriptionCharacters: 1000,
  maxNumberOfSchemasPerOrg: 20,
  maxNumberOfFieldsPerSchema: 25,
  maxNumberOfFieldsPerOrg: 500,
};

/** Stable id: the limits are one org-wide object in the sandbox. */
const LIMITS_ID = 'c07e7e00-0000-4000-8000-100000000000';

export function schemaLimitsJson(schemasUri: string): SchemaQuantityLimits {
  return {
    id: LIMITS_ID,
    name: 'External Contacts schema limits',
    ...SCHEMA_QUANTITY_LIMITS,
    selfUri: `${schemasUri}/limits`,
  };
}
