import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../sandbox-context.ts';

/** External sources, conversation association, journey segments and sessions. */
export function registerSourceConversationJourneyRoutes(
  _app: FastifyInstance,
  _context: SandboxContext,
): void {}
