import {
  CORE_TYPE_NAMES,
  DATE_PATTERN,
  DATETIME_PATTERN,
  FIELD_ATTRIBUTES,
  isCoreTypeName,
} from '../../src/models/data-schema.ts';
import type {
  CoreTypeLimits,
  CoreTypeLimitsByName,
  CoreTypeName,
  Coretype,
  CoretypeListing,
  ValidationRange,
} from '../../src/models/data-schema.ts';

/**
 * The core types `GET …/schemas/coretypes` reports. Genesys documents the names but no numbers,
 * so the limits below are the sandbox's choice, taken from the UI help (domain rules §10):
 * text ≤ 100 characters, longtext ≤ 1000, url ≤ 200, identifier ≤ 100, enum ≤ 50 values of
 * ≤ 100 characters, tag ≤ 10 tags of ≤ 100 characters; integer/number within ±(2^53 − 1) so
 * every value survives a JSON round trip. For enum, `validationLimits.maxItems` bounds the number
 * of values (Genesys has no enum-specific field for it). Tags must be at least 1 character.
 */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const range = (min: number, max: number): ValidationRange => ({ min, max });

const textLimits = (max: number): CoreTypeLimits => ({
  validationFields: ['minLength', 'maxLength'],
  validationLimits: { minLength: range(0, max), maxLength: range(1, max) },
});

const numericLimits: CoreTypeLimits = {
  validationFields: ['minimum', 'maximum'],
  validationLimits: { minimum: range(-MAX_SAFE, MAX_SAFE), maximum: range(-MAX_SAFE, MAX_SAFE) },
};

const noLimits: CoreTypeLimits = { validationFields: [], validationLimits: {} };

export const CORE_TYPE_LIMITS: Readonly<Record<CoreTypeName, CoreTypeLimits>> = {
  text: textLimits(100),
  longtext: textLimits(1000),
  url: textLimits(200),
  identifier: textLimits(100),
  enum: {
    validationFields: ['enum'],
    validationLimits: { minItems: range(1, 1), maxItems: range(1, 50) },
    itemValidationFields: ['minLength', 'maxLength'],
    itemValidationLimits: { minLength: range(1, 1), maxLength: range(1, 100) },
  },
  date: noLimits,
  datetime: noLimits,
  integer: numericLimits,
  number: numericLimits,
  checkbox: noLimits,
  tag: {
    validationFields: ['minItems', 'maxItems', 'uniqueItems'],
    validationLimits: { minItems: range(0, 10), maxItems: range(1, 10) },
    itemValidationFields: ['minLength', 'maxLength'],
    itemValidationLimits: { minLength: range(1, 100), maxLength: range(1, 100) },
  },
};

export const CORE_TYPE_LIMITS_BY_NAME: CoreTypeLimitsByName = CORE_TYPE_LIMITS;

const DESCRIPTIONS: Readonly<Record<CoreTypeName, string>> = {
  text: 'A single line of text.',
  longtext: 'Several lines of text.',
  url: 'A web address starting with http:// or https://.',
  identifier: 'A searchable, case-insensitive identifier.',
  enum: 'One value from a list.',
  date: 'A calendar date (YYYY-MM-DD).',
  datetime: 'A date and time with a time zone (ISO-8601).',
  integer: 'A whole number.',
  number: 'A number.',
  checkbox: 'True or false.',
  tag: 'A list of searchable, case-insensitive tags.',
};

const JSON_TYPES: Readonly<Record<CoreTypeName, string[]>> = {
  text: ['string'],
  longtext: ['string'],
  url: ['string'],
  identifier: ['string'],
  enum: ['string'],
  date: ['string'],
  datetime: ['string'],
  integer: ['integer'],
  number: ['number'],
  checkbox: ['boolean'],
  tag: ['array'],
};

/** Core types never change in the sandbox: one version, dated at a fixed instant. */
const CORE_TYPES_CREATED = '2020-01-01T00:00:00.000Z';

function coreTypeSchema(name: CoreTypeName): NonNullable<Coretype['schema']> {
  const schema: NonNullable<Coretype['schema']> = {
    title: name,
    description: DESCRIPTIONS[name],
    type: JSON_TYPES[name],
  };
  if (name === 'date') schema.pattern = DATE_PATTERN.source;
  if (name === 'datetime') schema.pattern = DATETIME_PATTERN.source;
  if (name === 'enum' || name === 'tag') schema.items = { type: 'string' };
  return schema;
}

/** Stable ids so a console may cache them; they are the sandbox's, not Genesys's. */
function coreTypeId(name: CoreTypeName): string {
  const index = CORE_TYPE_NAMES.indexOf(name) + 1;
  return `c07e7e00-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

export function coretypeJson(name: CoreTypeName, schemasUri: string): Coretype {
  const limits = CORE_TYPE_LIMITS[name];
  const json: Coretype = {
    id: coreTypeId(name),
    name,
    version: 1,
    dateCreated: CORE_TYPES_CREATED,
    schema: coreTypeSchema(name),
    current: true,
    validationFields: limits.validationFields ?? [...FIELD_ATTRIBUTES[name]],
    validationLimits: limits.validationLimits ?? {},
    selfUri: `${schemasUri}/coretypes/${name}`,
  };
  if (limits.itemValidationFields !== undefined) {
    json.itemValidationFields = limits.itemValidationFields;
  }
  if (limits.itemValidationLimits !== undefined) {
    json.itemValidationLimits = limits.itemValidationLimits;
  }
  return json;
}

export function coretypeListingJson(schemasUri: string): CoretypeListing {
  const entities = CORE_TYPE_NAMES.map((name) => coretypeJson(name, schemasUri));
  return { entities, total: entities.length, selfUri: `${schemasUri}/coretypes` };
}

export function findCoreTypeName(value: string): CoreTypeName | null {
  return isCoreTypeName(value) ? value : null;
}
