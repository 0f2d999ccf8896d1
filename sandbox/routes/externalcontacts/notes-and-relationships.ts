import type { FastifyInstance } from 'fastify';
import { createContactService } from '../../domain/contact-service.ts';
import { createNoteService } from '../../domain/note-service.ts';
import { createRelationshipService } from '../../domain/relationship-service.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { registerNoteBulkRoutes } from './notes-bulk-routes.ts';
import { registerNoteRoutes } from './notes-routes.ts';
import { registerNoteAndRelationshipScans } from './notes-scan-routes.ts';
import { registerRelationshipBulkRoutes } from './relationships-bulk-routes.ts';
import { registerRelationshipRoutes } from './relationships-routes.ts';

/** Notes on contacts and organizations, relationships, their scans and bulk routes. */
export function registerNoteAndRelationshipRoutes(
  app: FastifyInstance,
  context: SandboxContext,
): void {
  // Its own contact service (cheap: prepared statements only) to resolve merged contact ids.
  const notes = createNoteService(context, createContactService(context));
  const relationships = createRelationshipService(context);
  registerNoteRoutes(app, notes);
  registerRelationshipRoutes(app, relationships);
  registerNoteAndRelationshipScans(app, notes, relationships);
  registerNoteBulkRoutes(app, notes);
  registerRelationshipBulkRoutes(app, relationships);
}
