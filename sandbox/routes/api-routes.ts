import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { registerAuthentication } from '../auth/guard.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { registerDivisionRoutes } from './divisions.ts';
import { registerTokenRoutes } from './tokens.ts';
import { registerConversationReadRoutes } from './conversations/conversation-routes.ts';
import { registerUserRoutes } from './users.ts';
import { registerContactAndOrganizationRoutes } from './externalcontacts/contacts-and-organizations.ts';
import { registerDataSchemaRoutes } from './externalcontacts/data-schemas.ts';
import { registerNoteAndRelationshipRoutes } from './externalcontacts/notes-and-relationships.ts';
import { registerExportAndImportRoutes } from './externalcontacts/exports-and-imports.ts';
import { registerSourceConversationJourneyRoutes } from './externalcontacts/sources-conversations-journey.ts';
import { registerGraphRoutes } from './externalcontacts/graphs-routes.ts';
import { registerTrustorRoutes } from './orgauthorization/trustor-routes.ts';

/** Everything under /api/v2: one scope, so the bearer check cannot be forgotten on a route. */
export const apiRoutes: FastifyPluginAsync<{ context: SandboxContext }> = async (
  app: FastifyInstance,
  { context },
) => {
  registerAuthentication(app, context);
  registerUserRoutes(app, context);
  registerTokenRoutes(app, context);
  registerDivisionRoutes(app, context);
  registerContactAndOrganizationRoutes(app, context);
  registerDataSchemaRoutes(app, context);
  registerNoteAndRelationshipRoutes(app, context);
  registerSourceConversationJourneyRoutes(app, context);
  registerConversationReadRoutes(app, context);
  registerExportAndImportRoutes(app, context);
  registerGraphRoutes(app, context);
  registerTrustorRoutes(app, context);
};
