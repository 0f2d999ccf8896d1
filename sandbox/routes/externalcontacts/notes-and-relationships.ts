import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../sandbox-context.ts';

/** Notes on contacts and organizations, relationships, their scans and bulk routes. */
export function registerNoteAndRelationshipRoutes(
  _app: FastifyInstance,
  _context: SandboxContext,
): void {}
