import { describe, expect, it } from 'vitest';
import { schemaDocumentProblems } from '../../src/models/data-schema.ts';
import { CORE_TYPE_LIMITS } from './core-types.ts';
import { everyCoreTypeDocument } from './schema-fixtures.ts';
import { SCHEMA_QUANTITY_LIMITS } from './schema-limits.ts';

const context = { coreTypes: CORE_TYPE_LIMITS, quantity: SCHEMA_QUANTITY_LIMITS };
const fieldsOf = (document: unknown) =>
  schemaDocumentProblems(document, context).map((problem) => problem.fieldName);
const one = (key: string, definition: Record<string, unknown>) => ({
  properties: { [key]: definition },
});
const ref = (coreType: string) => [{ $ref: `#/definitions/${coreType}` }];

describe('schemaDocumentProblems', () => {
  it('accepts a field of every core type', () => {
    expect(schemaDocumentProblems(everyCoreTypeDocument(), context)).toEqual([]);
  });

  it('refuses minLength above maxLength and values outside the core ranges', () => {
    const crossed = one('a_text', { allOf: ref('text'), title: 'A', minLength: 5, maxLength: 4 });
    expect(fieldsOf(crossed)).toEqual(['jsonSchema.properties.a_text.minLength']);
    const huge = one('n_integer', { allOf: ref('integer'), title: 'N', maximum: 2 ** 60 });
    expect(fieldsOf(huge)).toEqual(['jsonSchema.properties.n_integer.maximum']);
    const fractional = one('n_integer', { allOf: ref('integer'), title: 'N', minimum: 0.5 });
    expect(fieldsOf(fractional)).toEqual(['jsonSchema.properties.n_integer.minimum']);
  });

  it('checks enum values and their properties', () => {
    const values = Array.from({ length: 51 }, (_, index) => `v${index}`);
    expect(fieldsOf(one('e_enum', { allOf: ref('enum'), title: 'E', enum: values }))).toEqual([
      'jsonSchema.properties.e_enum.enum',
    ]);
    const stray = one('e_enum', {
      allOf: ref('enum'),
      title: 'E',
      enum: ['A'],
      _enumProperties: { B: { title: 'B' } },
    });
    expect(fieldsOf(stray)).toEqual(['jsonSchema.properties.e_enum._enumProperties.B']);
    const twice = one('e_enum', { allOf: ref('enum'), title: 'E', enum: ['A', 'A'] });
    expect(fieldsOf(twice)).toEqual(['jsonSchema.properties.e_enum.enum']);
  });

  it('checks tag items', () => {
    const tag = one('t_tag', { allOf: ref('tag'), title: 'T', items: { maxLength: 101, x: 1 } });
    expect(fieldsOf(tag)).toEqual([
      'jsonSchema.properties.t_tag.items.x',
      'jsonSchema.properties.t_tag.items.maxLength',
    ]);
  });

  it('refuses a core type change against the previous version', () => {
    const previous = {
      properties: { a_text: { allOf: [{ $ref: '#/definitions/text' }], title: 'A' } },
    };
    const problems = schemaDocumentProblems(one('a_text', { allOf: ref('longtext'), title: 'A' }), {
      ...context,
      previous,
    });
    expect(problems.map((problem) => problem.fieldName)).toContain(
      'jsonSchema.properties.a_text.allOf',
    );
  });

  it('names shape problems the field checks do not cover', () => {
    expect(fieldsOf({ title: 5, properties: {} })).toEqual(['jsonSchema.title']);
  });
});
