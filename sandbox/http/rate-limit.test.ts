import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, clientCredentialsToken, getAs, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function movableClock(start = 1_700_000_000_000) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate limiting', () => {
  it('answers 429 too.many.requests with Retry-After once a token is over its limit', async () => {
    const time = movableClock();
    app = await testServer({ rateLimit: { kind: 'perMinute', requests: 3 }, clock: time.clock });
    const token = await clientCredentialsToken(app);
    const get = () =>
      app!.inject({
        method: 'GET',
        url: '/api/v2/tokens/me',
        headers: { ...bearer(token), origin: 'http://localhost:5173' },
      });

    for (let count = 1; count <= 3; count += 1) {
      const ok = await get();
      expect(ok.statusCode).toBe(200);
      expect(ok.headers).toMatchObject({
        'inin-ratelimit-count': String(count),
        'inin-ratelimit-allowed': '3',
        'inin-ratelimit-reset': '60',
      });
    }
    time.advance(20_000);
    const refused = await get();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('40');
    expect(refused.headers['inin-ratelimit-count']).toBe('3');
    expect(String(refused.headers['access-control-expose-headers'])).toContain('Retry-After');
    expect(refused.json()).toMatchObject({
      status: 429,
      code: 'too.many.requests',
      message: 'Rate limit exceeded the maximum. Retry the request in [40] seconds',
      messageParams: { retryAfter: '40' },
      contextId: refused.headers['inin-correlation-id'],
    });

    time.advance(40_000);
    expect((await get()).statusCode).toBe(200);
  });

  it('limits each token on its own and leaves /oauth and unauthenticated calls alone', async () => {
    app = await testServer({ rateLimit: { kind: 'perMinute', requests: 1 } });
    const first = await clientCredentialsToken(app);
    const second = await clientCredentialsToken(app);
    const me = (token: string) => getAs(app!, token, '/api/v2/tokens/me');
    expect((await me(first)).statusCode).toBe(200);
    expect((await me(first)).statusCode).toBe(429);
    expect((await me(second)).statusCode).toBe(200);

    const anonymous = await app.inject({ method: 'GET', url: '/api/v2/tokens/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['inin-ratelimit-count']).toBeUndefined();
  });

  it('is on by default at 300 per minute and can be switched off', async () => {
    app = await testServer();
    const response = await getAs(app, await clientCredentialsToken(app), '/api/v2/tokens/me');
    expect(response.headers['inin-ratelimit-allowed']).toBe('300');
    await app.close();

    app = await testServer({ rateLimit: { kind: 'off' } });
    const unlimited = await getAs(app, await clientCredentialsToken(app), '/api/v2/tokens/me');
    expect(unlimited.statusCode).toBe(200);
    expect(unlimited.headers['inin-ratelimit-allowed']).toBeUndefined();
  });
});
