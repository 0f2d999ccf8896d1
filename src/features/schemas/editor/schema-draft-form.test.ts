import { describe, expect, it } from 'vitest';
import type { JsonSchemaDocument, SchemaQuantityLimits } from '@/models/data-schema';
import { documentToDraft, draftToDocument } from './schema-draft';
import {
  draftProblems,
  errorList,
  problemPaths,
  schemaDraftSchema,
  type DraftCheckContext,
} from './schema-draft-form';

const limits: SchemaQuantityLimits = {
  minFieldNameCharacters: 1,
  maxFieldNameCharacters: 100,
  minFieldTitleCharacters: 1,
  maxFieldTitleCharacters: 10,
  minFieldDescriptionCharacters: 0,
  maxFieldDescriptionCharacters: 100,
  minSchemaNameCharacters: 1,
  maxSchemaNameCharacters: 20,
  minSchemaDescriptionCharacters: 0,
  maxSchemaDescriptionCharacters: 5,
  maxNumberOfSchemasPerOrg: 20,
  maxNumberOfFieldsPerSchema: 25,
  maxNumberOfFieldsPerOrg: 100,
};
const context: DraftCheckContext = { coreTypes: {}, limits, previous: null };

const doc: JsonSchemaDocument = {
  description: 'Who',
  properties: {
    code_text: { allOf: [{ $ref: '#/definitions/text' }], title: 'Code', maxLength: 5 },
    tier_enum: {
      allOf: [{ $ref: '#/definitions/enum' }],
      title: 'Tier',
      enum: ['gold'],
      _enumProperties: { gold: { title: 'Gold' } },
    },
  },
};

const issuesOf = (draft: ReturnType<typeof documentToDraft>) => {
  const result = schemaDraftSchema(context).safeParse(draft);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('the schema form', () => {
  it('keeps the description as its own input and round-trips it', () => {
    const draft = documentToDraft('Customer', true, doc, new Set());
    expect(draft.description).toBe('Who');
    expect(draft.documentExtra).toEqual({});
    expect(draftToDocument(draft)).toEqual(doc);
    expect(draftToDocument({ ...draft, description: '' })).not.toHaveProperty('description');
  });

  it('accepts a valid draft', () => {
    expect(issuesOf(documentToDraft('Customer', true, doc, new Set()))).toEqual([]);
  });

  it('puts each shared problem on the path of its input', () => {
    const draft = documentToDraft('', true, doc, new Set());
    draft.description = 'Too long';
    draft.fields[0]!.title = 'A title far too long';
    draft.fields[0]!.numbers.maxLength = '1e';
    const paths = issuesOf(draft).map((issue) => issue.path);
    expect(paths).toContain('name');
    expect(paths).toContain('description');
    expect(paths).toContain('fields.0.title');
    expect(paths).toContain('fields.0.numbers.maxLength');
    expect(paths.filter((path) => path.startsWith('fields.1'))).toEqual([]);
    expect(issuesOf(draft)).toHaveLength(draftProblems(draft, context).length);
  });

  it('names both fields that share a key', () => {
    const draft = documentToDraft('Customer', true, doc, new Set());
    draft.fields[1]!.key = 'code_text';
    draft.fields[1]!.coreType = 'text';
    draft.fields[1]!.enumValues = [];
    expect(issuesOf(draft).filter((issue) => issue.message.includes('Two fields'))).toEqual([
      { path: 'fields.0.key', message: 'Two fields have the key code_text.' },
      { path: 'fields.1.key', message: 'Two fields have the key code_text.' },
    ]);
  });

  it('maps API field names onto the form', () => {
    const draft = documentToDraft('Customer', true, doc, new Set());
    expect(problemPaths('jsonSchema.properties.tier_enum.enum', draft)).toEqual([
      'fields.1.enumValues',
    ]);
    expect(problemPaths('jsonSchema.properties.tier_enum._enumProperties.gold', draft)).toEqual([
      'fields.1.enumValues.0.title',
    ]);
    expect(problemPaths('jsonSchema.properties.code_text.allOf', draft)).toEqual([
      'fields.0.coreType',
    ]);
    expect(problemPaths('jsonSchema.properties', draft)).toEqual(['fields']);
    expect(problemPaths('jsonSchema.required', draft)).toEqual(['documentExtra']);
  });

  it('lists every message of an errors tree with its path', () => {
    const errors = {
      name: { type: 'custom', message: 'A', types: { custom: ['A', 'B'] }, ref: {} },
      fields: [undefined, { enumValues: { root: { type: 'custom', message: 'C' } } }],
    };
    expect(errorList(errors)).toEqual([
      { path: 'name', message: 'A' },
      { path: 'name', message: 'B' },
      { path: 'fields.1.enumValues', message: 'C' },
    ]);
  });
});
