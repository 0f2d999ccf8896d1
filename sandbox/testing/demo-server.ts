import type { FastifyInstance } from 'fastify';
import { resolveSandboxOptions } from '../config.ts';
import { openSandboxDatabase } from '../db/open-sandbox-database.ts';
import { createSandboxContext } from '../sandbox-context.ts';
import { seedExternalContacts } from '../seed-demo-data.ts';
import type { SeedSummary } from '../seed-demo-data.ts';
import { buildServer } from '../server.ts';

export interface DemoServer {
  app: FastifyInstance;
  summary: SeedSummary;
  close(): Promise<void>;
}

/**
 * An in-memory server over the demo seed, without rate limits. Seeding the whole demo org takes
 * seconds, more on a busy 2-core CI machine: give the hook that calls this a longer timeout.
 */
export async function demoServer(): Promise<DemoServer> {
  const options = resolveSandboxOptions({
    memory: true,
    log: 'silent',
    rateLimit: { kind: 'off' },
  });
  const { db } = openSandboxDatabase(options);
  const summary = seedExternalContacts(createSandboxContext(db, options), { kind: 'demo' });
  const app = await buildServer(options, { db });
  return {
    app,
    summary,
    async close() {
      await app.close();
      db.close();
    },
  };
}
