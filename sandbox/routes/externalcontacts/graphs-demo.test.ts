import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { demoServer } from '../../testing/demo-server.ts';
import type { DemoServer } from '../../testing/demo-server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';

interface Cluster {
  division: { id: string };
  graph: { vertices: { contacts: { contact: { division: { id: string } } }[] } };
}

describe('a scan of the demo data', () => {
  let demo: DemoServer;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    demo = await demoServer();
    app = demo.app;
    token = (await signIn(app, USER_IDS.alexAdmin)).token;
  }, 60_000);
  afterAll(() => demo.close());

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
