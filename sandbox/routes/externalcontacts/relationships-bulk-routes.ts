import type { FastifyInstance } from 'fastify';
import { requireAllPermissions } from '../../auth/guard.ts';
import { bulkEntities, bulkResponse, bulkSuccess } from '../../domain/bulk-results.ts';
import { eachBulkItem, requireItemId } from '../../domain/note-bulk.ts';
import type { RelationshipService } from '../../domain/relationship-service.ts';
import { BULK_ADD, BULK_DELETE, BULK_EDIT, BULK_VIEW } from './notes-bulk-routes.ts';

/** POST /bulk/relationships (fetch), /bulk/relationships/add|update|remove. */
export function registerRelationshipBulkRoutes(
  app: FastifyInstance,
  service: RelationshipService,
): void {
  const base = '/externalcontacts/bulk/relationships';
  const none = new Set<never>();
  const run = (body: unknown, work: Parameters<typeof eachBulkItem>[2]) =>
    bulkResponse(eachBulkItem(service.transaction, bulkEntities(body), work));

  app.post(base, { preHandler: requireAllPermissions(...BULK_VIEW) }, async (request) =>
    run(request.body, (item) => {
      const id = requireItemId(item);
      return bulkSuccess(id, service.view(service.requireRelationship(id), none));
    }),
  );
  app.post(`${base}/add`, { preHandler: requireAllPermissions(...BULK_ADD) }, async (request) =>
    run(request.body, (item) => {
      const record = service.prepareCreate(item);
      service.relationships.insert(record);
      return bulkSuccess(record.id, service.view(service.requireRelationship(record.id), none));
    }),
  );
  app.post(`${base}/update`, { preHandler: requireAllPermissions(...BULK_EDIT) }, async (request) =>
    run(request.body, (item) => {
      const existing = service.requireRelationship(requireItemId(item));
      service.relationships.update(service.prepareReplace(existing, item));
      return bulkSuccess(existing.id, service.view(service.requireRelationship(existing.id), none));
    }),
  );
  app.post(
    `${base}/remove`,
    { preHandler: requireAllPermissions(...BULK_DELETE) },
    async (request) =>
      run(request.body, (item) => {
        const id = requireItemId(item);
        service.remove(id);
        return bulkSuccess(id, undefined);
      }),
  );
}
