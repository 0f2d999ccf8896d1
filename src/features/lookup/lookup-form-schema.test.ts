import { describe, expect, it } from 'vitest';
import { lookupFormSchema } from './lookup-form-schema';

const messages = (input: unknown) =>
  lookupFormSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('lookup form', () => {
  it('requires a value for a reverse lookup', () => {
    expect(messages({ kind: 'reverse', type: '', country: 'GB', value: '  ' })).toEqual([
      'Phone, email or Twitter handle is required.',
    ]);
  });

  it('accepts a reverse value of 256 characters and refuses 257', () => {
    expect(messages({ kind: 'reverse', type: '', country: 'GB', value: 'a'.repeat(256) })).toEqual(
      [],
    );
    expect(messages({ kind: 'reverse', type: '', country: 'GB', value: 'a'.repeat(257) })).toEqual([
      'Phone, email or Twitter handle must be at most 256 characters.',
    ]);
  });

  it('requires a type for a contact identifier lookup', () => {
    expect(messages({ kind: 'contact', type: '', value: 'x' })).toEqual([
      'Choose an identifier type.',
    ]);
  });

  it('accepts an identifier of 255 characters and refuses 256', () => {
    expect(messages({ kind: 'contact', type: 'Cookie', value: 'c'.repeat(255) })).toEqual([]);
    expect(messages({ kind: 'contact', type: 'Cookie', value: 'c'.repeat(256) })).toEqual([
      'Identifier value must be at most 255 characters.',
    ]);
    expect(messages({ kind: 'organization', type: 'ExternalId', value: 'o'.repeat(256) })).toEqual([
      'Identifier value must be at most 255 characters.',
    ]);
  });

  it('wants phone identifiers with their country code', () => {
    expect(messages({ kind: 'contact', type: 'Phone', value: '3175550100' })).toEqual([
      'A phone identifier must start with + and the country code.',
    ]);
    expect(messages({ kind: 'contact', type: 'Phone', value: '+1 317 555 0100' })).toEqual([]);
  });

  it('trims what it sends', () => {
    expect(
      lookupFormSchema.parse({ kind: 'reverse', type: '', country: 'GB', value: ' @ada ' }),
    ).toEqual({
      kind: 'reverse',
      type: '',
      country: 'GB',
      value: '@ada',
    });
  });

  it('reads a national phone number in the chosen country, or says it does not fit', () => {
    expect(
      lookupFormSchema.parse({ kind: 'reverse', type: '', country: 'GB', value: '020 7946 0958' }),
    ).toMatchObject({ value: '+442079460958' });
    expect(messages({ kind: 'reverse', type: '', country: 'DE', value: '12 34' })).toEqual([]);
    expect(messages({ kind: 'reverse', type: '', country: 'FR', value: '12345' })).toEqual([
      'This is not a phone number of France (+33): type it with its country code (+44 …) or choose its country.',
    ]);
  });
});
