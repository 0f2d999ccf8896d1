import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone-normalisation.ts';
import { ftsQuery } from './search-text.ts';

describe('normalisePhone', () => {
  it('formats valid numbers like Genesys and keeps the typed text', () => {
    expect(normalisePhone({ display: '(317) 222-2222', normalizationCountryCode: 'US' })).toEqual({
      display: '+1 317-222-2222',
      e164: '+13172222222',
      countryCode: 'US',
      userInput: '(317) 222-2222',
      normalizationCountryCode: 'US',
    });
    expect(normalisePhone({ display: '+44 20 7946 0958' })).toMatchObject({
      display: '+44 20 7946 0958',
      countryCode: 'GB',
    });
  });

  it('keeps unparseable text unchanged without e164, and drops empty phones', () => {
    expect(normalisePhone({ display: '12' })).toEqual({ display: '12', userInput: '12' });
    expect(normalisePhone({ display: '  ' })).toBeNull();
    expect(normalisePhone(null)).toBeNull();
  });
});

describe('ftsQuery', () => {
  it('quotes each word as a prefix and drops operators', () => {
    expect(ftsQuery('ada OR "x')).toBe('"ada"* "OR"* """x"*');
    expect(ftsQuery('+1317')).toBe('"1317"*');
    expect(ftsQuery('  -- ')).toBeNull();
  });
});
