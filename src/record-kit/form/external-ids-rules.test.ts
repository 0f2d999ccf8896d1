import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import { externalContactWriteSchema, MAX_EXTERNAL_IDS } from '@/models/external-contact';
import {
  externalIdInputFor,
  externalIdRowsSchema,
  externalIdsExtension,
  sourceOptions,
} from './external-ids-rules';
import { formFieldFor, recordFormSchema, toFormValues, toWriteBody } from './record-form-values';

const write = externalContactWriteSchema.shape;
const writeKeys = Object.keys(write);
const extension = externalIdsExtension<ExternalContact>(MAX_EXTERNAL_IDS);

const stored: ExternalContact = {
  id: 'c1',
  lastName: 'Stored',
  externalIds: [
    { externalSource: { id: 's1', name: 'CRM' }, value: 'A-1' },
    { externalSource: { id: 'gone' }, value: 'B-2' },
  ],
};

/** The issues of a list of rows, as `path: message`. */
function problems(rows: { sourceId: string; value: string }[], max = MAX_EXTERNAL_IDS) {
  const result = externalIdRowsSchema(max).safeParse(rows);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('external id rows', () => {
  it('accepts rows with a source and a value, however many sources repeat', () => {
    expect(
      problems([
        { sourceId: 's1', value: 'A-1' },
        { sourceId: 's1', value: 'A-2' },
        { sourceId: 's2', value: 'A-1' },
        { sourceId: 's3', value: 'v'.repeat(255) },
      ]),
    ).toEqual([]);
  });

  it('needs a source and a value on every row, the value at most 255 characters', () => {
    expect(
      problems([
        { sourceId: '', value: 'A-1' },
        { sourceId: 's1', value: '   ' },
        { sourceId: 's1', value: 'v'.repeat(256) },
        { sourceId: '', value: '' },
      ]),
    ).toEqual([
      '0.sourceId: Choose the source this id comes from.',
      '1.value: External id value is required.',
      '2.value: External id value must be at most 255 characters.',
      '3.sourceId: Choose the source this id comes from.',
      '3.value: External id value is required.',
    ]);
  });

  it('refuses the same source and value twice (spaces around the value do not count)', () => {
    expect(
      problems([
        { sourceId: 's1', value: 'A-1' },
        { sourceId: 's2', value: 'A-1' },
        { sourceId: 's1', value: ' A-1 ' },
      ]),
    ).toEqual(['2.value: External id 1 already has this source and value.']);
  });

  it('holds at most the API’s number of ids', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ sourceId: 's', value: `${i}` }));
    expect(problems(rows(10))).toEqual([]);
    expect(problems(rows(11))).toEqual([': External ids can hold at most 10 entries.']);
  });
});

describe('external ids in the record form', () => {
  it('starts from the stored ids, keeping an unknown source’s value', () => {
    expect(toFormValues(CONTACT_FIELDS, stored, [extension]).externalIds).toEqual([
      { sourceId: 's1', value: 'A-1' },
      { sourceId: 'gone', value: 'B-2' },
    ]);
    expect(toFormValues(CONTACT_FIELDS, undefined, [extension]).externalIds).toEqual([]);
  });

  it('sends the rows as Genesys takes them, trimmed, in their order', () => {
    const values = {
      ...toFormValues(CONTACT_FIELDS, stored, [extension]),
      externalIds: [
        { sourceId: 'gone', value: 'B-2' },
        { sourceId: 's2', value: '  C-3 ' },
      ],
    };
    const body = toWriteBody(CONTACT_FIELDS, writeKeys, values, stored, [extension]);
    expect(body.externalIds).toEqual([
      { externalSource: { id: 'gone' }, value: 'B-2' },
      { externalSource: { id: 's2' }, value: 'C-3' },
    ]);
    expect(externalContactWriteSchema.safeParse(body).success).toBe(true);
  });

  it('leaves them out when every row was removed, instead of sending the stored ones back', () => {
    const values = { ...toFormValues(CONTACT_FIELDS, stored, [extension]), externalIds: [] };
    const body = toWriteBody(CONTACT_FIELDS, writeKeys, values, stored, [extension]);
    expect(body).not.toHaveProperty('externalIds');
  });

  it('still carries the stored ids over where the form does not edit them (imports)', () => {
    const body = toWriteBody(
      CONTACT_FIELDS,
      writeKeys,
      toFormValues(CONTACT_FIELDS, stored),
      stored,
    );
    expect(body.externalIds).toEqual([
      { externalSource: { id: 's1' }, value: 'A-1' },
      { externalSource: { id: 'gone' }, value: 'B-2' },
    ]);
  });

  it('checks the rows with the rest of the form', () => {
    const schema = recordFormSchema(CONTACT_FIELDS, write, [extension]);
    const values = {
      ...toFormValues(CONTACT_FIELDS, stored, [extension]),
      externalIds: [{ sourceId: 's1', value: '' }],
    };
    const result = schema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'externalIds.0.value',
    ]);
  });

  it('puts the API’s field errors on the row they name', () => {
    const fieldFor = formFieldFor(CONTACT_FIELDS, [extension]);
    expect(fieldFor('externalIds[1].value')).toBe('externalIds.1.value');
    expect(fieldFor('externalIds[0].externalSource.id')).toBe('externalIds.0.sourceId');
    expect(fieldFor('externalIds[3].externalSource')).toBe('externalIds.3.sourceId');
    expect(fieldFor('externalIds.2.value')).toBe('externalIds.2.value');
    expect(fieldFor('externalIds')).toBe('externalIds');
    expect(externalIdInputFor('externalIdsX')).toBeNull();
    expect(fieldFor('workEmail')).toBe('workEmail');
  });
});

describe('the source picker’s choices', () => {
  const sources = [
    { id: 'a', name: 'Billing', active: true },
    { id: 'b', name: 'CRM', active: false },
    { id: 'c', name: 'Zendesk' },
  ];
  const labels = (row: { stored: string; selected: string }, loading = false, list = sources) =>
    sourceOptions(list, row, loading).map((option) => `${option.value}=${option.label}`);

  it('offers the active sources by name to a new row', () => {
    expect(labels({ stored: '', selected: '' })).toEqual(['a=Billing', 'c=Zendesk']);
  });

  it('keeps an inactive source, marked, for the row that holds it', () => {
    expect(labels({ stored: 'b', selected: 'b' })).toEqual([
      'a=Billing',
      'b=CRM (inactive)',
      'c=Zendesk',
    ]);
    // Still offered after the row was switched away, so the switch can be undone.
    expect(labels({ stored: 'b', selected: 'a' })).toContain('b=CRM (inactive)');
  });

  it('names a deleted or unknown source by its id, so the value is kept', () => {
    expect(labels({ stored: 'gone', selected: 'gone' })).toEqual([
      'a=Billing',
      'c=Zendesk',
      'gone=Unknown source gone',
    ]);
  });

  it('keeps the row’s own source chosen while the list loads or when it failed', () => {
    expect(sourceOptions(undefined, { stored: 'a', selected: 'a' }, true)).toEqual([
      { value: 'a', label: 'Loading sources…' },
    ]);
    expect(sourceOptions(undefined, { stored: 'a', selected: 'a' }, false)).toEqual([
      { value: 'a', label: 'Source a' },
    ]);
    expect(sourceOptions(undefined, { stored: '', selected: '' }, true)).toEqual([]);
  });
});
