import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  CONSOLE_CLIENT_ID,
  CONSOLE_REDIRECT,
  getAs,
  getAuthorize,
  locationOf,
  postSignInForm,
  sessionCookieOf,
  testServer,
} from '../testing/sandbox-test-kit.ts';
import { CODE_TTL_MS, s256 } from './authorization-codes.ts';
import { USER_IDS } from './demo-identities.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

const newVerifier = () => randomBytes(48).toString('base64url');

function queryOf(location: string | undefined): URLSearchParams {
  if (location === undefined) throw new Error('expected a Location header');
  expect(location).not.toContain('#');
  return new URL(location).searchParams;
}

function codeRequest(verifier: string, extra: Record<string, string> = {}) {
  return {
    response_type: 'code',
    code_challenge: s256(verifier),
    code_challenge_method: 'S256',
    state: 'st-1',
    ...extra,
  };
}

function exchange(fields: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CONSOLE_CLIENT_ID,
      redirect_uri: CONSOLE_REDIRECT,
      ...fields,
    }).toString(),
  });
}

/** Signs in through the form with a code request, as the console's PKCE sign-in does. */
async function codeFor(verifier: string): Promise<{ code: string; cookie: string }> {
  const response = await postSignInForm(app, {
    ...codeRequest(verifier),
    user_id: USER_IDS.alexAdmin,
  });
  expect(response.statusCode).toBe(302);
  const query = queryOf(locationOf(response));
  expect(query.get('state')).toBe('st-1');
  return { code: query.get('code') ?? '', cookie: sessionCookieOf(response) };
}

describe('authorization code grant with PKCE', () => {
  it('signs in with a one-time code in the query, exchanged for a bearer token', async () => {
    app = await testServer({ tokenTtlSeconds: 1800 });
    const page = await getAuthorize(app, codeRequest(newVerifier()));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="code_challenge_method" value="S256"');
    expect(page.body).toContain('one-time authorization code');

    const verifier = newVerifier();
    const { code } = await codeFor(verifier);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const response = await exchange({ code, code_verifier: verifier });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ access_token: string; token_type: string; expires_in: number }>();
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(1800);
    const me = await getAs(app, body.access_token, '/api/v2/users/me');
    expect(me.json()).toMatchObject({ id: USER_IDS.alexAdmin });
  });

  it('answers at once with a code when the login session is live', async () => {
    app = await testServer();
    const { cookie } = await codeFor(newVerifier());
    const verifier = newVerifier();
    const silent = await getAuthorize(app, codeRequest(verifier, { state: 'again' }), { cookie });
    expect(silent.statusCode).toBe(302);
    const query = queryOf(locationOf(silent));
    expect(query.get('state')).toBe('again');
    const response = await exchange({ code: query.get('code') ?? '', code_verifier: verifier });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong verifier with invalid_grant, and the code still works with the right one', async () => {
    app = await testServer();
    const verifier = newVerifier();
    const { code } = await codeFor(verifier);
    const wrong = await exchange({ code, code_verifier: newVerifier() });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('code_verifier does not match'),
      description: expect.stringContaining('code_verifier does not match'),
    });
    expect(wrong.body).not.toContain('access_token');
    expect((await exchange({ code, code_verifier: verifier })).statusCode).toBe(200);
  });

  it('refuses a replayed code and revokes the token the code gave', async () => {
    app = await testServer();
    const verifier = newVerifier();
    const { code } = await codeFor(verifier);
    const first = await exchange({ code, code_verifier: verifier });
    const token = first.json<{ access_token: string }>().access_token;
    expect((await getAs(app, token, '/api/v2/users/me')).statusCode).toBe(200);

    const replay = await exchange({ code, code_verifier: verifier });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('already been used'),
    });
    expect((await getAs(app, token, '/api/v2/users/me')).statusCode).toBe(401);
    // Gone for good: a third try is just an unknown code.
    const third = await exchange({ code, code_verifier: verifier });
    expect(third.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a code after it expires', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    app = await testServer({ clock: () => now });
    const verifier = newVerifier();
    const { code } = await codeFor(verifier);
    now += CODE_TTL_MS + 1;
    const response = await exchange({ code, code_verifier: verifier });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: 'The authorization code is invalid or has expired.',
    });
  });

  it.each([
    ['no code', { code: '' }, 400, 'invalid_request', 'The code parameter is missing.'],
    ['no client', { client_id: '' }, 400, 'invalid_request', 'The client_id parameter is missing.'],
    ['an unknown client', { client_id: 'nope' }, 401, 'invalid_client', 'Client authentication'],
    [
      'the client-credentials client',
      { client_id: 'sandbox-client' },
      400,
      'unauthorized_client',
      'authorization code grant',
    ],
    [
      'another redirect URI',
      { redirect_uri: 'http://localhost:5173/elsewhere' },
      400,
      'invalid_grant',
      'redirect_uri differs',
    ],
    ['no verifier', { code_verifier: '' }, 400, 'invalid_request', 'code_verifier parameter'],
    ['a short verifier', { code_verifier: 'abc' }, 400, 'invalid_request', '43 to 128'],
    ['an unknown code', { code: 'forged-code' }, 400, 'invalid_grant', 'invalid or has expired'],
  ])('refuses %s', async (_name, override, status, error, description) => {
    app = await testServer();
    const verifier = newVerifier();
    const { code } = await codeFor(verifier);
    const response = await exchange({ code, code_verifier: verifier, ...override });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      error,
      error_description: expect.stringContaining(description),
    });
  });

  it.each([
    ['no code_challenge', { code_challenge: '' }, 'code_challenge parameter is missing'],
    ['the plain method', { code_challenge_method: 'plain' }, 'must be S256'],
    ['no method', { code_challenge_method: '' }, 'must be S256'],
    ['a malformed challenge', { code_challenge: 'short' }, 'base64url SHA-256'],
  ])('answers an authorize request with %s with invalid_request in the query', async (_n, o, m) => {
    app = await testServer();
    const response = await getAuthorize(app, codeRequest(newVerifier(), o));
    expect(response.statusCode).toBe(302);
    const query = queryOf(locationOf(response));
    expect(query.get('error')).toBe('invalid_request');
    expect(query.get('error_description')).toContain(m);
    expect(query.get('state')).toBe('st-1');
    expect(query.has('code')).toBe(false);
  });

  it('never hands the client-credentials client a code', async () => {
    app = await testServer();
    const response = await getAuthorize(app, {
      ...codeRequest(newVerifier()),
      client_id: 'sandbox-client',
    });
    expect(queryOf(locationOf(response)).get('error')).toBe('unauthorized_client');
  });
});
