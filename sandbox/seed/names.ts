import type { CountryCode } from './seed-types.ts';

/** Given and family names per country, mixed so each country's contacts look like its people. */
interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

const ANGLO: NamePool = {
  first: [
    'James',
    'Olivia',
    'Liam',
    'Emma',
    'Noah',
    'Ava',
    'Ethan',
    'Sophia',
    'Mason',
    'Isabella',
    'Lucas',
    'Mia',
    'Grace',
    'Daniel',
    'Chloe',
    'Samuel',
    'Harper',
    'Owen',
  ],
  last: [
    'Smith',
    'Johnson',
    'Williams',
    'Brown',
    'Taylor',
    'Wilson',
    'Davies',
    'Evans',
    'Thompson',
    'Walker',
    'Robinson',
    'Clarke',
    'Wright',
    'Hughes',
    'Green',
    'Hall',
  ],
};

const DIVERSE_NORTH_AMERICA: NamePool = {
  first: [
    'Aaliyah',
    'Mateo',
    'Priya',
    'DeShawn',
    'Mei',
    'Carlos',
    'Fatima',
    'Andre',
    'Jasmine',
    'Hiroshi',
    'Lucía',
    'Kwame',
    'Aisha',
    'Dmitri',
    'Noor',
    'Tyrone',
  ],
  last: [
    'Garcia',
    'Martinez',
    'Nguyen',
    'Patel',
    'Kim',
    'Chen',
    'Rodriguez',
    'Jackson',
    'Okafor',
    'Hernandez',
    'Lopez',
    'Washington',
    'Rossi',
    'Kowalski',
    'Haddad',
    'Tremblay',
  ],
};

const IRISH: NamePool = {
  first: [
    'Aoife',
    'Ciarán',
    'Niamh',
    'Seán',
    'Siobhán',
    'Conor',
    'Saoirse',
    'Darragh',
    'Róisín',
    'Oisín',
    'Clodagh',
    'Eoin',
  ],
  last: [
    "O'Brien",
    'Murphy',
    'Kelly',
    "O'Sullivan",
    'Walsh',
    'Byrne',
    'Ryan',
    "O'Connor",
    'McCarthy',
    'Doyle',
    'Gallagher',
    'Kavanagh',
  ],
};

const GERMAN: NamePool = {
  first: [
    'Lukas',
    'Anna',
    'Jonas',
    'Lea',
    'Felix',
    'Hannah',
    'Maximilian',
    'Sophie',
    'Jürgen',
    'Katrin',
    'Emre',
    'Leyla',
    'Tobias',
    'Greta',
  ],
  last: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weber',
    'Meyer',
    'Wagner',
    'Becker',
    'Hoffmann',
    'Schäfer',
    'Yılmaz',
    'Koch',
    'Richter',
    'Wolf',
  ],
};

const FRENCH: NamePool = {
  first: [
    'Camille',
    'Louis',
    'Léa',
    'Hugo',
    'Chloé',
    'Gabriel',
    'Manon',
    'Théo',
    'Inès',
    'Mathis',
    'Amélie',
    'Karim',
    'Yasmine',
    'Étienne',
  ],
  last: [
    'Martin',
    'Bernard',
    'Dubois',
    'Thomas',
    'Robert',
    'Richard',
    'Petit',
    'Durand',
    'Leroy',
    'Moreau',
    'Lefèvre',
    'Benali',
    'Girard',
    'Fontaine',
  ],
};

const AUSTRALIAN: NamePool = {
  first: [
    'Charlotte',
    'Jack',
    'Ruby',
    'Oliver',
    'Matilda',
    'Cooper',
    'Isla',
    'Lachlan',
    'Zara',
    'Riley',
    'Thanh',
    'Mei Ling',
  ],
  last: [
    'Smith',
    'Jones',
    'Williams',
    'Brown',
    'Wilson',
    'Nguyen',
    'Kelly',
    'Campbell',
    'Anderson',
    'Lee',
    'Martin',
    'Papadopoulos',
  ],
};

const JAPANESE: NamePool = {
  first: [
    'Haruto',
    'Yui',
    'Sota',
    'Aoi',
    'Ren',
    'Hina',
    'Yuto',
    'Sakura',
    'Kenji',
    'Emi',
    'Takumi',
    'Naoko',
  ],
  last: [
    'Sato',
    'Suzuki',
    'Takahashi',
    'Tanaka',
    'Watanabe',
    'Ito',
    'Yamamoto',
    'Nakamura',
    'Kobayashi',
    'Kato',
    'Yoshida',
    'Yamada',
  ],
};

const BRAZILIAN: NamePool = {
  first: [
    'João',
    'Maria',
    'Pedro',
    'Ana',
    'Lucas',
    'Beatriz',
    'Gabriel',
    'Juliana',
    'Rafael',
    'Larissa',
    'Thiago',
    'Camila',
  ],
  last: [
    'Silva',
    'Santos',
    'Oliveira',
    'Souza',
    'Rodrigues',
    'Ferreira',
    'Alves',
    'Pereira',
    'Lima',
    'Gomes',
    'Costa',
    'Ribeiro',
  ],
};

const INDIAN: NamePool = {
  first: [
    'Aarav',
    'Ananya',
    'Vihaan',
    'Diya',
    'Arjun',
    'Isha',
    'Rohan',
    'Kavya',
    'Aditya',
    'Meera',
    'Sanjay',
    'Lakshmi',
  ],
  last: [
    'Sharma',
    'Patel',
    'Singh',
    'Kumar',
    'Reddy',
    'Iyer',
    'Gupta',
    'Nair',
    'Mehta',
    'Das',
    'Rao',
    'Chatterjee',
  ],
};

function merge(...pools: NamePool[]): NamePool {
  return { first: pools.flatMap((pool) => pool.first), last: pools.flatMap((pool) => pool.last) };
}

export const NAMES: Record<CountryCode, NamePool> = {
  US: merge(ANGLO, DIVERSE_NORTH_AMERICA),
  CA: merge(ANGLO, DIVERSE_NORTH_AMERICA, { first: ['Chloé', 'Étienne'], last: ['Gagnon', 'Roy'] }),
  GB: merge(ANGLO, { first: ['Amara', 'Rahul', 'Zainab'], last: ['Begum', 'Khan', 'Okoye'] }),
  IE: IRISH,
  DE: GERMAN,
  FR: FRENCH,
  AU: AUSTRALIAN,
  JP: JAPANESE,
  BR: BRAZILIAN,
  IN: INDIAN,
};

export const MIDDLE_NAMES = [
  'Marie',
  'James',
  'Anne',
  'Lee',
  'Rose',
  'Alexander',
  'Jean',
  'Kumar',
  'Elizabeth',
  'Paul',
];

export const SALUTATIONS: Record<CountryCode, readonly string[]> = {
  US: ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mx.'],
  CA: ['Mr.', 'Ms.', 'Dr.', 'M.', 'Mme'],
  GB: ['Mr', 'Ms', 'Mrs', 'Dr', 'Mx'],
  IE: ['Mr', 'Ms', 'Mrs', 'Dr'],
  DE: ['Herr', 'Frau', 'Dr.'],
  FR: ['M.', 'Mme', 'Dr'],
  AU: ['Mr', 'Ms', 'Mrs', 'Dr'],
  JP: ['Mr.', 'Ms.', 'Dr.'],
  BR: ['Sr.', 'Sra.', 'Dr.', 'Dra.'],
  IN: ['Mr.', 'Ms.', 'Mrs.', 'Dr.'],
};

export const JOB_TITLES = [
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Head of Customer Experience',
  'Operations Manager',
  'Procurement Specialist',
  'IT Director',
  'Contact Center Supervisor',
  'Account Executive',
  'Software Engineer',
  'Office Manager',
  'Purchasing Agent',
  'VP of Sales',
  'Support Team Lead',
  'Marketing Coordinator',
  'Logistics Planner',
  'Data Analyst',
  'Legal Counsel',
  'Facilities Manager',
];

const slugCache = new Map<string, string>();

/**
 * ASCII for email addresses and handles: accents dropped, anything else non-alphanumeric removed.
 * Memoised: names come from short lists, and normalising is the costliest step per contact.
 */
export function asciiSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    // Bounded by the word lists in practice; the guard keeps stray callers from growing it.
    if (slugCache.size < 10_000) slugCache.set(text, slug);
  }
  return slug;
}
