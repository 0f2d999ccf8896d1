import type { PhoneNumber as ModelPhoneNumber } from '../../src/models/record-fields.ts';
import { Metadata, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';

/** A PhoneNumber as written by a client (display + options) and as stored (plus derived fields). */
export interface PhoneInput {
  display?: string | null;
  extension?: number | null;
  acceptsSMS?: boolean | null;
  normalizationCountryCode?: string | null;
}

/** A phone as stored and answered: the console's read model of it (src/models). */
export type StoredPhone = ModelPhoneNumber;

interface NumberFormat {
  pattern(): string;
  internationalFormat(): string;
  leadingDigitsPatterns(): string[];
}

function isNumberFormat(value: unknown): value is NumberFormat {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pattern' in value &&
    typeof value.pattern === 'function' &&
    'internationalFormat' in value &&
    typeof value.internationalFormat === 'function' &&
    'leadingDigitsPatterns' in value &&
    typeof value.leadingDigitsPatterns === 'function'
  );
}

/** The number plan's formats; the method exists at runtime but is missing from the typings. */
function formatsOf(country: CountryCode): NumberFormat[] {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const plan: unknown = metadata.numberingPlan;
  if (typeof plan !== 'object' || plan === null || !('formats' in plan)) return [];
  const { formats } = plan;
  if (typeof formats !== 'function') return [];
  const list: unknown = formats.call(plan);
  return Array.isArray(list) ? list.filter(isNumberFormat) : [];
}

/**
 * Genesys (Google libphonenumber) INTERNATIONAL format keeps the country's own separators
 * (`+1 317-222-2222`); libphonenumber-js turns them into spaces, so apply the pattern here.
 */
export function internationalDisplay(phone: PhoneNumber): string {
  const national = String(phone.nationalNumber);
  const country = phone.country;
  if (country !== undefined) {
    for (const format of formatsOf(country)) {
      const leading = format.leadingDigitsPatterns();
      const last = leading[leading.length - 1];
      if (last !== undefined && !new RegExp(`^(?:${last})`).test(national)) continue;
      const pattern = new RegExp(`^(?:${format.pattern()})$`);
      if (!pattern.test(national)) continue;
      const template = format.internationalFormat();
      if (template === 'NA') break;
      return `+${phone.countryCallingCode} ${national.replace(pattern, template)}`;
    }
  }
  return phone.formatInternational();
}

function asCountry(code: string | undefined): CountryCode | undefined {
  return code !== undefined && isSupportedCountry(code) ? code : undefined;
}

/**
 * The server side of a phone write: the raw text is kept in `userInput`; when it parses as a
 * valid number (with `normalizationCountryCode` for numbers without a `+` prefix) `display` is
 * rewritten to international format and `e164`/`countryCode` are filled. Returns null when
 * nothing was written, so the field is dropped.
 */
export function normalisePhone(input: PhoneInput | null | undefined): StoredPhone | null {
  if (input === null || input === undefined) return null;
  const stored: StoredPhone = {};
  const display = input.display?.trim();
  if (input.extension !== null && input.extension !== undefined) stored.extension = input.extension;
  if (input.acceptsSMS !== null && input.acceptsSMS !== undefined) {
    stored.acceptsSMS = input.acceptsSMS;
  }
  const region = input.normalizationCountryCode?.trim().toUpperCase() || undefined;
  if (region !== undefined) stored.normalizationCountryCode = region;
  if (display === undefined || display === '') {
    return Object.keys(stored).length === 0 ? null : stored;
  }
  stored.display = display;
  stored.userInput = display;
  const parsed = parsePhoneNumberFromString(display, asCountry(region));
  if (parsed !== undefined && parsed.isValid()) {
    stored.display = internationalDisplay(parsed);
    stored.e164 = parsed.number;
    if (parsed.country !== undefined) stored.countryCode = parsed.country;
  }
  return stored;
}

/** E.164 form of free text (lookups, identifiers): `+` and digits, or null when not a number. */
export function e164Of(text: string): string | null {
  const trimmed = text.trim();
  const withPlus = trimmed.startsWith('+') ? trimmed : `+${trimmed}`;
  const parsed = parsePhoneNumberFromString(withPlus);
  if (parsed !== undefined && parsed.isPossible()) return parsed.number;
  const digits = trimmed.replace(/[^\d]/g, '');
  return digits.length >= 5 ? `+${digits}` : null;
}
