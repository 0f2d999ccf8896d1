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
  /** `city|state|postcode template`; the state is left empty where addresses show none. */
  cities: readonly string[];
  streets: readonly string[];
  /** How the number and street are written. */
  line: (number: number, street: string) => string;
}

const numberFirst = (number: number, street: string) => `${number} ${street}`;
const streetFirst = (number: number, street: string) => `${street} ${number}`;

const ADDRESSES: Record<CountryCode, CountryAddresses> = {
  US: {
    cities: [
      'New York|NY|100##',
      'Chicago|IL|606##',
      'Boston|MA|021##',
      'San Francisco|CA|941##',
      'Seattle|WA|981##',
      'Austin|TX|787##',
      'Denver|CO|802##',
      'Atlanta|GA|303##',
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
      'Toronto|ON|M#@ #@#',
      'Vancouver|BC|V#@ #@#',
      'Montréal|QC|H#@ #@#',
      'Calgary|AB|T#@ #@#',
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
      'London||EC#@ #@@',
      'Manchester||M# #@@',
      'Edinburgh|Scotland|EH# #@@',
      'Birmingham||B# #@@',
      'Bristol||BS# #@@',
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
    cities: ['Dublin|Co. Dublin|D0# @#@#', 'Cork|Co. Cork|T12 @#@#', 'Galway|Co. Galway|H91 @#@#'],
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
      'Berlin|Berlin|10###',
      'München|Bayern|80###',
      'Hamburg|Hamburg|20###',
      'Köln|Nordrhein-Westfalen|50###',
      'Frankfurt am Main|Hessen|60###',
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
      'Paris|Île-de-France|750##',
      'Lyon|Auvergne-Rhône-Alpes|6900#',
      'Bordeaux|Nouvelle-Aquitaine|330##',
      'Toulouse|Occitanie|310##',
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
    cities: ['Sydney|NSW|20##', 'Melbourne|VIC|30##', 'Brisbane|QLD|40##', 'Perth|WA|60##'],
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
      'Chiyoda-ku|Tokyo|100-00##',
      'Shibuya-ku|Tokyo|150-00##',
      'Kita-ku|Osaka|530-00##',
      'Naka-ku|Aichi|460-00##',
    ],
    streets: ['Marunouchi', 'Jingumae', 'Umeda', 'Sakae', 'Otemachi', 'Dogenzaka'],
    line: (number, street) =>
      `${street} ${(number % 5) + 1}-${(number % 17) + 1}-${(number % 9) + 1}`,
  },
  BR: {
    cities: [
      'São Paulo|SP|01###-###',
      'Rio de Janeiro|RJ|20###-###',
      'Belo Horizonte|MG|30###-###',
      'Curitiba|PR|80###-###',
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
      'New Delhi|Delhi|1100##',
      'Mumbai|Maharashtra|4000##',
      'Bengaluru|Karnataka|5600##',
      'Chennai|Tamil Nadu|6000##',
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

function parseCity(row: string): City {
  const [city = '', state = '', postcode = ''] = row.split('|');
  return state === '' ? { city, postcode } : { city, state, postcode };
}

const CITIES = Object.fromEntries(
  Object.entries(ADDRESSES).map(([country, { cities }]) => [country, cities.map(parseCity)]),
) as Record<CountryCode, City[]>;

export function generateAddress(rng: Rng, country: CountryCode): AddressBody {
  const addresses = ADDRESSES[country];
  const city = rng.pick(CITIES[country]);
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
