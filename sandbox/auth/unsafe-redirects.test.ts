import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { getAuthorize, postSignInForm, testServer } from '../testing/sandbox-test-kit.ts';
import { USER_IDS } from './demo-identities.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

/** Loopback URIs the URL parser would accept, but that no Location header can carry as sent. */
const UNSAFE_REDIRECTS = [
  ['a line feed', 'http://localhost:5173/\nX:1'],
  ['a carriage return', 'http://localhost:5173/\r\nSet-Cookie:a=b'],
  ['a tab', 'http://localhost:5173/\tcb'],
  ['a NUL', 'http://localhost:5173/cb\u0000'],
  ['a non-ASCII path', 'http://localhost:5173/caf\u00e9'],
  ['a non-ASCII host', 'http://l\u043ecalhost:5173/cb'],
  ['a percent-encoded host', 'http://%6cocalhost:5173/cb'],
  ['a leading space', ' http://localhost:5173/cb'],
] as const;

function expectRefusalPage(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}) {
  expect(response.statusCode).toBe(400);
  expect(response.headers.location).toBeUndefined();
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  expect(response.body).toContain('cannot be used as a redirect');
}

describe('redirect URIs a header cannot carry', () => {
  it.each(UNSAFE_REDIRECTS)('GET /oauth/authorize refuses one with %s', async (_name, uri) => {
    app = await testServer();
    expectRefusalPage(await getAuthorize(app, { redirect_uri: uri }));
  });

  it.each(UNSAFE_REDIRECTS)('POST /oauth/authorize refuses one with %s', async (_name, uri) => {
    app = await testServer();
    expectRefusalPage(
      await postSignInForm(app, { user_id: USER_IDS.alexAdmin, redirect_uri: uri }),
    );
  });

  it.each(UNSAFE_REDIRECTS)('GET /logout refuses one with %s', async (_name, uri) => {
    app = await testServer();
    const query = new URLSearchParams({ client_id: 'sandbox-console', redirect_uri: uri });
    expectRefusalPage(await app.inject({ method: 'GET', url: `/logout?${query.toString()}` }));
  });

  it('still accepts a percent-encoded line feed in the path, which a header carries', async () => {
    app = await testServer();
    const response = await postSignInForm(app, {
      user_id: USER_IDS.alexAdmin,
      redirect_uri: 'http://localhost:5173/%0AX:1',
    });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toMatch(/^http:\/\/localhost:5173\/%0AX:1#access_token=/);
  });
});
