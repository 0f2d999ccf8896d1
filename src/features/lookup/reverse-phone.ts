import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { PHONE_COUNTRIES } from '@/models/phone-countries';

/**
 * Reverse whitepages matches phone numbers in E.164 only (`+441632960000`), but callers read
 * numbers out the way their country writes them. A value made of digits and phone punctuation
 * without a leading + is read in the chosen country and sent as E.164; emails, handles and
 * numbers that already carry their country code go as typed.
 */
const PHONE_LIKE = /^[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 5;

export type ReverseValue =
  { ok: true; value: string; reformatted: boolean } | { ok: false; message: string };

export function toReverseLookupValue(input: string, country: string): ReverseValue {
  const value = input.trim();
  const digits = value.replace(/\D/g, '');
  if (!PHONE_LIKE.test(value) || digits.length < MIN_PHONE_DIGITS) {
    return { ok: true, value, reformatted: false };
  }
  const countryName = PHONE_COUNTRIES.find((option) => option.code === country)?.name ?? country;
  if (!isSupportedCountry(country)) {
    return { ok: false, message: 'Choose the country this number belongs to.' };
  }
  const parsed = parsePhoneNumberFromString(value, country as CountryCode);
  if (!parsed?.isValid()) {
    return {
      ok: false,
      message: `This is not a phone number of ${countryName}: type it with its country code (+44 …) or choose its country.`,
    };
  }
  return { ok: true, value: parsed.number, reformatted: parsed.number !== value };
}
