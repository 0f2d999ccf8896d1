import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

describe('POST /oauth/token (client credentials)', () => {
  it('issues a token with HTTP Basic client authentication', async () => {
    app = await testServer({ tokenTtlSeconds: 600 });
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { ...FORM, authorization: basic('sandbox-client', 'sandbox-secret') },
      payload: 'grant_type=client_credentials',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ access_token: string; token_type: string; expires_in: number }>();
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(600);
    const info = await app.inject({
      method: 'GET',
      url: '/api/v2/tokens/me',
      headers: bearer(body.access_token),
    });
    expect(info.statusCode).toBe(200);
  });

  it('issues a token with client_id and client_secret in the form', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: FORM,
      payload:
        'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty('access_token');
  });

  it('accepts a JSON body', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: {
        grant_type: 'client_credentials',
        client_id: 'sandbox-client',
        client_secret: 'sandbox-secret',
      },
    });
    expect(response.statusCode).toBe(200);
  });

  it('honours secrets and ids given by flags', async () => {
    app = await testServer({ clientId: 'ci-bot', clientSecret: 'other' });
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { ...FORM, authorization: basic('ci-bot', 'other') },
      payload: 'grant_type=client_credentials',
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['a wrong secret', basic('sandbox-client', 'wrong')],
    ['an unknown client', basic('who', 'sandbox-secret')],
    ['the public console client', basic('sandbox-console', '')],
  ])('answers %s with 401 invalid_client and WWW-Authenticate', async (_case, authorization) => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { ...FORM, authorization },
      payload: 'grant_type=client_credentials',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'invalid_client' });
    expect(response.headers['www-authenticate']).toMatch(/^Basic/);
  });

  it('answers missing credentials with 401 invalid_client', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: FORM,
      payload: 'grant_type=client_credentials',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers another grant type with 400 unsupported_grant_type', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { ...FORM, authorization: basic('sandbox-client', 'sandbox-secret') },
      payload: 'grant_type=password&username=a&password=b',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('answers a missing grant type with 400 invalid_request', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: FORM,
      payload: 'client_id=sandbox-client',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers a malformed JSON body with an RFC 6749 error, not a Genesys one', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_request' });
  });
});
