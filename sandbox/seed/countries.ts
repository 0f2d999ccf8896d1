import { weighted } from './random.ts';
import type { Rng } from './random.ts';
import type { CountryCode } from './seed-types.ts';

/** Roughly how a Genesys customer's contacts spread over these countries. */
const COUNTRY_WEIGHTS: Record<CountryCode, number> = {
  US: 30,
  GB: 12,
  DE: 10,
  FR: 8,
  IN: 8,
  CA: 7,
  AU: 7,
  BR: 7,
  JP: 6,
  IE: 5,
};

export function pickCountry(rng: Rng): CountryCode {
  return weighted(rng, COUNTRY_WEIGHTS);
}
