import type { FastifyInstance } from 'fastify';
import { createContactService } from '../../domain/contact-service.ts';
import { createOrganizationService } from '../../domain/organization-service.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { registerContactRoutes } from './contacts-routes.ts';
import { registerOrganizationRoutes } from './organizations-routes.ts';
import { registerScanRoutes } from './scan-routes.ts';
import { registerBulkRoutes } from './bulk-routes.ts';
import { registerMergeRoutes } from './merge-routes.ts';
import { registerIdentifierRoutes } from './identifiers-routes.ts';
import { registerLookupRoutes } from './lookups-routes.ts';
import { registerContactSearchRoutes } from './contact-search-routes.ts';
import { registerEnrichRoutes } from './enrich-routes.ts';

/** /api/v2/externalcontacts: contacts, organizations, identifiers, lookups, merge, bulk, scan. */
export function registerContactAndOrganizationRoutes(
  app: FastifyInstance,
  context: SandboxContext,
): void {
  const contacts = createContactService(context);
  const organizations = createOrganizationService(context, contacts);
  // Before the contact routes so /contacts/merge is never read as a contact id (static wins anyway).
  registerMergeRoutes(app, contacts);
  registerContactRoutes(app, contacts);
  registerOrganizationRoutes(app, organizations, contacts);
  registerScanRoutes(app, contacts, organizations);
  registerIdentifierRoutes(app, contacts, organizations);
  registerLookupRoutes(app, contacts, organizations);
  registerBulkRoutes(app, contacts, organizations);
  registerContactSearchRoutes(app, contacts);
  registerEnrichRoutes(app, contacts, organizations);
}
