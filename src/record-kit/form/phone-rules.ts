import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { phoneCountry } from '@/models/phone-countries';

/** Digits and the punctuation people write numbers with; a + only first. */
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;
const MIN_DIGITS = 5;

/**
 * What is wrong with a typed phone number, in the words a person needs to fix it, or undefined
 * when it reads as a valid number. The console refuses what Genesys would store without E.164
 * (letters, too few digits, a national number with no country to read it in, a number its
 * country's plan does not have): lookups, duplicate detection and routing all use E.164, so such
 * a phone would be invisible to them. The form, the import and bulk edit all check with this.
 */
export function phoneProblem(
  label: string,
  display: string,
  countryCode: string,
): string | undefined {
  const typed = display.trim();
  if (!typed) return undefined;
  if (!PHONE_CHARACTERS.test(typed)) {
    return `${label} can hold only digits, spaces and + ( ) - . / (a + only first): “${typed}” is not a phone number.`;
  }
  if (typed.replace(/\D/g, '').length < MIN_DIGITS) {
    return `${label} has too few digits for a phone number.`;
  }
  const country = countryCode.trim().toUpperCase();
  const international = typed.startsWith('+');
  if (!international && !isSupportedCountry(country)) {
    return `Choose the phone country to read ${label.toLowerCase()} in, or type it with + and its country code.`;
  }
  const parsed = parsePhoneNumberFromString(
    typed,
    international ? undefined : (country as CountryCode),
  );
  if (parsed?.isValid()) return undefined;
  if (international) {
    return `${label} is not a valid phone number: check the country code and the digits.`;
  }
  const name = phoneCountry(country)?.name ?? country;
  return `${label} is not a valid number in ${name}: check it, or type it with + and its country code.`;
}
