import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_REDIRECT,
  authorizeUrl,
  getAs,
  getAuthorize,
  postSignInForm,
  fragmentOf,
  locationOf,
  sessionCookieOf,
  signIn,
} from '../testing/sandbox-test-kit.ts';
import { serversClosedAfterEach } from '../testing/test-server-lifecycle.ts';
import { DEMO_USERS, USER_IDS } from './demo-identities.ts';

let app: FastifyInstance;
const startServer = serversClosedAfterEach();

describe('GET /oauth/authorize', () => {
  it('shows an accessible sign-in page listing every demo user', async () => {
    app = await startServer();
    const response = await getAuthorize(app, { state: 'abc' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('<h1>Sign in to the Genesys Cloud sandbox</h1>');
    expect(html).toContain('local emulator');
    expect(html).toContain('<legend>Choose a demo user</legend>');
    for (const user of DEMO_USERS) {
      expect(html).toContain(`>Sign in as ${user.name.replace("'", '&#39;')}</button>`);
    }
    expect(html).toContain('External Contacts Admin');
    expect(html).toContain('External Contacts Viewer');
    expect(html).toContain('Contact Editor');
    expect(html).toContain('<input type="hidden" name="state" value="abc">');
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('sends a restrictive Content-Security-Policy', async () => {
    app = await startServer();
    const response = await getAuthorize(app, {});
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:5173");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('escapes a hostile state and redirect URI', async () => {
    app = await startServer();
    const hostile = '"><script>alert(1)</script>';
    const response = await getAuthorize(app, {
      state: hostile,
      redirect_uri: `http://localhost:5173/?q=${hostile}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  // [test, sign-in page URL, what the page says]
  it.each([
    [
      'shows an error page, not a redirect, for an unknown client',
      authorizeUrl({ client_id: 'nope' }),
      'No OAuth client',
    ],
    [
      'shows an error page, not a redirect, for an unregistered redirect URI',
      authorizeUrl({ redirect_uri: 'http://evil.example/cb', response_type: 'code' }),
      'is not registered',
    ],
    [
      'shows an error page when redirect_uri is missing',
      '/oauth/authorize?response_type=token&client_id=sandbox-console',
      'The redirect_uri parameter is missing.',
    ],
  ])('%s', async (_name, url, message) => {
    app = await startServer();
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain(message);
  });

  it('accepts an extra exact redirect registered with --console-redirect', async () => {
    app = await startServer({ consoleRedirects: ['https://console.example/cb'] });
    const response = await getAuthorize(app, { redirect_uri: 'https://console.example/cb' });
    expect(response.statusCode).toBe(200);
  });

  it('redirects with unsupported_response_type for response_type=id_token, echoing state', async () => {
    app = await startServer();
    const response = await getAuthorize(app, { response_type: 'id_token', state: 'xyz' });
    expect(response.statusCode).toBe(302);
    const location = locationOf(response) ?? '';
    expect(location.startsWith(`${CONSOLE_REDIRECT}#`)).toBe(true);
    const fragment = fragmentOf(location);
    expect(fragment.get('error')).toBe('unsupported_response_type');
    expect(fragment.get('error_description')).toBeTruthy();
    expect(fragment.get('state')).toBe('xyz');
  });

  it('leaves state out of an error redirect when none was sent', async () => {
    app = await startServer();
    const response = await getAuthorize(app, { response_type: 'id_token' });
    expect(fragmentOf(locationOf(response)).has('state')).toBe(false);
  });

  it('redirects with unauthorized_client for a client-credentials client', async () => {
    app = await startServer();
    const response = await getAuthorize(app, { client_id: 'sandbox-client', state: 's' });
    expect(response.statusCode).toBe(302);
    expect(fragmentOf(locationOf(response)).get('error')).toBe('unauthorized_client');
  });
});

describe('POST /oauth/authorize', () => {
  it('signs in, sets the session cookie and redirects with a bearer token', async () => {
    app = await startServer({ tokenTtlSeconds: 3600 });
    const response = await postSignInForm(app, { state: 'a b&c', user_id: USER_IDS.alexAdmin });
    expect(response.statusCode).toBe(302);
    const location = locationOf(response) ?? '';
    expect(location).toContain('state=a%20b%26c');
    const fragment = fragmentOf(location);
    expect(fragment.get('access_token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('token_type')).toBe('bearer');
    expect(fragment.get('state')).toBe('a b&c');
    expect(response.headers['cache-control']).toBe('no-store');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^sandbox_session=[A-Za-z0-9_-]+; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');

    const me = await getAs(app, fragment.get('access_token') ?? '', '/api/v2/users/me');
    expect(me.json()).toMatchObject({ id: USER_IDS.alexAdmin, name: 'Alex Admin' });
  });

  it('re-shows the page with an error for an unknown user', async () => {
    app = await startServer();
    const response = await postSignInForm(app, { user_id: 'no-such-user' });
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain('role="alert"');
    expect(response.body).toContain('Sign in as Alex Admin');
  });

  it('re-validates the redirect URI', async () => {
    app = await startServer();
    const response = await postSignInForm(app, {
      redirect_uri: 'http://evil.example/cb',
      user_id: USER_IDS.alexAdmin,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });
});

describe('single sign-on with the session cookie', () => {
  it('redirects straight back with a new token when a session exists', async () => {
    app = await startServer();
    const first = await signIn(app, USER_IDS.rileyReader);
    const response = await getAuthorize(app, { state: 'again' }, { cookie: first.cookie });
    expect(response.statusCode).toBe(302);
    const fragment = fragmentOf(locationOf(response));
    expect(fragment.get('state')).toBe('again');
    const token = fragment.get('access_token') ?? '';
    expect(token).not.toBe(first.token);
    const me = await getAs(app, token, '/api/v2/users/me');
    expect(me.json()).toMatchObject({ id: USER_IDS.rileyReader });
  });

  it('shows the page despite the session when prompt=login', async () => {
    app = await startServer();
    const first = await signIn(app, USER_IDS.rileyReader);
    const response = await getAuthorize(app, { prompt: 'login' }, { cookie: first.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Sign in as Riley Reader');
  });

  it('ignores an unknown session cookie', async () => {
    app = await startServer();
    const response = await getAuthorize(app, {}, { cookie: 'sandbox_session=forged' });
    expect(response.statusCode).toBe(200);
  });

  it('signing in again replaces the previous session', async () => {
    app = await startServer();
    const first = await signIn(app, USER_IDS.rileyReader);
    const second = await postSignInForm(
      app,
      { user_id: USER_IDS.caseyCurator },
      { cookie: first.cookie },
    );
    expect(sessionCookieOf(second)).not.toBe(first.cookie);
    const old = await getAs(app, first.token, '/api/v2/users/me');
    expect(old.statusCode).toBe(401);
  });
});
