import { describe, expect, it } from 'vitest';
import {
  identifierFieldsSchema,
  organizationIdentifierFieldsSchema,
} from './identifier-form-schema';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('identifier fields', () => {
  it('accepts a value of exactly 255 characters and refuses 256', () => {
    expect(
      identifierFieldsSchema.safeParse({ type: 'Cookie', value: 'a'.repeat(255) }).success,
    ).toBe(true);
    const tooLong = identifierFieldsSchema.safeParse({ type: 'Cookie', value: 'a'.repeat(256) });
    expect(messages(tooLong)).toEqual(['Identifier value must be at most 255 characters.']);
  });

  it('trims the value before checking it', () => {
    expect(identifierFieldsSchema.parse({ type: 'Email', value: '  a@b.co ' })).toEqual({
      type: 'Email',
      value: 'a@b.co',
    });
    expect(messages(identifierFieldsSchema.safeParse({ type: 'Email', value: '   ' }))).toEqual([
      'Identifier value is required.',
    ]);
  });

  it('requires a type', () => {
    expect(messages(identifierFieldsSchema.safeParse({ type: '', value: 'x' }))).toEqual([
      'Choose an identifier type.',
    ]);
    expect(identifierFieldsSchema.safeParse({ type: 'Fax', value: 'x' }).success).toBe(false);
  });

  it('requires phone identifiers in international form', () => {
    expect(
      identifierFieldsSchema.safeParse({ type: 'Phone', value: '+1 317 555 0100' }).success,
    ).toBe(true);
    expect(
      messages(identifierFieldsSchema.safeParse({ type: 'Phone', value: '317 555 0100' })),
    ).toEqual(['A phone identifier must start with + and the country code.']);
  });

  it('accepts only ExternalId on organizations', () => {
    expect(
      organizationIdentifierFieldsSchema.safeParse({ type: 'ExternalId', value: 'A-1' }).success,
    ).toBe(true);
    expect(
      messages(organizationIdentifierFieldsSchema.safeParse({ type: 'Email', value: 'a@b.co' })),
    ).toEqual(['Organizations accept only External id identifiers.']);
  });
});
