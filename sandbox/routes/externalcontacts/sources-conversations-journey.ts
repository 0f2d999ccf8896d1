import type { FastifyInstance } from 'fastify';
import { createContactService } from '../../domain/contact-service.ts';
import { nowIso } from '../../domain/entity-refs.ts';
import { createSegmentService } from '../../domain/journey-segments.ts';
import { createSessionService } from '../../domain/journey-sessions.ts';
import { createConversationLinkService } from '../../domain/source-conversation-link.ts';
import { createSourceService } from '../../domain/source-service.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { registerConversationRoutes } from './conversations-routes.ts';
import { registerExternalSourceRoutes } from './external-sources-routes.ts';
import { registerJourneyRoutes } from './journey-routes.ts';

/** External sources, conversation association, journey segments and sessions. */
export function registerSourceConversationJourneyRoutes(
  app: FastifyInstance,
  context: SandboxContext,
): void {
  const { db, options } = context;
  const contacts = createContactService(context);
  registerExternalSourceRoutes(app, createSourceService(db));
  registerConversationRoutes(
    app,
    createConversationLinkService(db, contacts, () => nowIso(options.clock)),
  );
  registerJourneyRoutes(
    app,
    createSegmentService(db, contacts, options.clock),
    createSessionService(db, contacts),
  );
}
