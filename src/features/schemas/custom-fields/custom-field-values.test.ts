import { describe, expect, it } from 'vitest';
import type { JsonSchemaDocument } from '@/models/data-schema';
import {
  customFieldsToApi,
  customFieldsToForm,
  type CustomFieldFormValues,
} from './custom-field-values';

const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];
const doc: JsonSchemaDocument = {
  properties: {
    a_text: { allOf: ref('text'), title: 'A', minLength: 2, maxLength: 5 },
    b_longtext: { allOf: ref('longtext'), title: 'B', maxLength: 10 },
    c_url: { allOf: ref('url'), title: 'C', maxLength: 30 },
    d_identifier: { allOf: ref('identifier'), title: 'D', maxLength: 4 },
    e_enum: {
      allOf: ref('enum'),
      title: 'E',
      enum: ['x', 'y'],
      _enumProperties: { y: { _disabled: true } },
    },
    f_integer: { allOf: ref('integer'), title: 'F', minimum: 1, maximum: 10 },
    g_number: { allOf: ref('number'), title: 'G', minimum: 0.5, maximum: 1.5 },
    h_date: { allOf: ref('date'), title: 'H' },
    i_datetime: { allOf: ref('datetime'), title: 'I' },
    j_checkbox: { allOf: ref('checkbox'), title: 'J' },
    k_tag: { allOf: ref('tag'), title: 'K', maxItems: 2, items: { maxLength: 3 } },
  },
  required: ['j_checkbox'],
};

const problemsOf = (values: CustomFieldFormValues) =>
  customFieldsToApi(doc, { j_checkbox: false, ...values }).problems.map((p) => p.fieldName);

describe('custom field validation boundaries', () => {
  it.each<[string, CustomFieldFormValues, CustomFieldFormValues]>([
    ['text', { a_text: 'ab' }, { a_text: 'a' }],
    ['text max', { a_text: 'abcde' }, { a_text: 'abcdef' }],
    ['longtext', { b_longtext: 'x'.repeat(10) }, { b_longtext: 'x'.repeat(11) }],
    ['url', { c_url: 'https://e.x' }, { c_url: 'ftp://e.x' }],
    ['identifier', { d_identifier: 'abcd' }, { d_identifier: 'abcde' }],
    ['enum', { e_enum: 'x' }, { e_enum: 'y' }],
    ['integer', { f_integer: '10' }, { f_integer: '11' }],
    ['integer whole', { f_integer: '1' }, { f_integer: '1.5' }],
    ['number', { g_number: '1.5' }, { g_number: '1.51' }],
    ['date', { h_date: '2024-02-29' }, { h_date: '2023-02-29' }],
    ['datetime', { i_datetime: '2024-05-01T13:30:00' }, { i_datetime: 'soon' }],
    ['tag count', { k_tag: ['a', 'b'] }, { k_tag: ['a', 'b', 'c'] }],
    ['tag length', { k_tag: ['abc'] }, { k_tag: ['abcd'] }],
  ])('%s: the boundary passes, one past fails', (_name, good, bad) => {
    expect(problemsOf(good)).toEqual([]);
    expect(problemsOf(bad)).toEqual([`customFields.${Object.keys(bad)[0]}`]);
  });

  it('converts to typed API values and back', () => {
    const { customFields } = customFieldsToApi(doc, {
      f_integer: '3',
      j_checkbox: true,
      k_tag: ['a'],
      a_text: '',
    });
    expect(customFields).toEqual({ f_integer: 3, j_checkbox: true, k_tag: ['a'] });
    expect(customFieldsToForm(doc, customFields)).toMatchObject({
      f_integer: '3',
      j_checkbox: true,
      k_tag: ['a'],
      a_text: '',
    });
  });
});
