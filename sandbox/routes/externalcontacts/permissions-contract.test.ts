import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { USER_IDS } from '../../auth/demo-identities.ts';
import { buildServer } from '../../server.ts';
import { bearer, signIn } from '../../testing/sandbox-test-kit.ts';

/**
 * Every External Contacts route, read from the server itself: the read-only demo user is refused
 * every write with Genesys' 403, and no route answers a request without a token.
 */
const READS_BY_POST = new Set([
  '/api/v2/externalcontacts/contacts/search',
  '/api/v2/externalcontacts/identifierlookup',
  '/api/v2/externalcontacts/identifierlookup/contacts',
  '/api/v2/externalcontacts/identifierlookup/organizations',
  '/api/v2/externalcontacts/bulk/contacts',
  '/api/v2/externalcontacts/bulk/contacts/unresolved',
  '/api/v2/externalcontacts/bulk/organizations',
  '/api/v2/externalcontacts/bulk/notes',
  '/api/v2/externalcontacts/bulk/relationships',
]);

let app: FastifyInstance;
let readerToken: string;
const routes: { method: string; url: string }[] = [];

beforeAll(async () => {
  app = await buildServer(
    { memory: true, log: 'silent', rateLimit: { kind: 'off' } },
    {
      onRoute: ({ method, url }) => {
        if (!url.startsWith('/api/v2/externalcontacts')) return;
        for (const m of [method].flat()) if (m !== 'HEAD') routes.push({ method: m, url });
      },
    },
  );
  readerToken = (await signIn(app, USER_IDS.rileyReader)).token;
});
afterAll(async () => {
  await app.close();
});

const concrete = (url: string) =>
  url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('permissions on every External Contacts route', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(90);
  });

  it('answers 401 authentication.required without a token, on every route', async () => {
    for (const route of routes.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')) {
      const response = await app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
      });
      expect([route, response.statusCode]).toEqual([route, 401]);
      expect(response.json().code).toBe('authentication.required');
    }
  });

  it('refuses the read-only user every write with 403 missing.any.permissions', async () => {
    const writes = routes.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !READS_BY_POST.has(r.url),
    );
    expect(writes.length).toBeGreaterThan(40);
    for (const route of writes) {
      const response = await app.inject({
        method: route.method as 'POST',
        url: concrete(route.url),
        headers: bearer(readerToken),
        payload: {},
      });
      expect([route, response.statusCode]).toEqual([route, 403]);
      expect(['missing.any.permissions', 'missing.permissions']).toContain(response.json().code);
    }
  });
});
