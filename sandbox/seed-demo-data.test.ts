import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { resolveSandboxOptions } from './config.ts';
import { openSandboxDatabase } from './db/open-sandbox-database.ts';
import { createSandboxContext } from './sandbox-context.ts';
import { seedExternalContacts } from './seed-demo-data.ts';
import type { SeedSummary } from './seed-demo-data.ts';
import { demoServer } from './testing/demo-server.ts';
import type { DemoServer } from './testing/demo-server.ts';
import { bearer, clientCredentialsToken } from './testing/sandbox-test-kit.ts';

interface Listing {
  total: number;
  entities: { id: string; type: string; mergeSet?: unknown[] }[];
}

describe('demo seed', () => {
  let demo: DemoServer;
  let app: FastifyInstance;
  let token: string;
  let summary: SeedSummary;

  beforeAll(async () => {
    demo = await demoServer();
    ({ app, summary } = demo);
    token = await clientCredentialsToken(app);
  }, 60_000);

  afterAll(() => demo.close());

  const get = async <T>(url: string): Promise<T> => {
    const response = await app.inject({ method: 'GET', url, headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    return response.json<T>();
  };

  const scanAllContacts = async (): Promise<Listing['entities']> => {
    const scanned: Listing['entities'] = [];
    let cursor: string | undefined;
    do {
      const page = await get<Listing & { cursors?: { after?: string } }>(
        `/api/v2/externalcontacts/scan/contacts?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      scanned.push(...page.entities);
      cursor = page.cursors?.after;
    } while (cursor);
    return scanned;
  };

  it('creates a believable org: organizations, contacts, merged sets and duplicates', () => {
    expect(summary.organizations).toBe(300);
    expect(summary.contacts).toBe(2000);
    expect(summary.mergedGroups).toBeGreaterThan(0);
    expect(summary.duplicateGroupsLeft).toBeGreaterThan(0);
  });

  it('serves the seeded data through the API, merged-away contacts excluded from search', async () => {
    const organizations = await get<Listing>('/api/v2/externalcontacts/organizations?pageSize=1');
    expect(organizations.total).toBe(300);
    const contacts = await get<Listing>('/api/v2/externalcontacts/contacts?pageSize=100');
    // Each merge hides its inputs and adds one canonical contact.
    expect(contacts.total).toBeLessThan(2000);
    expect(contacts.total).toBeGreaterThan(2000 - 4 * summary.mergedGroups);
  });

  it('seeds custom-field schemas with versions, and records that use them', async () => {
    const contactSchemas = await get<{ entities: { name: string; version: number }[] }>(
      '/api/v2/externalcontacts/contacts/schemas',
    );
    expect(contactSchemas.entities.map((schema) => [schema.name, schema.version]).sort()).toEqual([
      ['Customer', 3],
      ['Partner contact', 1],
    ]);
    const versions = await get<{ entities: unknown[] }>(
      '/api/v2/externalcontacts/contacts/schemas/5c5c5c5c-0000-4000-8000-000000000001/versions',
    );
    expect(versions.entities).toHaveLength(3);
    const orgSchemas = await get<{ entities: { name: string; version: number }[] }>(
      '/api/v2/externalcontacts/organizations/schemas',
    );
    expect(orgSchemas.entities.map((schema) => [schema.name, schema.version])).toEqual([
      ['Account', 2],
    ]);
    const customers = await get<
      Listing & { entities: { customFields?: Record<string, unknown> }[] }
    >('/api/v2/externalcontacts/contacts?q=C-1000&pageSize=5');
    expect(customers.total).toBeGreaterThan(0);
    expect(customers.entities[0]?.customFields?.customer_number_identifier).toMatch(/^C-1000/);
  });

  it('seeds notes, relationships to the demo users, and notes on merged ancestors', async () => {
    expect(summary.notes).toBe(3000);
    expect(summary.relationships).toBeGreaterThan(100);
    const relationships = await get<{ entities: { user: { id: string } }[] }>(
      '/api/v2/externalcontacts/scan/relationships?limit=200',
    );
    expect(relationships.entities.length).toBeGreaterThan(0);
    const merged = (await scanAllContacts()).find((contact) => (contact.mergeSet?.length ?? 0) > 1);
    expect(merged).toBeDefined();
    const own = await get<{ total: number }>(
      `/api/v2/externalcontacts/contacts/${merged?.id}/notes?pageSize=100`,
    );
    const withMergeSet = await get<{ total: number }>(
      `/api/v2/externalcontacts/contacts/${merged?.id}/notes?pageSize=100&expand=mergeset`,
    );
    expect(withMergeSet.total).toBeGreaterThan(0);
    expect(withMergeSet.total).toBeGreaterThanOrEqual(own.total);
  });

  it('seeds web journeys and segment assignments, merged ancestors included', async () => {
    expect(summary.journeySessions).toBeGreaterThan(300);
    const scanned = await scanAllContacts();
    const merged = scanned.filter((contact) => (contact.mergeSet?.length ?? 0) > 1);
    let withSessions = 0;
    let withMergedSessions = 0;
    for (const contact of scanned.slice(0, 60).concat(merged)) {
      const own = await get<{ entities: { lastPage?: { title?: string } }[] }>(
        `/api/v2/externalcontacts/contacts/${contact.id}/journey/sessions`,
      );
      if (own.entities.length > 0) {
        withSessions += 1;
        expect(own.entities[0]?.lastPage?.title).toEqual(expect.any(String));
      }
      const all = await get<{ entities: unknown[] }>(
        `/api/v2/externalcontacts/contacts/${contact.id}/journey/sessions?includeMerged=true`,
      );
      if (all.entities.length > own.entities.length) withMergedSessions += 1;
    }
    expect(withSessions).toBeGreaterThan(5);
    expect(withMergedSessions).toBeGreaterThan(0);
  });

  it('links demo organizations to the demo trustors, which every seed has', async () => {
    const trustors = await get<{ total: number; entities: { id: string }[] }>(
      '/api/v2/orgauthorization/trustors',
    );
    expect(trustors.total).toBe(3);
    const linked = await Promise.all(
      trustors.entities.map(({ id }) =>
        get<{ entities: { trustor?: { id: string; organization?: { name?: string } } }[] }>(
          `/api/v2/externalcontacts/organizations?trustorId=${id}&includeTrustors=true`,
        ),
      ),
    );
    expect(linked.map((page) => page.entities.length)).toEqual([1, 0, 1]);
    expect(linked[0]?.entities[0]?.trustor).toMatchObject({
      id: trustors.entities[0]?.id,
      organization: { name: 'Contoso Outsourced Support' },
    });
  });

  it('seeds all three contact types', async () => {
    const scanned = await scanAllContacts();
    const types = new Set(scanned.map((contact) => contact.type));
    expect([...types].sort()).toEqual(['Curated', 'Ephemeral', 'Identified']);
    expect(scanned.some((contact) => (contact.mergeSet?.length ?? 0) > 1)).toBe(true);
  });

  it('seeds a requested count of contacts for scale tests, and nothing for none', () => {
    const options = resolveSandboxOptions({ memory: true, log: 'silent' });
    const scale = openSandboxDatabase(options).db;
    const none = openSandboxDatabase(options).db;
    try {
      expect(
        seedExternalContacts(createSandboxContext(scale, options), { kind: 'count', count: 500 })
          .contacts,
      ).toBe(500);
      expect(seedExternalContacts(createSandboxContext(none, options), { kind: 'none' })).toEqual({
        organizations: 0,
        contacts: 0,
        mergedGroups: 0,
        duplicateGroupsLeft: 0,
        notes: 0,
        relationships: 0,
        journeySessions: 0,
      });
    } finally {
      scale.close();
      none.close();
    }
  });
});
