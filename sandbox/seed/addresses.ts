import type { Rng } from './random.ts';
import type { AddressBody, CountryCode } from './seed-types.ts';

/**
 * Plausible addresses: real cities with their region and a postcode in the local format (the
 * postcode prefix matches the city; the rest is random, so it may not be a deliverable code).
 */
interface City {
  city: string;
  state?: string;
  /** Postcode template: `#` digit, `@` capital letter, other characters kept. */
  postcode: string;
}

interface CountryAddresses {
  cities: readonly City[];
  streets: readonly string[];
  /** How the number and street are written. */
  line: (number: number, street: string) => string;
}

const numberFirst = (number: number, street: string) => `${number} ${street}`;
const streetFirst = (number: number, street: string) => `${street} ${number}`;

export const ADDRESSES: Record<CountryCode, CountryAddresses> = {
  US: {
    cities: [
      { city: 'New York', state: 'NY', postcode: '100##' },
      { city: 'Chicago', state: 'IL', postcode: '606##' },
      { city: 'Boston', state: 'MA', postcode: '021##' },
      { city: 'San Francisco', state: 'CA', postcode: '941##' },
      { city: 'Seattle', state: 'WA', postcode: '981##' },
      { city: 'Austin', state: 'TX', postcode: '787##' },
      { city: 'Denver', state: 'CO', postcode: '802##' },
      { city: 'Atlanta', state: 'GA', postcode: '303##' },
    ],
    streets: [
      'Main Street',
      'Oak Avenue',
      'Maple Drive',
      'Park Boulevard',
      'Cedar Lane',
      'Elm Street',
      'Lakeview Road',
      'Washington Avenue',
    ],
    line: numberFirst,
  },
  CA: {
    cities: [
      { city: 'Toronto', state: 'ON', postcode: 'M#@ #@#' },
      { city: 'Vancouver', state: 'BC', postcode: 'V#@ #@#' },
      { city: 'Montréal', state: 'QC', postcode: 'H#@ #@#' },
      { city: 'Calgary', state: 'AB', postcode: 'T#@ #@#' },
    ],
    streets: [
      'King Street West',
      'Rue Sainte-Catherine',
      'Granville Street',
      'Yonge Street',
      'Bay Street',
      '17 Avenue SW',
    ],
    line: numberFirst,
  },
  GB: {
    cities: [
      { city: 'London', postcode: 'EC#@ #@@' },
      { city: 'Manchester', postcode: 'M# #@@' },
      { city: 'Edinburgh', state: 'Scotland', postcode: 'EH# #@@' },
      { city: 'Birmingham', postcode: 'B# #@@' },
      { city: 'Bristol', postcode: 'BS# #@@' },
    ],
    streets: [
      'High Street',
      'Station Road',
      'Church Lane',
      'Victoria Road',
      'Mill Lane',
      'Queen Street',
      'Kingsway',
    ],
    line: numberFirst,
  },
  IE: {
    cities: [
      { city: 'Dublin', state: 'Co. Dublin', postcode: 'D0# @#@#' },
      { city: 'Cork', state: 'Co. Cork', postcode: 'T12 @#@#' },
      { city: 'Galway', state: 'Co. Galway', postcode: 'H91 @#@#' },
    ],
    streets: [
      'Grafton Street',
      'Main Street',
      "St Patrick's Street",
      'Harcourt Road',
      'Dock Road',
      'Shop Street',
    ],
    line: numberFirst,
  },
  DE: {
    cities: [
      { city: 'Berlin', state: 'Berlin', postcode: '10###' },
      { city: 'München', state: 'Bayern', postcode: '80###' },
      { city: 'Hamburg', state: 'Hamburg', postcode: '20###' },
      { city: 'Köln', state: 'Nordrhein-Westfalen', postcode: '50###' },
      { city: 'Frankfurt am Main', state: 'Hessen', postcode: '60###' },
    ],
    streets: [
      'Hauptstraße',
      'Bahnhofstraße',
      'Schillerstraße',
      'Gartenweg',
      'Lindenallee',
      'Friedrichstraße',
    ],
    line: streetFirst,
  },
  FR: {
    cities: [
      { city: 'Paris', state: 'Île-de-France', postcode: '750##' },
      { city: 'Lyon', state: 'Auvergne-Rhône-Alpes', postcode: '6900#' },
      { city: 'Bordeaux', state: 'Nouvelle-Aquitaine', postcode: '330##' },
      { city: 'Toulouse', state: 'Occitanie', postcode: '310##' },
    ],
    streets: [
      'rue de la République',
      'avenue Victor Hugo',
      'boulevard Voltaire',
      'rue des Lilas',
      'place du Marché',
      'rue Pasteur',
    ],
    line: numberFirst,
  },
  AU: {
    cities: [
      { city: 'Sydney', state: 'NSW', postcode: '20##' },
      { city: 'Melbourne', state: 'VIC', postcode: '30##' },
      { city: 'Brisbane', state: 'QLD', postcode: '40##' },
      { city: 'Perth', state: 'WA', postcode: '60##' },
    ],
    streets: [
      'George Street',
      'Collins Street',
      'Queen Street',
      'Hay Street',
      'Beach Road',
      'Pacific Highway',
    ],
    line: numberFirst,
  },
  JP: {
    cities: [
      { city: 'Chiyoda-ku', state: 'Tokyo', postcode: '100-00##' },
      { city: 'Shibuya-ku', state: 'Tokyo', postcode: '150-00##' },
      { city: 'Kita-ku', state: 'Osaka', postcode: '530-00##' },
      { city: 'Naka-ku', state: 'Aichi', postcode: '460-00##' },
    ],
    streets: ['Marunouchi', 'Jingumae', 'Umeda', 'Sakae', 'Otemachi', 'Dogenzaka'],
    line: (number, street) =>
      `${street} ${(number % 5) + 1}-${(number % 17) + 1}-${(number % 9) + 1}`,
  },
  BR: {
    cities: [
      { city: 'São Paulo', state: 'SP', postcode: '01###-###' },
      { city: 'Rio de Janeiro', state: 'RJ', postcode: '20###-###' },
      { city: 'Belo Horizonte', state: 'MG', postcode: '30###-###' },
      { city: 'Curitiba', state: 'PR', postcode: '80###-###' },
    ],
    streets: [
      'Avenida Paulista',
      'Rua das Flores',
      'Rua Augusta',
      'Avenida Atlântica',
      'Rua XV de Novembro',
    ],
    line: (number, street) => `${street}, ${number}`,
  },
  IN: {
    cities: [
      { city: 'New Delhi', state: 'Delhi', postcode: '1100##' },
      { city: 'Mumbai', state: 'Maharashtra', postcode: '4000##' },
      { city: 'Bengaluru', state: 'Karnataka', postcode: '5600##' },
      { city: 'Chennai', state: 'Tamil Nadu', postcode: '6000##' },
    ],
    streets: [
      'MG Road',
      'Brigade Road',
      'Linking Road',
      'Anna Salai',
      'Connaught Place',
      'Park Street',
    ],
    line: numberFirst,
  },
};

const LETTERS = 'ABCDEFGHJKLMNPRSTUWXYZ';
const DIGITS = '0123456789';

function fillPostcode(rng: Rng, template: string): string {
  let code = '';
  for (const char of template) {
    if (char === '#') code += DIGITS.charAt(rng.int(0, 9));
    else if (char === '@') code += LETTERS.charAt(rng.int(0, LETTERS.length - 1));
    else code += char;
  }
  return code;
}

const SECOND_LINES = ['Suite 200', 'Floor 3', 'Unit 12', 'Building B', 'Apt 4C', '2nd Floor'];

export function generateAddress(rng: Rng, country: CountryCode): AddressBody {
  const addresses = ADDRESSES[country];
  const city = rng.pick(addresses.cities);
  const address: AddressBody = {
    address1: addresses.line(rng.int(1, 250), rng.pick(addresses.streets)),
    city: city.city,
    postalCode: fillPostcode(rng, city.postcode),
    countryCode: country,
  };
  if (rng.chance(0.2)) address.address2 = rng.pick(SECOND_LINES);
  if (city.state !== undefined) address.state = city.state;
  return address;
}
