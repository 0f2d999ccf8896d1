import type { SeedChoice } from './config.ts';
import { createContactService } from './domain/contact-service.ts';
import { createMergeService } from './domain/merge-service.ts';
import { createOrganizationService } from './domain/organization-service.ts';
import type { SandboxContext } from './sandbox-context.ts';
import { createRng } from './seed/random.ts';
import { generateContacts } from './seed/contacts.ts';
import { duplicateClusters } from './seed/duplicates.ts';
import { generateOrganizations } from './seed/organizations.ts';

/** The same seed every time, so the demo org looks the same on every machine and in screenshots. */
const DEMO_RANDOM_SEED = 20261123;
const DEMO_CONTACTS = 2000;
const DEMO_ORGANIZATIONS = 300;
/** Of the duplicate groups the generator makes, this many are merged already; the rest wait. */
const MERGED_GROUPS = 8;
/** Rows per transaction: large enough to be fast, small enough to keep memory flat. */
const BATCH = 1000;

export interface SeedSummary {
  organizations: number;
  contacts: number;
  mergedGroups: number;
  duplicateGroupsLeft: number;
}

/**
 * Fills a fresh database with External Contacts data through the same services the API uses, so
 * seeded records are exactly what the API would have stored (validated, normalised, indexed).
 * `demo`: a believable org; `<count>`: that many contacts, quickly, for scale tests; `none`: nothing.
 */
export function seedExternalContacts(context: SandboxContext, choice: SeedChoice): SeedSummary {
  const empty = { organizations: 0, contacts: 0, mergedGroups: 0, duplicateGroupsLeft: 0 };
  if (choice.kind === 'none') return empty;
  const demo = choice.kind === 'demo';
  const contactCount = demo ? DEMO_CONTACTS : choice.count;
  const organizationCount = demo
    ? DEMO_ORGANIZATIONS
    : Math.min(2000, Math.max(1, Math.ceil(contactCount / 50)));
  const rng = createRng(demo ? DEMO_RANDOM_SEED : DEMO_RANDOM_SEED + contactCount);

  const contacts = createContactService(context);
  const organizations = createOrganizationService(context, contacts);

  const organizationIds: string[] = [];
  const organizationBodies = generateOrganizations(organizationCount, rng);
  for (let start = 0; start < organizationBodies.length; start += BATCH) {
    contacts.transaction(() => {
      for (const body of organizationBodies.slice(start, start + BATCH)) {
        const record = organizations.prepareCreate(body);
        organizations.store(record, true);
        organizationIds.push(record.id);
      }
    });
  }

  const generated = generateContacts(contactCount, rng, { organizationIds });
  const { contacts: withDuplicates, groups } = demo
    ? duplicateClusters(generated, rng)
    : { contacts: generated, groups: [] };
  const contactIds: string[] = [];
  for (let start = 0; start < withDuplicates.length; start += BATCH) {
    contacts.transaction(() => {
      for (const { body, type } of withDuplicates.slice(start, start + BATCH)) {
        const record = contacts.prepareCreate(body, type);
        contacts.store(record, true);
        contactIds.push(record.id);
      }
    });
  }

  const merges = createMergeService(contacts);
  const merged = groups.slice(0, MERGED_GROUPS);
  for (const group of merged) {
    merges.mergeContacts({ contactIds: group.map((index) => contactIds[index]) });
  }
  return {
    organizations: organizationIds.length,
    contacts: contactIds.length,
    mergedGroups: merged.length,
    duplicateGroupsLeft: groups.length - merged.length,
  };
}
