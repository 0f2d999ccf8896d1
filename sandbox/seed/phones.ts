import type { Rng } from './random.ts';
import type { CountryCode, PhoneNumberBody } from './seed-types.ts';

/**
 * Phone templates in each country's national format: `#` is any digit, `[2-9]` a digit from a
 * range; one string holds a kind's templates, separated by commas. Every template was checked
 * against libphonenumber-js's full metadata (the tests keep checking), so numbers are valid
 * without paying for a parse per number.
 */
interface CountryPhones {
  callingCode: string;
  /** The national (trunk) prefix dropped for E.164, if the format shows one. */
  trunkPrefix: string;
  fixed: string;
  mobile: string;
}

const PHONES: Record<CountryCode, CountryPhones> = {
  US: {
    callingCode: '1',
    trunkPrefix: '',
    fixed: '(212) [2-9]##-####, (312) [2-9]##-####, (617) [2-9]##-####',
    mobile: '(415) [2-9]##-####, (206) [2-9]##-####, (512) [2-9]##-####',
  },
  CA: {
    callingCode: '1',
    trunkPrefix: '',
    fixed: '(416) [2-9]##-####, (514) [2-9]##-####',
    mobile: '(604) [2-9]##-####, (403) [2-9]##-####',
  },
  GB: {
    callingCode: '44',
    trunkPrefix: '0',
    fixed: '020 7### ####, 020 8### ####, 0161 ### ####, 0131 [2-4]## ####',
    mobile: '074[0-4]# ######, 077[1-7]# ######, 079[4-9]# ######',
  },
  IE: {
    callingCode: '353',
    trunkPrefix: '0',
    fixed: '01 ### ####, 021 ### ####',
    mobile: '08[35-7] ### ####',
  },
  DE: {
    callingCode: '49',
    trunkPrefix: '0',
    fixed: '030 ########, 089 #######, 040 ########',
    mobile: '015[12] ########, 017# #######',
  },
  FR: {
    callingCode: '33',
    trunkPrefix: '0',
    fixed: '01 ## ## ## ##, 04 7[2-8] ## ## ##, 05 [56]# ## ## ##',
    mobile: '06 [0-24-8]# ## ## ##, 07 [5-9]# ## ## ##',
  },
  AU: {
    callingCode: '61',
    trunkPrefix: '0',
    fixed: '(02) [89]### ####, (03) 9### ####, (07) 3### ####',
    mobile: '04[0-3]# ### ###',
  },
  JP: {
    callingCode: '81',
    trunkPrefix: '0',
    fixed: '03-[3-6]###-####, 06-6###-####',
    mobile: '090-[1-9]###-####, 080-[1-9]###-####, 070-[1-9]###-####',
  },
  BR: {
    callingCode: '55',
    trunkPrefix: '',
    fixed: '(11) 3###-####, (21) 2###-####',
    mobile: '(11) 9[6-9]###-####, (21) 9[6-9]###-####',
  },
  IN: {
    callingCode: '91',
    trunkPrefix: '0',
    fixed: '011 2### ####, 022 2### ####',
    mobile: '9[7-9]### #####, 8[7-9]### #####',
  },
};

type Token = string | readonly string[];

/** Templates are parsed once into literal and digit-choice tokens: filling is then a tight loop. */
function compile(template: string): Token[] {
  const tokens: Token[] = [];
  for (const match of template.matchAll(/\[([^\]]+)\]|#|[^#[]+/g)) {
    if (match[0] === '#') tokens.push('0123456789'.split(''));
    else if (match[1] !== undefined) tokens.push(expandRange(match[1]));
    else tokens.push(match[0]);
  }
  return tokens;
}

function expandRange(set: string): string[] {
  const digits: string[] = [];
  for (let index = 0; index < set.length; index += 1) {
    const start = set.charCodeAt(index);
    if (set[index + 1] === '-') {
      const end = set.charCodeAt(index + 2);
      for (let code = start; code <= end; code += 1) digits.push(String.fromCharCode(code));
      index += 2;
    } else {
      digits.push(String.fromCharCode(start));
    }
  }
  return digits;
}

const compileList = (templates: string) => templates.split(', ').map(compile);

const COMPILED = Object.fromEntries(
  Object.entries(PHONES).map(([country, phones]) => [
    country,
    { ...phones, fixed: compileList(phones.fixed), mobile: compileList(phones.mobile) },
  ]),
) as Record<
  CountryCode,
  Omit<CountryPhones, 'fixed' | 'mobile'> & Record<'fixed' | 'mobile', Token[][]>
>;

export type PhoneKind = 'fixed' | 'mobile';

export interface GeneratedPhone {
  body: PhoneNumberBody;
  /** +CCNNN…, for fields (WhatsApp) that want the international form. */
  e164: string;
}

export function generatePhone(rng: Rng, country: CountryCode, kind: PhoneKind): GeneratedPhone {
  const phones = COMPILED[country];
  let display = '';
  for (const token of rng.pick(phones[kind])) {
    display += typeof token === 'string' ? token : rng.pick(token);
  }
  const national = digitsOnly(display);
  const significant =
    phones.trunkPrefix !== '' && national.startsWith(phones.trunkPrefix)
      ? national.slice(phones.trunkPrefix.length)
      : national;
  return {
    body: { display, normalizationCountryCode: country },
    e164: `+${phones.callingCode}${significant}`,
  };
}

/** A loop rather than a regex replace: this runs for every generated number. */
function digitsOnly(display: string): string {
  let digits = '';
  for (const char of display) if (char >= '0' && char <= '9') digits += char;
  return digits;
}
