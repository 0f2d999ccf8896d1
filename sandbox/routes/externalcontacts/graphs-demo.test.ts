import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { resolveSandboxOptions } from '../../config.ts';
import type { SqliteDatabase } from '../../db/connection.ts';
import { openSandboxDatabase } from '../../db/open-sandbox-database.ts';
import { createSandboxContext } from '../../sandbox-context.ts';
import { seedExternalContacts } from '../../seed-demo-data.ts';
import { buildServer } from '../../server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';

interface Cluster {
  division: { id: string };
  graph: { vertices: { contacts: { contact: { division: { id: string } } }[] } };
}

describe('a scan of the demo data', () => {
  let db: SqliteDatabase;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    const options = resolveSandboxOptions({
      memory: true,
      log: 'silent',
      rateLimit: { kind: 'off' },
    });
    db = openSandboxDatabase(options).db;
    seedExternalContacts(createSandboxContext(db, options), { kind: 'demo' });
    app = await buildServer(options, { db });
    token = (await signIn(app, USER_IDS.alexAdmin)).token;
  });
  afterAll(async () => {
    await app.close();
    db.close();
  });

  it('finds the seeded duplicate groups, each cluster within one division', async () => {
    const latest = await app.inject({
      url: '/api/v2/externalcontacts/graphs/clusterscans/latest?expand=statistics.aggregated',
      headers: bearer(token),
    });
    const scan = latest.json<{
      id: string;
      statistics: { aggregated: { totalClusters: number } };
    }>();
    expect(scan.statistics.aggregated.totalClusters).toBeGreaterThanOrEqual(10);
    const page = await app.inject({
      url: `/api/v2/externalcontacts/graphs/clusterscans/${scan.id}/clusters?limit=100`,
      headers: bearer(token),
    });
    const clusters = page.json<{ entities: Cluster[] }>().entities;
    expect(clusters.length).toBe(Math.min(100, scan.statistics.aggregated.totalClusters));
    for (const cluster of clusters) {
      for (const vertex of cluster.graph.vertices.contacts) {
        expect(vertex.contact.division.id).toBe(cluster.division.id);
      }
    }
  });
});
