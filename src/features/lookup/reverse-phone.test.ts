import { describe, expect, it } from 'vitest';
import { toReverseLookupValue } from './reverse-phone';

describe('toReverseLookupValue', () => {
  it('reads a national number in the chosen country and sends E.164', () => {
    expect(toReverseLookupValue('020 7946 0958', 'GB')).toEqual({
      ok: true,
      value: '+442079460958',
      reformatted: true,
    });
    expect(toReverseLookupValue('(212) 555-2368', 'US')).toEqual({
      ok: true,
      value: '+12125552368',
      reformatted: true,
    });
  });

  it('leaves emails, handles and numbers with a country code as typed', () => {
    expect(toReverseLookupValue(' ana@example.com ', 'GB')).toEqual({
      ok: true,
      value: 'ana@example.com',
      reformatted: false,
    });
    expect(toReverseLookupValue('@genesys', 'GB')).toMatchObject({
      value: '@genesys',
      reformatted: false,
    });
    expect(toReverseLookupValue('+44 20 7946 0958', 'US')).toMatchObject({
      value: '+44 20 7946 0958',
      reformatted: false,
    });
  });

  it('says which country a number does not fit', () => {
    const result = toReverseLookupValue('12345', 'FR');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('France (+33)');
  });
});
