import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_IDS } from '../auth/demo-identities.ts';
import { bearer, signIn, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  app = await testServer();
  token = (await signIn(app, USER_IDS.alexAdmin)).token;
}, 60_000);

afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: bearer(token) });

describe('the declared query contract', { timeout: 30_000 }, () => {
  // Found by the property test: the handler ignored the value, so any text was taken.
  it('refuses a preserveIdleTTL that is not true or false', async () => {
    const response = await get('/api/v2/tokens/me?preserveIdleTTL=maybe');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'bad.request',
      message: 'preserveIdleTTL must be true or false.',
      details: [{ fieldName: 'preserveIdleTTL' }],
    });
    expect((await get('/api/v2/tokens/me?preserveIdleTTL=true')).statusCode).toBe(200);
  });

  it('keeps repeated and comma-separated list parameters, and ignores unknown ones', async () => {
    const base = '/api/v2/externalcontacts/contacts';
    for (const query of ['expand=division&expand=identifiers', 'expand=division,identifiers']) {
      expect((await get(`${base}?${query}&unknownParam=1`)).statusCode).toBe(200);
    }
  });

  it('names the parameter and its bounds for a bad whole number', async () => {
    const response = await get('/api/v2/externalcontacts/scan/contacts?limit=abc');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      message: 'limit must be a whole number from 10 to 200.',
      details: [{ fieldName: 'limit' }],
    });
  });

  it('checks values only after the permission check', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v2/tokens/me?preserveIdleTTL=maybe',
    });
    expect(response.statusCode).toBe(401);
  });
});
