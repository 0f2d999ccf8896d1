import { useSyncExternalStore } from 'react';
import { PHONE_COUNTRIES, phoneCountry } from '@/models/phone-countries';

/**
 * The country national phone numbers are read in, wherever they are typed (forms, imports, bulk
 * edits, the list search, lookups): the organisation's country. Genesys keeps no such setting, so
 * the console keeps it in this browser; until someone chooses, it is the browser's region when
 * the list offers it (en-GB → GB), else the United States.
 */
const STORAGE_KEY = 'ecc.phoneCountry';
const listeners = new Set<() => void>();

export function browserPhoneCountry(languages: readonly string[] = navigatorLanguages()): string {
  for (const language of languages) {
    const region = language.split('-')[1]?.toUpperCase();
    if (region && PHONE_COUNTRIES.some((option) => option.code === region)) return region;
  }
  return 'US';
}

function navigatorLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage refused (privacy mode): the browser's region still gives a sensible default.
    return null;
  }
}

/** The chosen country's ISO code, or the browser's region until one is chosen. */
export function phoneCountrySetting(): string {
  const chosen = stored();
  return chosen && phoneCountry(chosen) ? chosen : browserPhoneCountry();
}

/** Whether the country was chosen, rather than taken from the browser. */
export const phoneCountryChosen = () => {
  const chosen = stored();
  return chosen !== null && phoneCountry(chosen) !== undefined;
};

export function setPhoneCountrySetting(code: string): void {
  if (!phoneCountry(code)) throw new Error(`${code} is not one of the offered phone countries.`);
  globalThis.localStorage.setItem(STORAGE_KEY, code.toUpperCase());
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the console changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function usePhoneCountrySetting(): string {
  return useSyncExternalStore(subscribe, phoneCountrySetting, phoneCountrySetting);
}
