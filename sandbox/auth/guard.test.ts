import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSandboxOptions } from '../config.ts';
import { openSandboxDatabase } from '../db/open-sandbox-database.ts';
import { registerErrorHandling } from '../errors.ts';
import { createSandboxContext } from '../sandbox-context.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { bearer, clientCredentialsToken, signIn, testServer } from '../testing/sandbox-test-kit.ts';
import { USER_IDS } from './demo-identities.ts';
import {
  bearerToken,
  decorateRequestWithAuth,
  registerAuthentication,
  requireAllPermissions,
  requireAnyPermission,
} from './guard.ts';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, case-insensitively', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('authentication of /api/v2', () => {
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
  });

  it('answers a request without a token with 401 authentication.required', async () => {
    app = await testServer();
    const response = await app.inject({ method: 'GET', url: '/api/v2/users/me' });
    expect(response.statusCode).toBe(401);
    const body = response.json<{ code: string; message: string; contextId: string }>();
    expect(body).toMatchObject({
      code: 'authentication.required',
      status: 401,
      message: 'No authentication bearer token specified in authorization header.',
    });
    expect(body.contextId).toBeTruthy();
    expect(response.headers['inin-correlation-id']).toBe(body.contextId);
  });

  it('answers an unknown token with 401 bad.credentials', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer('not-a-token'),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'bad.credentials',
      message: 'Invalid login credentials.',
    });
  });

  it('answers an expired token with 401 credentials.expired', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    app = await testServer({ tokenTtlSeconds: 60, clock: () => now });
    const { token } = await signIn(app, USER_IDS.alexAdmin);
    const fresh = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer(token),
    });
    expect(fresh.statusCode).toBe(200);
    now += 60_000;
    const response = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer(token),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'credentials.expired' });
  });
});

describe('permission checks', () => {
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
  });

  /** A bare app with the real guard and two guarded routes, on a seeded in-memory database. */
  async function guardedApp(): Promise<{ app: FastifyInstance; context: SandboxContext }> {
    const options = { ...defaultSandboxOptions(), memory: true };
    const { db } = openSandboxDatabase(options);
    const context = createSandboxContext(db, options);
    const bare = Fastify();
    bare.addHook('onClose', async () => db.close());
    decorateRequestWithAuth(bare);
    registerErrorHandling(bare);
    await bare.register(
      async (scope) => {
        registerAuthentication(scope, context);
        scope.get(
          '/any',
          {
            preHandler: requireAnyPermission('relate:contact:add', 'externalContacts:contact:add'),
          },
          async () => ({ ok: true }),
        );
        scope.get(
          '/all',
          {
            preHandler: requireAllPermissions(
              'externalContacts:contact:view',
              'externalContacts:identity:merge',
            ),
          },
          async () => ({ ok: true }),
        );
      },
      { prefix: '/api/v2' },
    );
    return { app: bare, context };
  }

  function tokenFor(context: SandboxContext, userId: string): string {
    return context.tokens.issue({
      clientId: 'sandbox-console',
      userId,
      sessionIdHash: null,
      ttlSeconds: 60,
    }).accessToken;
  }

  it('gives the reader view permissions but not contact:add', async () => {
    app = await testServer();
    const reader = await signIn(app, USER_IDS.rileyReader);
    const meAsReader = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me?expand=authorization',
      headers: bearer(reader.token),
    });
    const permissions = meAsReader.json<{ authorization: { permissions: string[] } }>()
      .authorization.permissions;
    expect(permissions).toContain('externalContacts:contact:view');
    expect(permissions).not.toContain('externalContacts:contact:add');
  });

  it('builds missing.any.permissions and missing.permissions bodies', async () => {
    const guarded = await guardedApp();
    app = guarded.app;
    const readerToken = tokenFor(guarded.context, USER_IDS.rileyReader);
    const curatorToken = tokenFor(guarded.context, USER_IDS.caseyCurator);

    const any = await app.inject({
      method: 'GET',
      url: '/api/v2/any',
      headers: bearer(readerToken),
    });
    expect(any.statusCode).toBe(403);
    expect(any.json()).toMatchObject({
      code: 'missing.any.permissions',
      status: 403,
      message:
        'Unable to perform the requested action. You must have at least one of the following permissions assigned: relate:contact:add, externalContacts:contact:add',
      messageParams: { permissions: 'relate:contact:add, externalContacts:contact:add' },
    });

    const curatorAny = await app.inject({
      method: 'GET',
      url: '/api/v2/any',
      headers: bearer(curatorToken),
    });
    expect(curatorAny.statusCode).toBe(200);

    const all = await app.inject({
      method: 'GET',
      url: '/api/v2/all',
      headers: bearer(curatorToken),
    });
    expect(all.statusCode).toBe(403);
    expect(all.json()).toMatchObject({
      code: 'missing.permissions',
      messageParams: { permissions: 'externalContacts:identity:merge' },
    });
  });

  it('gives client-credentials tokens the admin role of their client', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v2/users/search',
      headers: bearer(token),
      payload: { query: [{ type: 'EXACT', fields: ['email'], value: 'admin@sandbox.example' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1 });
  });
});
