import { afterEach, describe, expect, it } from 'vitest';
import { searchTextAsE164 } from '@/models/phone-countries';
import {
  browserPhoneCountry,
  phoneCountryChosen,
  phoneCountrySetting,
  setPhoneCountrySetting,
} from './phone-country-setting';

/** Node has no localStorage: a Map stands in for the browser's. */
const memory = new Map<string, string>();
const storage = {
  getItem: (key: string) => memory.get(key) ?? null,
  setItem: (key: string, value: string) => void memory.set(key, value),
  clear: () => memory.clear(),
};
Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });

describe('the phone country setting', () => {
  afterEach(() => storage.clear());

  it('starts from the browser region the list offers, else the United States', () => {
    expect(browserPhoneCountry(['fr', 'en-GB', 'de-DE'])).toBe('GB');
    expect(browserPhoneCountry(['xx-YY'])).toBe('US');
    expect(browserPhoneCountry([])).toBe('US');
  });

  it('keeps a chosen country and refuses one the console does not offer', () => {
    expect(phoneCountryChosen()).toBe(false);
    setPhoneCountrySetting('gb');
    expect(phoneCountrySetting()).toBe('GB');
    expect(phoneCountryChosen()).toBe(true);
    expect(() => setPhoneCountrySetting('XX')).toThrow('not one of the offered');
    storage.setItem('ecc.phoneCountry', 'ZZ');
    expect(phoneCountryChosen()).toBe(false);
  });
});

describe('searchTextAsE164', () => {
  it('reads national numbers with their trunk prefix in the chosen country', () => {
    expect(searchTextAsE164('020 7946 0321', 'GB')).toBe('+442079460321');
    expect(searchTextAsE164('(415) 555-0188', 'US')).toBe('+14155550188');
    expect(searchTextAsE164('1 415 555 0188', 'US')).toBe('+14155550188');
    expect(searchTextAsE164('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(searchTextAsE164('+44 20 7946 0321', 'US')).toBe('+442079460321');
  });

  it('leaves names, postcodes and short ids as text', () => {
    expect(searchTextAsE164('Holloway', 'GB')).toBeUndefined();
    expect(searchTextAsE164('90210', 'US')).toBeUndefined();
    expect(searchTextAsE164('SW1A 1AA', 'GB')).toBeUndefined();
    expect(searchTextAsE164('12ab-34', 'GB')).toBeUndefined();
  });
});
