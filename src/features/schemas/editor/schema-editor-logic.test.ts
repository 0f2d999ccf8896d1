import { describe, expect, it } from 'vitest';
import type { JsonSchemaDocument } from '@/models/data-schema';
import { fieldKeyFromTitle } from './field-key';
import { lineOfFieldName, parseJsonText, toJsonText } from './json-text';
import { reapplyEdits } from './rebase';
import { describeChange, diffSchemas } from './schema-diff';
import { documentToDraft, draftToDocument } from './schema-draft';

const doc: JsonSchemaDocument = {
  title: 'Customer',
  properties: {
    tier_enum: {
      allOf: [{ $ref: '#/definitions/enum' }],
      title: 'Tier',
      enum: ['gold', 'silver'],
      _enumProperties: { gold: { title: 'Gold' }, silver: { _disabled: true } },
    },
    code_text: {
      allOf: [{ $ref: '#/definitions/text' }],
      title: 'Code',
      minLength: 2,
      maxLength: 5,
    },
    labels_tag: {
      allOf: [{ $ref: '#/definitions/tag' }],
      title: 'Labels',
      maxItems: 3,
      items: { maxLength: 10 },
      uniqueItems: true,
    },
  },
  required: ['code_text'],
};

describe('fieldKeyFromTitle', () => {
  it('makes <name>_<coretype> keys', () => {
    expect(fieldKeyFromTitle('Loyalty tier', 'enum')).toBe('loyalty_tier_enum');
    expect(fieldKeyFromTitle('  Crème brûlée!! ', 'text')).toBe('creme_brulee_text');
    expect(fieldKeyFromTitle('Start date', 'date')).toBe('start_date');
    expect(fieldKeyFromTitle('2nd line', 'text')).toBe('field_2nd_line_text');
    expect(fieldKeyFromTitle('', 'checkbox')).toBe('field_checkbox');
  });
  it('stays unique and within the maximum length', () => {
    expect(fieldKeyFromTitle('Tier', 'enum', new Set(['tier_enum']))).toBe('tier_2_enum');
    const key = fieldKeyFromTitle('x'.repeat(200), 'identifier', new Set(), 40);
    expect(key).toHaveLength(40);
    expect(key.endsWith('_identifier')).toBe(true);
  });
});

describe('draft round trip', () => {
  it('document → draft → document is the same document', () => {
    const draft = documentToDraft('Customer', true, doc, new Set(Object.keys(doc.properties)));
    expect(draftToDocument(draft)).toEqual(doc);
    expect(draft.fields[0]?.keyLocked).toBe(true);
  });
  it('JSON text parses back to the document', () => {
    const text = toJsonText(doc);
    const parsed = parseJsonText(text);
    expect(parsed.ok && parsed.value).toEqual(doc);
  });
  it('names the line of a syntax error and of a problem', () => {
    const broken = '{\n  "properties": {\n    "a_text": ,\n  }\n}';
    const parsed = parseJsonText(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.line).toBe(3);
    const text = toJsonText(doc);
    const line = lineOfFieldName(text, 'jsonSchema.properties.code_text.maxLength');
    expect(text.split('\n')[line - 1]).toContain('"maxLength": 5');
  });
});

describe('diffSchemas', () => {
  it('lists added, removed and changed attributes', () => {
    const before = { name: 'Customer', enabled: true, jsonSchema: doc };
    const properties = { ...doc.properties };
    delete properties.labels_tag;
    properties.code_text = { ...doc.properties.code_text!, maxLength: 8 };
    properties.vip_checkbox = { allOf: [{ $ref: '#/definitions/checkbox' }], title: 'VIP' };
    const after = {
      name: 'Customer',
      enabled: false,
      jsonSchema: { ...doc, properties, required: [] },
    };
    const text = diffSchemas(before, after).map(describeChange);
    expect(text).toEqual([
      'Schema enabled: true → false',
      'Code (code_text) maxLength: 5 → 8',
      'Code (code_text) required: true → false',
      'Field added: VIP (vip_checkbox)',
      'Field removed: Labels (labels_tag)',
    ]);
  });

  it('names a change of order, which the record form shows', () => {
    const before = { name: 'Customer', enabled: true, jsonSchema: doc };
    const [first, ...rest] = Object.entries(doc.properties);
    const after = {
      ...before,
      jsonSchema: { ...doc, properties: Object.fromEntries([...rest, first!]) },
    };
    expect(diffSchemas(before, after).map(describeChange)).toEqual([
      'Field order: tier_enum, code_text, labels_tag → code_text, labels_tag, tier_enum',
    ]);
  });
});

describe('reapplyEdits', () => {
  it('keeps their other changes and my field edits', () => {
    const base = { name: 'Customer', enabled: true, jsonSchema: doc };
    const mine = {
      ...base,
      jsonSchema: {
        ...doc,
        properties: {
          ...doc.properties,
          code_text: { ...doc.properties.code_text!, title: 'Mine' },
        },
      },
    };
    const theirs = {
      ...base,
      jsonSchema: {
        ...doc,
        properties: {
          ...doc.properties,
          tier_enum: { ...doc.properties.tier_enum!, title: 'Theirs' },
        },
      },
    };
    const merged = reapplyEdits(base, mine, theirs);
    expect(merged.jsonSchema.properties.code_text?.title).toBe('Mine');
    expect(merged.jsonSchema.properties.tier_enum?.title).toBe('Theirs');
  });
});
