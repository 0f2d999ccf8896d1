import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/models/error-body.ts';
import { rawExchange } from '../testing/raw-exchange.ts';
import { bearer, clientCredentialsToken, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

const CONTACTS = '/api/v2/externalcontacts/contacts';

function expectGenesysError(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  const body = errorBodySchema.parse(JSON.parse(response.body));
  expect(body).toMatchObject({ status, code });
  expect(body.contextId).toBeTruthy();
  expect(response.headers['inin-correlation-id']).toBe(body.contextId);
  expect(response.body).not.toContain('FST_');
}

describe("Fastify's and Node's own errors, Genesys-shaped", () => {
  it('answers a malformed percent-encoding in the path with 400 bad.request', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'GET',
      url: `${CONTACTS}/%zz`,
      headers: bearer(token),
    });
    expectGenesysError(response, 400, 'bad.request');
  });

  it('answers a path parameter over 100 characters like any unknown id: 404 not.found', async () => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'GET',
      url: `${CONTACTS}/${'a'.repeat(101)}`,
      headers: bearer(token),
    });
    expectGenesysError(response, 404, 'not.found');
  });

  it('answers a failed route schema with field names and Genesys error codes', async () => {
    app = await testServer();
    app.post(
      '/schema-check',
      {
        schema: {
          body: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, size: { type: 'integer' } },
          },
        },
      },
      async () => ({}),
    );
    const response = await app.inject({
      method: 'POST',
      url: '/schema-check',
      payload: { size: 'big' },
    });
    const body = errorBodySchema.parse(response.json());
    expect(body).toMatchObject({ status: 400, code: 'bad.request' });
    expect(body.details).toContainEqual({ errorCode: 'missing.property', fieldName: 'name' });
    expect(response.body).not.toMatch(/must have required property|must be/);
  });

  it('answers an over-long URL with 414 uri.too.long', async () => {
    app = await testServer();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await rawExchange(
      app,
      `GET ${CONTACTS}?q=${'a'.repeat(70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    );
    expectGenesysError(response, 414, 'uri.too.long');
  });

  it('answers over-large headers with 431 request.headers.too.large', async () => {
    app = await testServer();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await rawExchange(
      app,
      `GET ${CONTACTS} HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(70_000)}\r\n\r\n`,
    );
    expectGenesysError(response, 431, 'request.headers.too.large');
  });

  it('answers a request Node cannot parse with 400 bad.request', async () => {
    app = await testServer();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await rawExchange(app, 'NOT AN HTTP REQUEST\r\n\r\n');
    expectGenesysError(response, 400, 'bad.request');
  });
});
