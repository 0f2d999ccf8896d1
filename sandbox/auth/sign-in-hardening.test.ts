import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_REDIRECT,
  authorizeUrl,
  getAuthorize,
  locationOf,
  postSignInForm,
  signInPageCsrf,
  testServer,
} from '../testing/sandbox-test-kit.ts';
import { USER_IDS } from './demo-identities.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

describe('CSRF token on the sign-in form', () => {
  it('puts a token in the form and the same one in an HttpOnly, SameSite cookie', async () => {
    app = await testServer();
    const page = await getAuthorize(app, {});
    const token = /name="csrf_token" value="([A-Za-z0-9_-]{43})"/.exec(page.body)?.[1];
    expect(token).toBeDefined();
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain(`sandbox_csrf=${token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    // Another tab on the sign-in page keeps the same token, so neither undoes the other.
    const again = await getAuthorize(app, {}, { cookie: `sandbox_csrf=${token}` });
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain(`value="${token}"`);
  });

  it.each([
    ['no token and no cookie', { csrf_token: '' }, ''],
    ['a token without its cookie', { csrf_token: 'x'.repeat(43) }, ''],
    ['a token that differs from the cookie', { csrf_token: 'x'.repeat(43) }, 'y'.repeat(43)],
  ])('refuses a post with %s: 403, nobody signed in', async (_name, fields, cookieValue) => {
    app = await testServer();
    const response = await postSignInForm(
      app,
      { ...fields, user_id: USER_IDS.alexAdmin },
      cookieValue === '' ? {} : { cookie: `sandbox_csrf=${cookieValue}` },
    );
    expect(response.statusCode).toBe(403);
    expect(response.headers.location).toBeUndefined();
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('sandbox_session');
    expect(response.body).toContain('role="alert"');
    expect(response.body).toContain('was not sent from this page');
    // The page shown again can be used: it carries a fresh token for a fresh cookie.
    expect(response.body).toMatch(/name="csrf_token" value="[A-Za-z0-9_-]{43}"/);
  });

  it('accepts the post the page itself sends', async () => {
    app = await testServer();
    const csrf = await signInPageCsrf(app);
    const response = await postSignInForm(
      app,
      { csrf_token: csrf.token, user_id: USER_IDS.alexAdmin },
      { cookie: csrf.cookie },
    );
    expect(response.statusCode).toBe(302);
    expect(locationOf(response)).toContain('access_token=');
  });
});

describe('--strict-redirects', () => {
  const registered = 'https://console.example/auth/callback';

  it('accepts the exact registered URI only', async () => {
    app = await testServer({ strictRedirects: true, consoleRedirects: [registered] });
    expect((await getAuthorize(app, { redirect_uri: registered })).statusCode).toBe(200);
    for (const uri of [
      CONSOLE_REDIRECT,
      'http://127.0.0.1:5173/auth/callback',
      `${registered}/`,
      `${registered}?x=1`,
      'https://CONSOLE.example/auth/callback',
      'https://console.example/Auth/callback',
    ]) {
      const response = await app.inject({
        method: 'GET',
        url: authorizeUrl({ redirect_uri: uri }),
      });
      expect(response.statusCode, uri).toBe(400);
      expect(response.headers.location).toBeUndefined();
      expect(response.body).toContain('--strict-redirects');
    }
  });

  it('checks the sign-in post and the logout redirect the same way', async () => {
    app = await testServer({ strictRedirects: true, consoleRedirects: [registered] });
    const csrf = 'c'.repeat(43);
    const post = await postSignInForm(
      app,
      { csrf_token: csrf, user_id: USER_IDS.alexAdmin },
      { cookie: `sandbox_csrf=${csrf}` },
    );
    expect(post.statusCode).toBe(400);
    expect(post.headers.location).toBeUndefined();
    const logout = await app.inject({
      method: 'GET',
      url: `/logout?client_id=sandbox-console&redirect_uri=${encodeURIComponent(CONSOLE_REDIRECT)}`,
    });
    expect(logout.statusCode).toBe(400);
    const allowed = await app.inject({
      method: 'GET',
      url: `/logout?client_id=sandbox-console&redirect_uri=${encodeURIComponent(registered)}`,
    });
    expect(allowed.statusCode).toBe(302);
  });

  it('still allows any loopback URI without the flag', async () => {
    app = await testServer({ consoleRedirects: [registered] });
    expect((await getAuthorize(app, {})).statusCode).toBe(200);
  });
});
