import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ORGANIZATION, USER_IDS } from '../auth/demo-identities.ts';
import { clientCredentialsToken, getAs, signIn, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

describe('GET /api/v2/tokens/me', () => {
  it('describes an implicit-grant token', async () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    app = await testServer({ tokenTtlSeconds: 3600, clock: () => now });
    const { token } = await signIn(app, USER_IDS.alexAdmin);
    const response = await getAs(app, token, '/api/v2/tokens/me');
    expect(response.statusCode).toBe(200);
    const org = { id: DEMO_ORGANIZATION.id, name: DEMO_ORGANIZATION.name };
    expect(response.json()).toEqual({
      organization: org,
      homeOrganization: org,
      authorizedScope: [],
      OAuthClient: {
        id: 'sandbox-console',
        name: 'External Contacts Console (sandbox)',
        organization: { id: DEMO_ORGANIZATION.id },
      },
      dateTokenIdles: '2030-01-01T01:00:00.000Z',
    });
  });

  it('works for client-credentials tokens', async () => {
    app = await testServer();
    const response = await getAs(app, await clientCredentialsToken(app), '/api/v2/tokens/me');
    expect(response.json()).toMatchObject({ OAuthClient: { id: 'sandbox-client' } });
  });
});
