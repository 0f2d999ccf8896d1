import { generateAddress } from './addresses.ts';
import { pickCountry } from './countries.ts';
import { JOB_TITLES, MIDDLE_NAMES, NAMES, SALUTATIONS, asciiSlug } from './names.ts';
import { generatePhone } from './phones.ts';
import { weighted } from './random.ts';
import type { Rng } from './random.ts';
import type {
  ContactType,
  CountryCode,
  ExternalContactBody,
  GeneratedContact,
} from './seed-types.ts';

export interface ContactGenerationOptions {
  /** Ids of existing organizations; about 60% of contacts are linked to one when given. */
  organizationIds?: readonly string[];
  /** Ids of external sources for the few contacts that carry externalIds; none when empty. */
  externalSourceIds?: readonly string[];
}

const TYPE_MIX: Record<ContactType, number> = { Curated: 60, Identified: 25, Ephemeral: 15 };
/** Per type, so the overall share of contacts with an organization comes out near 60%. */
const ORGANIZATION_SHARE: Record<ContactType, number> = {
  Curated: 0.85,
  Identified: 0.4,
  Ephemeral: 0,
};
const WORK_DOMAINS = ['example.com', 'mail.example.com', 'corp.example.com'];
const PERSONAL_DOMAINS = ['example.org', 'inbox.example.org', 'post.example.org'];
const HEX = '0123456789abcdef';

/**
 * ExternalContact write bodies with the contact type the seeder should set. Curated contacts are
 * full records; Identified ones have a name and an identifier or two; Ephemeral ones are what an
 * interaction leaves behind: one phone or email and nothing else.
 */
export function generateContacts(
  count: number,
  rng: Rng,
  options: ContactGenerationOptions = {},
): GeneratedContact[] {
  const result: GeneratedContact[] = new Array<GeneratedContact>(count);
  for (let index = 0; index < count; index += 1) result[index] = generateContact(rng, options);
  return result;
}

function generateContact(rng: Rng, options: ContactGenerationOptions): GeneratedContact {
  const type = weighted(rng, TYPE_MIX);
  const country = pickCountry(rng);
  if (type === 'Ephemeral') return { type, body: ephemeralContact(rng, country) };

  const names = NAMES[country];
  const firstName = rng.pick(names.first);
  const lastName = rng.pick(names.last);
  const local = emailLocalPart(rng, firstName, lastName);
  const body: ExternalContactBody = { firstName, lastName, surveyOptOut: rng.chance(0.08) };
  if (rng.chance(0.7)) body.cellPhone = generatePhone(rng, country, 'mobile').body;
  if (rng.chance(0.75)) body.workEmail = `${local}@${rng.pick(WORK_DOMAINS)}`;
  // A contact with neither a phone nor an email could not be found again: give it an email.
  if (rng.chance(0.35) || (body.cellPhone === undefined && body.workEmail === undefined)) {
    body.personalEmail = `${local}@${rng.pick(PERSONAL_DOMAINS)}`;
  }
  const organizationIds = options.organizationIds ?? [];
  if (organizationIds.length > 0 && rng.chance(ORGANIZATION_SHARE[type])) {
    body.externalOrganization = { id: rng.pick(organizationIds) };
  }
  if (type === 'Curated') addCuratedDetails(rng, body, country);
  addSocialIds(rng, body, country, `${firstName} ${lastName}`, local);
  const sources = options.externalSourceIds ?? [];
  if (sources.length > 0 && rng.chance(0.08)) {
    body.externalIds = [
      { externalSource: { id: rng.pick(sources) }, value: `CRM-${rng.int(1_000_000, 9_999_999)}` },
    ];
  }
  return { type, body };
}

function ephemeralContact(rng: Rng, country: CountryCode): ExternalContactBody {
  if (rng.chance(0.7)) {
    return { cellPhone: generatePhone(rng, country, 'mobile').body, surveyOptOut: false };
  }
  const names = NAMES[country];
  const local = emailLocalPart(rng, rng.pick(names.first), rng.pick(names.last));
  return { personalEmail: `${local}@${rng.pick(PERSONAL_DOMAINS)}`, surveyOptOut: false };
}

function addCuratedDetails(rng: Rng, body: ExternalContactBody, country: CountryCode): void {
  if (rng.chance(0.15)) body.middleName = rng.pick(MIDDLE_NAMES);
  if (rng.chance(0.5)) body.salutation = rng.pick(SALUTATIONS[country]);
  if (rng.chance(0.8)) body.title = rng.pick(JOB_TITLES);
  if (rng.chance(0.6)) body.workPhone = generatePhone(rng, country, 'fixed').body;
  if (rng.chance(0.15)) body.homePhone = generatePhone(rng, country, 'fixed').body;
  if (rng.chance(0.75)) body.address = generateAddress(rng, country);
}

function addSocialIds(
  rng: Rng,
  body: ExternalContactBody,
  country: CountryCode,
  displayName: string,
  local: string,
): void {
  // Built only when needed: most contacts have no social ids, and this runs 100,000s of times.
  const handle = () => local.replace(/\./g, '_').slice(0, 30);
  if (rng.chance(0.12)) body.twitterId = { screenName: handle(), name: displayName };
  if ((country === 'JP' && rng.chance(0.4)) || rng.chance(0.02)) {
    body.lineId = { ids: [{ userId: `U${hex(rng, 32)}` }], displayName };
  }
  if (rng.chance(country === 'BR' || country === 'IN' ? 0.4 : 0.08)) {
    const phone = generatePhone(rng, country, 'mobile');
    body.whatsAppId = { phoneNumber: { display: phone.e164.slice(1) }, displayName };
  }
  if (rng.chance(0.06)) {
    body.facebookId = { ids: [{ scopedId: digits(rng, 16) }], displayName };
  }
  if (rng.chance(0.06)) {
    body.instagramId = { ids: [{ scopedId: digits(rng, 17) }], displayName, handle: handle() };
  }
}

/** first.last, flast or firstlast, with a number now and then as real mailboxes have. */
function emailLocalPart(rng: Rng, firstName: string, lastName: string): string {
  const first = asciiSlug(firstName) || 'contact';
  const last = asciiSlug(lastName) || 'person';
  const roll = rng.next();
  const local =
    roll < 0.6 ? `${first}.${last}` : roll < 0.8 ? `${first.charAt(0)}${last}` : `${first}${last}`;
  return rng.chance(0.3) ? `${local}${rng.int(1, 99)}` : local;
}

function hex(rng: Rng, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += HEX.charAt(rng.int(0, 15));
  return text;
}

function digits(rng: Rng, length: number): string {
  let text = String(rng.int(1, 9));
  for (let index = 1; index < length; index += 1) text += String(rng.int(0, 9));
  return text;
}
