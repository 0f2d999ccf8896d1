import { describe, expect, it } from 'vitest';
import { lookupSearchSchema, toLookupRequest } from './search-params';

describe('lookup search params', () => {
  it('defaults to a reverse lookup with nothing to look up', () => {
    expect(lookupSearchSchema.parse({})).toEqual({ kind: 'reverse' });
    expect(toLookupRequest(lookupSearchSchema.parse({}))).toBeNull();
  });

  it('keeps valid values', () => {
    expect(lookupSearchSchema.parse({ kind: 'contact', type: 'Email', value: 'a@b.co' })).toEqual({
      kind: 'contact',
      type: 'Email',
      value: 'a@b.co',
    });
  });

  it('drops bad values one by one', () => {
    expect(
      lookupSearchSchema.parse({ kind: 'fax', type: 'Pager', value: 'x'.repeat(257) }),
    ).toEqual({ kind: 'reverse' });
    expect(lookupSearchSchema.parse({ kind: 'contact', type: 'Pager', value: 'v' })).toEqual({
      kind: 'contact',
      value: 'v',
    });
  });

  it('accepts a 256-character value and refuses 257', () => {
    expect(lookupSearchSchema.parse({ value: 'x'.repeat(256) }).value).toHaveLength(256);
    expect(lookupSearchSchema.parse({ value: 'x'.repeat(257) }).value).toBeUndefined();
  });

  it('turns a link into the request it asks for', () => {
    expect(toLookupRequest({ kind: 'reverse', value: ' +1 317 555 0100 ' })).toEqual({
      kind: 'reverse',
      value: '+1 317 555 0100',
    });
    expect(toLookupRequest({ kind: 'contact', type: 'Phone', value: '+13175550100' })).toEqual({
      kind: 'contact',
      type: 'Phone',
      value: '+13175550100',
    });
    expect(toLookupRequest({ kind: 'organization', type: 'Email', value: 'A-1' })).toEqual({
      kind: 'organization',
      type: 'ExternalId',
      value: 'A-1',
    });
  });

  it('asks for nothing without a value, a type, or within the identifier limit', () => {
    expect(toLookupRequest({ kind: 'reverse', value: '   ' })).toBeNull();
    expect(toLookupRequest({ kind: 'contact', value: 'x' })).toBeNull();
    expect(
      toLookupRequest({ kind: 'contact', type: 'Cookie', value: 'x'.repeat(255) }),
    ).not.toBeNull();
    expect(toLookupRequest({ kind: 'contact', type: 'Cookie', value: 'x'.repeat(256) })).toBeNull();
  });
});
