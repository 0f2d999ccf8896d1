import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../auth/guard.ts';
import type { SandboxContext } from '../sandbox-context.ts';

/** GET /tokens/me: what the JS SDK calls to check a stored token before reusing it. */
export function registerTokenRoutes(app: FastifyInstance, context: SandboxContext): void {
  app.get('/tokens/me', async (request) => {
    const auth = requireAuth(request);
    const organization = context.identities.organization();
    const org = { id: organization.id, name: organization.name };
    return {
      organization: org,
      homeOrganization: org,
      // The sandbox's clients are not scope-restricted, so no scopes are listed.
      authorizedScope: [],
      OAuthClient: {
        id: auth.client.id,
        name: auth.client.name,
        organization: { id: organization.id },
      },
      dateTokenIdles: new Date(auth.token.expiresAt).toISOString(),
    };
  });
}
