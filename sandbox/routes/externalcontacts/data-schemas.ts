import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../sandbox-context.ts';

/** /api/v2/externalcontacts/{contacts,organizations}/schemas: custom-field schemas. */
export function registerDataSchemaRoutes(_app: FastifyInstance, _context: SandboxContext): void {}
