import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { CONSOLE_REDIRECT, authorizeUrl, bearer, signIn } from '../testing/sandbox-test-kit.ts';
import { serversClosedAfterEach } from '../testing/test-server-lifecycle.ts';
import { USER_IDS } from './demo-identities.ts';

let app: FastifyInstance;
const startServer = serversClosedAfterEach();

const logoutUrl = (params: Record<string, string>) =>
  `/logout?${new URLSearchParams(params).toString()}`;

describe('GET /logout', () => {
  it('revokes the session tokens, clears the cookie and redirects back', async () => {
    app = await startServer();
    const session = await signIn(app, USER_IDS.alexAdmin);
    const before = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer(session.token),
    });
    expect(before.statusCode).toBe(200);

    const response = await app.inject({
      method: 'GET',
      url: logoutUrl({ client_id: 'sandbox-console', redirect_uri: CONSOLE_REDIRECT }),
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(CONSOLE_REDIRECT);
    expect(String(response.headers['set-cookie'])).toContain('Max-Age=0');

    const after = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer(session.token),
    });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'bad.credentials' });

    // No more single sign-on: the sign-in page shows again.
    const again = await app.inject({
      method: 'GET',
      url: authorizeUrl({}),
      headers: { cookie: session.cookie },
    });
    expect(again.statusCode).toBe(200);
  });

  it('shows a signed-out page without a redirect URI', async () => {
    app = await startServer();
    const response = await app.inject({ method: 'GET', url: '/logout' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('You are signed out');
  });

  it('refuses to redirect to an unregistered URI', async () => {
    app = await startServer();
    const session = await signIn(app, USER_IDS.alexAdmin);
    const response = await app.inject({
      method: 'GET',
      url: logoutUrl({ client_id: 'sandbox-console', redirect_uri: 'http://evil.example/' }),
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
    // Nothing happened: the token still works.
    const me = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: bearer(session.token),
    });
    expect(me.statusCode).toBe(200);
  });

  it('refuses a redirect URI without a client id', async () => {
    app = await startServer();
    const response = await app.inject({
      method: 'GET',
      url: logoutUrl({ redirect_uri: CONSOLE_REDIRECT }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });
});
