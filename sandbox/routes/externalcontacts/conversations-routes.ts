import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ConversationLinkService } from '../../domain/source-conversation-link.ts';

const CONVERSATION_ASSOCIATE = [
  'relate:conversation:associate',
  'externalContacts:conversation:associate',
];

type IdParams = { Params: { conversationId: string } };

/** PUT /conversations/{id}: associate or disassociate; 202 with no body either way. */
export function registerConversationRoutes(
  app: FastifyInstance,
  service: ConversationLinkService,
): void {
  app.put<IdParams>(
    '/externalcontacts/conversations/:conversationId',
    { preHandler: requireAnyPermission(...CONVERSATION_ASSOCIATE) },
    async (request, reply) => {
      service.associate(request.params.conversationId, request.body);
      return reply.code(202).send();
    },
  );
}
