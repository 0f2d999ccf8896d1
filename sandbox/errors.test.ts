import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../src/models/error-body.ts';
import { bearer, clientCredentialsToken, getAs, testServer } from './testing/sandbox-test-kit.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

describe('Genesys-shaped errors', () => {
  it('answers an unknown route with 404 not.found and a matching correlation id', async () => {
    app = await testServer();
    const response = await app.inject({ method: 'GET', url: '/api/v2/nothing/here' });
    expect(response.statusCode).toBe(404);
    const body = errorBodySchema.parse(response.json());
    expect(body).toMatchObject({
      code: 'not.found',
      status: 404,
      message: 'The requested resource was not found.',
    });
    expect(body.contextId).toMatch(UUID);
    expect(response.headers['inin-correlation-id']).toBe(body.contextId);
  });

  it('echoes a correlation id sent by the caller', async () => {
    app = await testServer();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: { 'ININ-Correlation-Id': 'trace-123' },
    });
    expect(response.headers['inin-correlation-id']).toBe('trace-123');
    expect(response.json()).toMatchObject({ contextId: 'trace-123' });
  });

  it('puts the correlation id on successful responses too', async () => {
    app = await testServer();
    const response = await getAs(app, await clientCredentialsToken(app), '/api/v2/tokens/me');
    expect(response.statusCode).toBe(200);
    expect(response.headers['inin-correlation-id']).toMatch(UUID);
  });

  // Bodies posted to a JSON route: [test, content type, body, status, error code].
  it.each([
    [
      'answers malformed JSON with 400 bad.request',
      'application/json',
      '{"query": [',
      400,
      'bad.request',
    ],
    [
      'answers a text/plain body on a JSON route with 415 unsupported.media.type',
      'text/plain',
      'name=alex',
      415,
      'unsupported.media.type',
    ],
    [
      'refuses form bodies on API routes (forms are for the login pages only)',
      'application/x-www-form-urlencoded',
      'a=b',
      415,
      'unsupported.media.type',
    ],
    [
      'answers an oversized body with 413 payload.too.large',
      'application/json',
      `"${'x'.repeat(10 * 1024 * 1024 + 1)}"`,
      413,
      'payload.too.large',
    ],
  ])('%s', async (_name, contentType, payload, status, code) => {
    app = await testServer();
    const token = await clientCredentialsToken(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v2/users/search',
      headers: { ...bearer(token), 'content-type': contentType },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, status });
  });

  it('hides unexpected failures behind a generic 500 without a stack', async () => {
    app = await testServer();
    app.get('/boom', async () => {
      throw new Error('database password is hunter2');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal.server.error', status: 500 });
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toMatch(/stack|errors\.test\.ts/);
  });
});

describe('Fastify schema validation', () => {
  it('becomes a 400 bad.request naming the fields', async () => {
    app = await testServer();
    app.post(
      '/checked',
      {
        schema: {
          body: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, size: { type: 'integer' } },
          },
        },
      },
      async () => ({ ok: true }),
    );
    const response = await app.inject({
      method: 'POST',
      url: '/checked',
      payload: { size: 'big' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ code: string; details: { fieldName: string }[] }>();
    expect(body.code).toBe('bad.request');
    expect(body.details.map((detail) => detail.fieldName)).toContain('name');
  });
});
