import type { PhoneNumber } from './contact-model';

/**
 * Pieces of a write body shared by the contact and organization forms: an empty input is left
 * out of the body rather than sent as "".
 */
export const text = (value: string | null | undefined) => (value ? value : undefined);

/**
 * A phone as the API takes it: what the user typed, the country to normalise it with, and the
 * parts the form does not show (extension, SMS) kept from the stored phone.
 */
export function phoneBody(
  display: string | null | undefined,
  existing: PhoneNumber | undefined,
  country: string,
) {
  if (!display) return undefined;
  return {
    display,
    ...(existing?.extension !== undefined ? { extension: existing.extension } : {}),
    ...(existing?.acceptsSMS !== undefined ? { acceptsSMS: existing.acceptsSMS } : {}),
    ...(country ? { normalizationCountryCode: country } : {}),
  };
}

/** An object without its empty parts, or undefined when nothing is left (an empty address). */
export function withoutEmpty<T extends Record<string, string | null | undefined>>(
  value: T | null | undefined,
) {
  if (!value) return undefined;
  const entries = Object.entries(value).filter(([, part]) => Boolean(part));
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}
