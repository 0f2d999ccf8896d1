import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../sandbox-context.ts';

/** /api/v2/externalcontacts: contacts, organizations, identifiers, lookups, merge, bulk, scan. */
export function registerContactAndOrganizationRoutes(
  _app: FastifyInstance,
  _context: SandboxContext,
): void {}
