import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateContacts } from './contacts.ts';
import { duplicateClusters } from './duplicates.ts';
import { generateNotes } from './notes.ts';
import { generateOrganizations } from './organizations.ts';
import { createRng } from './random.ts';
import { RELATIONSHIP_ROLES, generateRelationships } from './relationships.ts';
import type { AddressBody, PhoneNumberBody } from './seed-types.ts';

const ORGANIZATION_IDS = ['org-1', 'org-2', 'org-3', 'org-4'];
const EMAIL = /^[a-z0-9]+([._][a-z0-9]+)*@[a-z0-9]+(\.[a-z0-9]+)*\.[a-z]{2,}$/;

function expectValidPhone(phone: PhoneNumberBody | undefined): void {
  if (phone === undefined) return;
  const parsed = parsePhoneNumberFromString(phone.display, phone.normalizationCountryCode);
  expect(parsed?.isValid(), `${phone.display} (${phone.normalizationCountryCode})`).toBe(true);
  expect(parsed?.country).toBe(phone.normalizationCountryCode);
}

function expectAddressWithinLimits(address: AddressBody | undefined): void {
  if (address === undefined) return;
  expect(address.address1.length).toBeLessThanOrEqual(200);
  expect((address.address2 ?? '').length).toBeLessThanOrEqual(200);
  expect(address.city.length).toBeLessThanOrEqual(100);
  expect((address.state ?? '').length).toBeLessThanOrEqual(50);
  expect(address.postalCode.length).toBeLessThanOrEqual(25);
  expect(address.countryCode.length).toBeLessThanOrEqual(25);
}

describe('generateOrganizations', () => {
  const organizations = generateOrganizations(500, createRng(11));

  it('is deterministic and counts right', () => {
    expect(organizations).toHaveLength(500);
    expect(generateOrganizations(500, createRng(11))).toEqual(organizations);
    expect(generateOrganizations(500, createRng(12))).not.toEqual(organizations);
  });

  it('fills believable, valid fields', () => {
    for (const organization of organizations) {
      expect(organization.name.length).toBeGreaterThan(0);
      expect(organization.name.length).toBeLessThanOrEqual(1000);
      expectValidPhone(organization.phoneNumber);
      expectValidPhone(organization.faxNumber);
      expectAddressWithinLimits(organization.address);
      expect(organization.phoneNumber.normalizationCountryCode).toBe(
        organization.address.countryCode,
      );
      expect(Number.isInteger(organization.revenue)).toBe(true);
      expect(organization.revenue).toBeLessThanOrEqual(2_147_483_647);
      for (const site of organization.websites)
        expect(site).toMatch(/^https:\/\/[a-z.]+\.example$/);
      if (organization.twitterId !== undefined) {
        expect(organization.twitterId.screenName).toMatch(/^[A-Za-z0-9_]+$/);
      }
      if (organization.externalSystemUrl !== undefined) {
        expect(organization.externalSystemUrl).toMatch(/^https:\/\//);
      }
    }
    const countries = new Set(
      organizations.map((organization) => organization.address.countryCode),
    );
    expect(countries.size).toBe(10);
    expect(organizations.some((organization) => organization.tickers !== undefined)).toBe(true);
  });
});

describe('generateContacts', () => {
  const options = { organizationIds: ORGANIZATION_IDS, externalSourceIds: ['source-1'] };
  const contacts = generateContacts(3000, createRng(5), options);

  it('is deterministic and counts right', () => {
    expect(contacts).toHaveLength(3000);
    expect(generateContacts(3000, createRng(5), options)).toEqual(contacts);
    expect(generateContacts(10, createRng(6), options)).not.toEqual(contacts.slice(0, 10));
  });

  it('mixes contact types about 60/25/15 and links about 60% to an organization', () => {
    const share = (test: (index: number) => boolean) =>
      contacts.filter((_contact, index) => test(index)).length / contacts.length;
    expect(share((index) => contacts[index]?.type === 'Curated')).toBeCloseTo(0.6, 1);
    expect(share((index) => contacts[index]?.type === 'Identified')).toBeCloseTo(0.25, 1);
    expect(share((index) => contacts[index]?.type === 'Ephemeral')).toBeCloseTo(0.15, 1);
    expect(share((index) => contacts[index]?.body.externalOrganization !== undefined)).toBeCloseTo(
      0.6,
      1,
    );
    expect(
      contacts.some(({ body }) => body.externalIds?.[0]?.externalSource.id === 'source-1'),
    ).toBe(true);
  });

  it('only produces valid phones, well-formed emails and fields within the model limits', () => {
    for (const { body } of contacts) {
      expectValidPhone(body.workPhone);
      expectValidPhone(body.cellPhone);
      expectValidPhone(body.homePhone);
      if (body.whatsAppId !== undefined) {
        const e164 = `+${body.whatsAppId.phoneNumber.display}`;
        expect(parsePhoneNumberFromString(e164)?.isValid(), e164).toBe(true);
      }
      for (const email of [body.workEmail, body.personalEmail]) {
        if (email === undefined) continue;
        expect(email).toMatch(EMAIL);
        expect(email.length).toBeLessThanOrEqual(256);
      }
      for (const text of [body.firstName, body.middleName, body.lastName, body.title]) {
        expect((text ?? '').length).toBeLessThanOrEqual(1000);
      }
      expectAddressWithinLimits(body.address);
      expect(
        body.cellPhone !== undefined ||
          body.workEmail !== undefined ||
          body.personalEmail !== undefined,
      ).toBe(true);
      if (body.twitterId !== undefined)
        expect(body.twitterId.screenName).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('makes 100,000 contacts quickly', () => {
    const started = performance.now();
    const many = generateContacts(100_000, createRng(1), options);
    const elapsed = performance.now() - started;
    expect(many).toHaveLength(100_000);
    console.info(`generateContacts(100000): ${elapsed.toFixed(0)} ms`);
  });
});

describe('duplicateClusters', () => {
  const contacts = generateContacts(1000, createRng(8));
  const { contacts: withDuplicates, groups } = duplicateClusters(contacts, createRng(9));

  it('makes a few dozen disjoint groups of 2 to 4 that share an email or a phone', () => {
    expect(groups.length).toBe(36);
    const members = groups.flat();
    expect(new Set(members).size).toBe(members.length);
    for (const group of groups) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.length).toBeLessThanOrEqual(4);
      const bodies = group.map((index) => withDuplicates[index]?.body);
      const keys = bodies.map((body) => [
        body?.workEmail ?? body?.personalEmail,
        body?.cellPhone?.display,
      ]);
      const [firstEmail, firstPhone] = keys[0] ?? [];
      const sharesEmail = keys.every(([email]) => email !== undefined && email === firstEmail);
      const sharesPhone = keys.every(([, phone]) => phone !== undefined && phone === firstPhone);
      expect(sharesEmail || sharesPhone).toBe(true);
    }
  });

  it('is pure and deterministic', () => {
    expect(generateContacts(1000, createRng(8))).toEqual(contacts);
    expect(duplicateClusters(contacts, createRng(9)).groups).toEqual(groups);
  });

  it('makes fewer groups when there are few contacts', () => {
    const few = duplicateClusters(generateContacts(7, createRng(1)), createRng(2));
    expect(few.groups.flat().length).toBeLessThanOrEqual(7);
  });
});

describe('generateNotes and generateRelationships', () => {
  const entities = [
    { entityType: 'contact' as const, entityId: 'contact-1' },
    { entityType: 'organization' as const, entityId: 'org-1' },
  ];

  it('writes notes of 1 to 32000 characters for the given entities and authors', () => {
    const notes = generateNotes(2000, createRng(3), { entities, authorIds: ['user-1', 'user-2'] });
    expect(notes).toHaveLength(2000);
    expect(
      generateNotes(2000, createRng(3), { entities, authorIds: ['user-1', 'user-2'] }),
    ).toEqual(notes);
    const lengths = notes.map((note) => note.noteText.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(700);
    expect(notes.some((note) => note.noteText.includes('\n'))).toBe(true);
    expect(new Set(notes.map((note) => note.createdBy.id))).toEqual(new Set(['user-1', 'user-2']));
    expect(() => generateNotes(1, createRng(1), { entities: [], authorIds: ['u'] })).toThrow();
  });

  it('links users to organizations with distinct users and known roles', () => {
    const options = { organizationIds: ORGANIZATION_IDS, userIds: ['u1', 'u2', 'u3', 'u4'] };
    const relationships = generateRelationships(createRng(4), options);
    expect(generateRelationships(createRng(4), options)).toEqual(relationships);
    expect(relationships.length).toBeGreaterThan(0);
    const pairs = relationships.map((item) => `${item.externalOrganization.id}/${item.user.id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const item of relationships) expect(RELATIONSHIP_ROLES).toContain(item.relationship);
    expect(generateRelationships(createRng(4), { ...options, userIds: [] })).toEqual([]);
  });
});
