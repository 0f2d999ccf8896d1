import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { createMergeService } from '../../domain/merge-service.ts';
import { IDENTITY_MERGE } from './contacts-permissions.ts';

/** POST /contacts/merge (2–25 contacts) and the deprecated POST /merge/contacts (a pair). */
export function registerMergeRoutes(app: FastifyInstance, contacts: ContactService): void {
  const merges = createMergeService(contacts);
  app.post(
    '/externalcontacts/contacts/merge',
    { preHandler: requireAnyPermission(...IDENTITY_MERGE) },
    async (request) =>
      contacts.view(merges.mergeContacts(request.body), new Set(), { withDivisionName: true }),
  );
  app.post(
    '/externalcontacts/merge/contacts',
    { preHandler: requireAnyPermission(...IDENTITY_MERGE) },
    async (request) =>
      contacts.view(merges.mergePair(request.body), new Set(), { withDivisionName: true }),
  );
}
