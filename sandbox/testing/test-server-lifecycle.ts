import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { USER_IDS } from '../auth/demo-identities.ts';
import { signIn, testServer } from './sandbox-test-kit.ts';

/** Servers whose lives follow vitest's tests (apart from the kit: the bench uses the kit too). */

/**
 * A fresh in-memory server for each test of the file, closed after it; `ready` receives it (and
 * the demo admin's token) before each test.
 */
export function eachTestServer(ready: (app: FastifyInstance, adminToken: string) => void): void {
  let app: FastifyInstance | undefined;
  beforeEach(async () => {
    app = await testServer();
    ready(app, (await signIn(app, USER_IDS.alexAdmin)).token);
  });
  afterEach(async () => {
    await app?.close();
  });
}

/** `testServer` for tests that start their own (with options): each is closed after its test. */
export function serversClosedAfterEach(): typeof testServer {
  const started: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((app) => app.close()));
  });
  return async (overrides) => {
    const app = await testServer(overrides);
    started.push(app);
    return app;
  };
}
