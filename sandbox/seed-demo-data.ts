import type { SeedChoice } from './config.ts';
import { createContactService } from './domain/contact-service.ts';
import { createMergeService } from './domain/merge-service.ts';
import { createOrganizationService } from './domain/organization-service.ts';
import type { SandboxContext } from './sandbox-context.ts';
import { createRng } from './seed/random.ts';
import { generateContacts } from './seed/contacts.ts';
import { duplicateClusters } from './seed/duplicates.ts';
import { generateOrganizations } from './seed/organizations.ts';
import {
  DEMO_SCHEMA_IDS,
  accountFields,
  accountSchemaVersions,
  customerFields,
  customerVersions,
  partnerFields,
  partnerSchema,
} from './seed/demo-schemas.ts';
import { createSchemaService } from './domain/schema-service.ts';
import { DEMO_USERS, DIVISION_IDS, USER_IDS } from './auth/demo-identities.ts';
import { createNoteService } from './domain/note-service.ts';
import { createRelationshipService } from './domain/relationship-service.ts';
import { generateNotes } from './seed/notes.ts';
import { generateRelationships } from './seed/relationships.ts';
import { addSession, createJourneyRepo } from './db/journey-repo.ts';
import { generateJourney } from './seed/journey.ts';
import { DEMO_TRUSTOR_LINKS } from './seed/trustor-links.ts';

/** The same seed every time, so the demo org looks the same on every machine and in screenshots. */
const DEMO_RANDOM_SEED = 20261123;
const DEMO_CONTACTS = 2000;
const DEMO_ORGANIZATIONS = 300;
/** Of the duplicate groups the generator makes, this many are merged already; the rest wait. */
const MERGED_GROUPS = 8;
const DEMO_NOTES = 3000;
/** Rows per transaction: large enough to be fast, small enough to keep memory flat. */
const BATCH = 1000;

const SUMMARY_COUNTS = [
  'organizations',
  'contacts',
  'mergedGroups',
  'duplicateGroupsLeft',
  'notes',
  'relationships',
  'journeySessions',
] as const;

/** How many of each the seed made. */
export type SeedSummary = Record<(typeof SUMMARY_COUNTS)[number], number>;

/**
 * Fills a fresh database with External Contacts data through the same services the API uses, so
 * seeded records are exactly what the API would have stored (validated, normalised, indexed).
 * `demo`: a believable org; `<count>`: that many contacts, quickly, for scale tests; `none`: nothing.
 */
export function seedExternalContacts(context: SandboxContext, choice: SeedChoice): SeedSummary {
  if (choice.kind === 'none') {
    return Object.fromEntries(SUMMARY_COUNTS.map((count) => [count, 0])) as SeedSummary;
  }
  const demo = choice.kind === 'demo';
  const contactCount = demo ? DEMO_CONTACTS : choice.count;
  const organizationCount = demo
    ? DEMO_ORGANIZATIONS
    : Math.min(2000, Math.max(1, Math.ceil(contactCount / 50)));
  const rng = createRng(demo ? DEMO_RANDOM_SEED : DEMO_RANDOM_SEED + contactCount);

  const contacts = createContactService(context);
  const organizations = createOrganizationService(context, contacts);
  if (demo) seedDemoSchemas(context);
  const withSchema = <T extends object>(body: T, schemaId: string, customFields: object) => ({
    ...body,
    schema: { id: schemaId },
    customFields,
  });

  // Half the records in the home division, a quarter in each other: division filters have
  // something to show. Only the demo seed does this; `--seed N` keeps everything at home.
  const inDivision = <T extends object>(body: T, index: number): T => {
    if (!demo || index % 4 < 2) return body;
    const id = index % 4 === 2 ? DIVISION_IDS.emeaSales : DIVISION_IDS.americasSupport;
    return { ...body, division: { id } };
  };

  const organizationIds: string[] = [];
  const organizationBodies = generateOrganizations(organizationCount, rng);
  for (let start = 0; start < organizationBodies.length; start += BATCH) {
    contacts.transaction(() => {
      for (const [offset, body] of organizationBodies.slice(start, start + BATCH).entries()) {
        const index = start + offset;
        const record = organizations.prepareCreate(
          inDivision(
            demo && index % 5 < 2
              ? withSchema(body, DEMO_SCHEMA_IDS.account, accountFields(rng, index))
              : body,
            index,
          ),
        );
        organizations.store(record, true);
        organizationIds.push(record.id);
      }
    });
  }

  if (demo) {
    // Every data file has the demo trustors (trustors-migration.ts); the demo org has also linked
    // some of its external organizations to them, so includeTrustors and trustorId have answers.
    contacts.transaction(() => {
      for (const { organizationIndex, trustorId } of DEMO_TRUSTOR_LINKS) {
        const organizationId = organizationIds[organizationIndex];
        if (organizationId !== undefined) organizations.linkTrustor(organizationId, trustorId);
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
      for (const [offset, { body, type }] of withDuplicates.slice(start, start + BATCH).entries()) {
        const index = start + offset;
        const slot = index % 10;
        const custom =
          !demo || type !== 'Curated'
            ? body
            : slot < 3
              ? withSchema(body, DEMO_SCHEMA_IDS.customer, customerFields(rng, index))
              : slot === 3
                ? withSchema(body, DEMO_SCHEMA_IDS.partner, partnerFields(rng))
                : body;
        const record = contacts.prepareCreate(inDivision(custom, index), type);
        contacts.store(record, true);
        contactIds.push(record.id);
      }
    });
  }

  const merged = groups.slice(0, MERGED_GROUPS);
  let seededNotes = { notes: 0, relationships: 0 };
  if (demo) {
    // Before the merges, so merged contacts have notes on their ancestors (expand=mergeset).
    const mergedMembers = merged.flat().map((index) => contactIds[index]!);
    seededNotes = seedNotesAndRelationships(context, contacts, rng, {
      contactIds: [...contactIds, ...mergedMembers, ...mergedMembers],
      organizationIds,
    });
  }
  let journeySessions = 0;
  if (demo) {
    // Also before the merges: the merged records' journeys show with includeMerged.
    const journey = generateJourney(contactIds, rng, context.options.clock());
    const journeys = createJourneyRepo(context.db);
    contacts.transaction(() => {
      for (const session of journey.sessions) addSession(context.db, session);
      for (const assignment of journey.assignments) journeys.assign(assignment);
    });
    journeySessions = journey.sessions.length;
  }
  const merges = createMergeService(contacts);
  for (const group of merged) {
    merges.mergeContacts({ contactIds: group.map((index) => contactIds[index]) });
  }
  return {
    organizations: organizationIds.length,
    contacts: contactIds.length,
    mergedGroups: merged.length,
    duplicateGroupsLeft: groups.length - merged.length,
    ...seededNotes,
    journeySessions,
  };
}

/** Two contact schemas and one organization schema, "Customer" and "Account" with versions. */
function seedDemoSchemas(context: SandboxContext): void {
  const schemas = createSchemaService(context.db, context.options.clock);
  const creator = { id: USER_IDS.alexAdmin, kind: 'user' as const };
  const demoSchemas = [
    ['contact', DEMO_SCHEMA_IDS.customer, 'Customer', customerVersions()],
    ['contact', DEMO_SCHEMA_IDS.partner, 'Partner contact', [partnerSchema()]],
    ['organization', DEMO_SCHEMA_IDS.account, 'Account', accountSchemaVersions()],
  ] as const;
  for (const [target, id, name, [first, ...later]] of demoSchemas) {
    schemas.create(target, { name, jsonSchema: first }, creator, id);
    later.forEach((jsonSchema, index) =>
      schemas.update(target, id, { version: index + 1, jsonSchema }, creator),
    );
  }
}

function seedNotesAndRelationships(
  context: SandboxContext,
  contacts: ReturnType<typeof createContactService>,
  rng: ReturnType<typeof createRng>,
  { contactIds, organizationIds }: { contactIds: string[]; organizationIds: string[] },
): { notes: number; relationships: number } {
  const notes = createNoteService(context, contacts);
  const relationships = createRelationshipService(context);
  const userIds = DEMO_USERS.map((user) => user.id);
  const entities = [
    ...contactIds.map((entityId) => ({ entityType: 'contact' as const, entityId })),
    ...organizationIds.map((entityId) => ({ entityType: 'organization' as const, entityId })),
  ];
  const bodies = generateNotes(DEMO_NOTES, rng, { entities, authorIds: userIds.slice(0, 3) });
  for (let start = 0; start < bodies.length; start += BATCH) {
    notes.transaction(() => {
      for (const { entityType, entityId, noteText, createdBy } of bodies.slice(
        start,
        start + BATCH,
      )) {
        const owner = notes.requireOwner(entityType, entityId);
        notes.notes.insert(notes.prepareCreate(owner, { noteText, createdBy }, null));
      }
    });
  }
  const relationshipBodies = generateRelationships(rng, { organizationIds, userIds });
  relationships.transaction(() => relationshipBodies.forEach((body) => relationships.create(body)));
  return { notes: bodies.length, relationships: relationshipBodies.length };
}
