/**
 * Countries offered for reading phone numbers typed without a +country prefix (ISO 3166-1), with
 * what turns a national number into E.164 without a phone library (the list search runs on the
 * first screen, where a 30 KB library is not welcome): the calling code, and the trunk prefix a
 * national number starts with and E.164 drops ('' where the country has none or keeps it, as
 * Italy does).
 */
export interface PhoneCountry {
  code: string;
  name: string;
  callingCode: string;
  trunkPrefix: string;
}

export const PHONE_COUNTRIES: readonly PhoneCountry[] = [
  { code: 'US', name: 'United States (+1)', callingCode: '1', trunkPrefix: '1' },
  { code: 'CA', name: 'Canada (+1)', callingCode: '1', trunkPrefix: '1' },
  { code: 'GB', name: 'United Kingdom (+44)', callingCode: '44', trunkPrefix: '0' },
  { code: 'IE', name: 'Ireland (+353)', callingCode: '353', trunkPrefix: '0' },
  { code: 'FR', name: 'France (+33)', callingCode: '33', trunkPrefix: '0' },
  { code: 'DE', name: 'Germany (+49)', callingCode: '49', trunkPrefix: '0' },
  { code: 'ES', name: 'Spain (+34)', callingCode: '34', trunkPrefix: '' },
  { code: 'IT', name: 'Italy (+39)', callingCode: '39', trunkPrefix: '' },
  { code: 'NL', name: 'Netherlands (+31)', callingCode: '31', trunkPrefix: '0' },
  { code: 'BE', name: 'Belgium (+32)', callingCode: '32', trunkPrefix: '0' },
  { code: 'CH', name: 'Switzerland (+41)', callingCode: '41', trunkPrefix: '0' },
  { code: 'SE', name: 'Sweden (+46)', callingCode: '46', trunkPrefix: '0' },
  { code: 'PL', name: 'Poland (+48)', callingCode: '48', trunkPrefix: '' },
  { code: 'AU', name: 'Australia (+61)', callingCode: '61', trunkPrefix: '0' },
  { code: 'NZ', name: 'New Zealand (+64)', callingCode: '64', trunkPrefix: '0' },
  { code: 'JP', name: 'Japan (+81)', callingCode: '81', trunkPrefix: '0' },
  { code: 'IN', name: 'India (+91)', callingCode: '91', trunkPrefix: '0' },
  { code: 'BR', name: 'Brazil (+55)', callingCode: '55', trunkPrefix: '0' },
  { code: 'MX', name: 'Mexico (+52)', callingCode: '52', trunkPrefix: '' },
  { code: 'ZA', name: 'South Africa (+27)', callingCode: '27', trunkPrefix: '0' },
];

export const phoneCountry = (code: string): PhoneCountry | undefined =>
  PHONE_COUNTRIES.find((country) => country.code === code.toUpperCase());

/** Digits and the punctuation people write numbers with; no letters, at most a leading +. */
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;

/**
 * What a search box's text means as a phone number in E.164, or undefined when it is not one:
 * `020 7946 0321` in GB is `+442079460321`, `(415) 555-0188` in US `+14155550188`, `+44 20 7946
 * 0321` anywhere `+442079460321`. At least 7 digits, so postcodes and short ids stay text.
 */
export function searchTextAsE164(text: string, countryCode: string): string | undefined {
  const typed = text.trim();
  if (!PHONE_LIKE.test(typed)) return undefined;
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (typed.startsWith('+')) return `+${digits}`;
  const country = phoneCountry(countryCode);
  if (!country) return undefined;
  const national =
    country.trunkPrefix && digits.startsWith(country.trunkPrefix)
      ? digits.slice(country.trunkPrefix.length)
      : digits;
  return `+${country.callingCode}${national}`;
}
