import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { ORG_TRUSTOR_VIEW } from '../../auth/permissions.ts';
import { createTrustorService, trustorJson } from '../../domain/trustors.ts';
import { asQueryRecord } from '../../http/query-params.ts';
import type { SandboxContext } from '../../sandbox-context.ts';

/**
 * The two org-authorization reads an External Contacts client needs to find a trustor to link
 * an external organization to (getOrgauthorizationTrustors, getOrgauthorizationTrustor).
 */
export function registerTrustorRoutes(app: FastifyInstance, context: SandboxContext): void {
  const trustors = createTrustorService(context.db);
  const canView = { preHandler: requireAnyPermission(ORG_TRUSTOR_VIEW) };

  app.get('/orgauthorization/trustors', canView, async (request) =>
    trustors.list(asQueryRecord(request.query)),
  );

  app.get<{ Params: { trustorOrgId: string } }>(
    '/orgauthorization/trustors/:trustorOrgId',
    canView,
    async (request) => trustorJson(trustors.require(request.params.trustorOrgId)),
  );
}
