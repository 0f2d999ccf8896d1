import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { bulkFailure, bulkResponse, idOfItem } from '../../domain/bulk-results.ts';
import type { BulkResult } from '../../domain/bulk-results.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { MAX_BULK_ENRICH } from '../../domain/enrich-requests.ts';
import { createEnrichService } from '../../domain/enrich-service.ts';
import type { EnrichOutcome } from '../../domain/enrich-service.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';

const CONTACT_ENRICH = ['externalContacts:contact:enrich'];
const ORG_ENRICH = ['externalContacts:externalOrganization:enrich'];

function isDryRun(query: unknown): boolean {
  const value = singleParam(asQueryRecord(query), 'dryRun');
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalidField('dryRun', 'dryRun must be true or false.');
}

function enrichItems(body: unknown): unknown[] {
  const entities =
    typeof body === 'object' && body !== null && 'entities' in body ? body.entities : undefined;
  if (!Array.isArray(entities)) throw invalidField('entities', 'entities must be a list.');
  if (entities.length > MAX_BULK_ENRICH) {
    throw invalidField('entities', `A bulk enrich runs at most ${MAX_BULK_ENRICH} operations.`);
  }
  return entities;
}

/**
 * Each bulk item runs on its own (its own transaction), so one failure leaves the others
 * applied. Results carry the caller's tracker `id`, or the entity id when none was sent.
 */
function runBulk<T extends { id: string }>(
  items: unknown[],
  enrich: (item: unknown) => EnrichOutcome<T>,
  view: (record: T) => unknown,
) {
  const results: BulkResult[] = items.map((item) => {
    const tracker = idOfItem(item);
    try {
      const outcome = enrich(item);
      return {
        id: tracker ?? outcome.record.id,
        success: true,
        status: outcome.created ? 201 : 200,
        entity: view(outcome.record),
      };
    } catch (error) {
      return bulkFailure(tracker, error, item);
    }
  });
  return bulkResponse(results);
}

/** Contact and organization enrich, single and bulk. */
export function registerEnrichRoutes(
  app: FastifyInstance,
  contacts: ContactService,
  organizations: OrganizationService,
): void {
  const enrich = createEnrichService(contacts, organizations);
  const viewContact = (record: Parameters<ContactService['view']>[0]) =>
    contacts.view(record, new Set(), { withDivisionName: true });
  const viewOrganization = (record: Parameters<OrganizationService['view']>[0]) =>
    organizations.view(record, new Set());

  app.post(
    '/externalcontacts/contacts/enrich',
    { preHandler: requireAnyPermission(...CONTACT_ENRICH) },
    async (request, reply) => {
      const outcome = enrich.enrichContact(request.body, isDryRun(request.query));
      return reply.code(outcome.created ? 201 : 200).send(viewContact(outcome.record));
    },
  );

  app.post(
    '/externalcontacts/organizations/enrich',
    { preHandler: requireAnyPermission(...ORG_ENRICH) },
    async (request, reply) => {
      const outcome = enrich.enrichOrganization(request.body, isDryRun(request.query));
      return reply.code(outcome.created ? 201 : 200).send(viewOrganization(outcome.record));
    },
  );

  app.post(
    '/externalcontacts/bulk/contacts/enrich',
    { preHandler: requireAnyPermission(...CONTACT_ENRICH) },
    async (request) => {
      const dryRun = isDryRun(request.query);
      return runBulk(
        enrichItems(request.body),
        (item) => enrich.enrichContact(item, dryRun),
        viewContact,
      );
    },
  );

  app.post(
    '/externalcontacts/bulk/organizations/enrich',
    { preHandler: requireAnyPermission(...ORG_ENRICH) },
    async (request) => {
      const dryRun = isDryRun(request.query);
      return runBulk(
        enrichItems(request.body),
        (item) => enrich.enrichOrganization(item, dryRun),
        viewOrganization,
      );
    },
  );
}
