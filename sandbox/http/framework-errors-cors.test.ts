import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/models/error-body.ts';
import { BODY_LIMIT_BYTES } from '../config.ts';
import { rawExchange } from '../testing/raw-exchange.ts';
import { bearer, clientCredentialsToken, testServer } from '../testing/sandbox-test-kit.ts';

/**
 * A browser page only sees an error body if the reply carries its CORS headers. Fastify's own
 * errors (bad URL, 404, 413, 415, 431) are answered outside the route hooks, so these check the
 * headers are there too, next to the Genesys body.
 */

const PAGE = 'http://localhost:5173';
const CONTACTS = '/api/v2/externalcontacts/contacts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

function expectReadableGenesysError(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['access-control-allow-origin']).toBe(PAGE);
  expect(String(response.headers['access-control-expose-headers'])).toContain(
    'ININ-Correlation-Id',
  );
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(body).toMatchObject({ status, code });
  expect(response.headers['inin-correlation-id']).toBe(body.contextId);
}

describe('CORS headers on framework errors', { timeout: 30_000 }, () => {
  it('lets a page read the 400 for a malformed percent-encoding', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'GET',
      url: `${CONTACTS}/%zz`,
      headers: { ...bearer(token), origin: PAGE },
    });
    expectReadableGenesysError(response, 400, 'bad.request');
  });

  it('lets a page read the 404 of an over-long id and of an unknown route', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    for (const url of [`${CONTACTS}/${'a'.repeat(101)}`, '/api/v2/no-such-thing']) {
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { ...bearer(token), origin: PAGE },
      });
      expectReadableGenesysError(response, 404, 'not.found');
    }
  });

  it('lets a page read the 404 for a method the path does not have', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'PATCH',
      url: CONTACTS,
      headers: { ...bearer(token), origin: PAGE },
    });
    expectReadableGenesysError(response, 404, 'not.found');
  });

  it('lets a page read the 413 and the 415', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const tooLarge = await app.inject({
      method: 'POST',
      url: CONTACTS,
      headers: { ...bearer(token), origin: PAGE, 'content-type': 'application/json' },
      payload: `{"firstName":"${'x'.repeat(BODY_LIMIT_BYTES)}"}`,
    });
    expectReadableGenesysError(tooLarge, 413, 'payload.too.large');
    const wrongType = await app.inject({
      method: 'POST',
      url: CONTACTS,
      headers: { ...bearer(token), origin: PAGE, 'content-type': 'text/plain' },
      payload: 'firstName=Ann',
    });
    expectReadableGenesysError(wrongType, 415, 'unsupported.media.type');
  });

  it('lets a page read the 431 for over-large headers, and tells no other origin', async () => {
    app = await testServer();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const big = `X-Big: ${'b'.repeat(70_000)}`;
    const allowed = await rawExchange(
      app,
      `GET ${CONTACTS} HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\n${big}\r\n\r\n`,
    );
    expectReadableGenesysError(allowed, 431, 'request.headers.too.large');
    const stranger = await rawExchange(
      app,
      `GET ${CONTACTS} HTTP/1.1\r\nHost: localhost\r\nOrigin: https://evil.example\r\n${big}\r\n\r\n`,
    );
    expect(stranger.statusCode).toBe(431);
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });
});
