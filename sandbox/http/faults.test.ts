import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../config.ts';
import { NO_FAULTS } from '../testing/fault-specs.ts';
import { bearer, clientCredentialsToken, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A sandbox with a probe route under /api/v2 that counts how often its handler really ran. */
async function serverWithProbe(faults: Partial<FaultSpec>) {
  const server = await testServer({ faults: { ...NO_FAULTS, ...faults }, faultsSeed: 1 });
  app = server;
  const applied = { writes: 0 };
  server.post('/api/v2/probe', async (_request, reply) => {
    applied.writes += 1;
    return reply.code(201).header('location', '/api/v2/probe/1').send({ id: 'probe-1' });
  });
  const post = () => server.inject({ method: 'POST', url: '/api/v2/probe', payload: {} });
  return { server, applied, post };
}

describe('fault injection', () => {
  it.each([
    [503, 'service.unavailable'],
    [504, 'request.timeout'],
    [500, 'internal.server.error'],
    [502, 'bad.gateway'],
    [408, 'request.timeout'],
  ])('answers %i with a Genesys body before the handler runs', async (status, code) => {
    const { applied, post } = await serverWithProbe({
      errorRates: [{ status, probability: 1 }],
    });
    const response = await post();
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ status, code, contextId: expect.any(String) });
    expect(applied.writes).toBe(0);
  });

  it('sends 429 too.many.requests with Retry-After 1 in bursts of five', async () => {
    const { applied, post } = await serverWithProbe({ burst429Every: 6 });
    const statuses: number[] = [];
    for (let index = 0; index < 12; index += 1) statuses.push((await post()).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429, 201, 429]);
    expect(applied.writes).toBe(6);
    const refused = await post();
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toMatchObject({
      code: 'too.many.requests',
      message: 'Rate limit exceeded the maximum. Retry the request in [1] seconds',
    });
  });

  it('after-write-503 applies the write, then answers 503', async () => {
    const { applied, post } = await serverWithProbe({ afterWrite503Probability: 1 });
    const response = await post();
    expect(response.statusCode).toBe(503);
    expect(response.headers.location).toBeUndefined();
    expect(response.headers['retry-after']).toBe('1');
    expect(response.json()).toMatchObject({ status: 503, code: 'service.unavailable' });
    expect(applied.writes).toBe(1);
  });

  it('leaves /oauth, unknown paths and unauthenticated requests alone', async () => {
    const server = await testServer({
      faults: { ...NO_FAULTS, errorRates: [{ status: 503, probability: 1 }] },
    });
    app = server;
    expect(await clientCredentialsToken(server)).not.toBe('');
    expect((await server.inject({ method: 'GET', url: '/api/v2/nowhere' })).statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: '/api/v2/tokens/me' })).statusCode).toBe(401);
  });

  it('faults authenticated API calls, and only after the rate limit', async () => {
    const server = await testServer({
      faults: { ...NO_FAULTS, errorRates: [{ status: 503, probability: 1 }] },
      rateLimit: { kind: 'perMinute', requests: 1 },
    });
    app = server;
    const token = await clientCredentialsToken(server);
    const me = () =>
      server.inject({ method: 'GET', url: '/api/v2/tokens/me', headers: bearer(token) });
    expect((await me()).statusCode).toBe(503);
    expect((await me()).statusCode).toBe(429);
  });

  it('adds latency', async () => {
    const { post } = await serverWithProbe({ latency: { minMs: 60, maxMs: 60 } });
    const started = performance.now();
    expect((await post()).statusCode).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('drops the connection without answering and without running the handler', async () => {
    const { server, applied } = await serverWithProbe({ dropProbability: 1 });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    await expect(
      fetch(`http://127.0.0.1:${port}/api/v2/probe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    ).rejects.toThrow();
    // Give a wrongly continued lifecycle the chance to reach the handler before checking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(applied.writes).toBe(0);
  });
});
