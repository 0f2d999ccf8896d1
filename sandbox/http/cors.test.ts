import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { testServer } from '../testing/sandbox-test-kit.ts';
import { isOriginAllowed } from './cors.ts';

describe('isOriginAllowed', () => {
  it('allows loopback dev servers on any port and the configured extras', () => {
    expect(isOriginAllowed('http://localhost:5173', [])).toBe(true);
    expect(isOriginAllowed('http://127.0.0.1:4173', [])).toBe(true);
    expect(isOriginAllowed('http://localhost', [])).toBe(true);
    expect(isOriginAllowed('https://console.example', ['https://console.example'])).toBe(true);
  });

  it('refuses everything else', () => {
    expect(isOriginAllowed('http://evil.example', [])).toBe(false);
    expect(isOriginAllowed('http://localhost.evil.example', [])).toBe(false);
    expect(isOriginAllowed('https://localhost:5173', [])).toBe(false);
    expect(isOriginAllowed('null', [])).toBe(false);
    expect(isOriginAllowed('http://localhost:5173/path', [])).toBe(false);
  });
});

describe('CORS on the server', () => {
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
  });

  const preflight = (origin: string) =>
    app.inject({
      method: 'OPTIONS',
      url: '/api/v2/users/me',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });

  it('answers a preflight from the Vite dev server', async () => {
    app = await testServer();
    const response = await preflight('http://localhost:5173');
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(response.headers['access-control-allow-methods']).toBe('GET, POST, PUT, PATCH, DELETE');
    expect(response.headers['access-control-allow-headers']).toBe(
      'Authorization, Content-Type, ININ-Correlation-Id',
    );
    expect(response.headers['access-control-max-age']).toBe('600');
    expect(response.headers['access-control-expose-headers']).toBe(
      'ININ-Correlation-Id, Retry-After, inin-ratelimit-count, inin-ratelimit-allowed, inin-ratelimit-reset',
    );
  });

  it('refuses a preflight from an unknown origin with a Genesys body and no CORS headers', async () => {
    app = await testServer();
    const response = await preflight('http://evil.example');
    expect(response.statusCode).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.json()).toMatchObject({ code: 'cors.origin.not.allowed', status: 403 });
  });

  it('allows origins given with --allowed-origin', async () => {
    app = await testServer({ allowedOrigins: ['https://console.example'] });
    const response = await preflight('https://console.example');
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://console.example');
  });

  it('adds CORS headers to ordinary responses (errors included) for allowed origins only', async () => {
    app = await testServer();
    const allowed = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    expect(allowed.statusCode).toBe(401);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v2/users/me',
      headers: { origin: 'http://evil.example' },
    });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});
