import type { FastifyInstance } from 'fastify';
import { notFound } from '../../errors.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { createConversationView } from './conversation-view.ts';

type IdParams = { Params: { conversationId: string } };

/**
 * GET /api/v2/conversations/{conversationId}: the real Conversations read, for the conversations
 * the sandbox knows (those linked to a contact). Like Genesys, an unknown id is a 404. Any
 * signed-in caller may read (the route sits in the authenticated /api/v2 scope).
 */
export function registerConversationReadRoutes(app: FastifyInstance, context: SandboxContext) {
  const view = createConversationView(context.db);
  app.get<IdParams>('/conversations/:conversationId', async (request) => {
    const conversation = view.find(request.params.conversationId);
    if (conversation === null) {
      throw notFound(`The conversation ${request.params.conversationId} was not found.`, [
        {
          errorCode: 'not.found',
          entityId: request.params.conversationId,
          entityName: 'conversation',
        },
      ]);
    }
    return conversation;
  });
}
