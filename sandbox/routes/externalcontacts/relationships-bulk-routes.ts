import type { FastifyInstance } from 'fastify';
import type { RelationshipService } from '../../domain/relationship-service.ts';
import { registerBulkItemRoutes } from './bulk-item-routes.ts';

/** POST /bulk/relationships (fetch), /bulk/relationships/add|update|remove. */
export function registerRelationshipBulkRoutes(
  app: FastifyInstance,
  service: RelationshipService,
): void {
  const none = new Set<never>();
  registerBulkItemRoutes(app, '/externalcontacts/bulk/relationships', {
    transaction: service.transaction,
    view: (id) => service.view(service.requireRelationship(id), none),
    adder: () => (item) => {
      const record = service.prepareCreate(item);
      service.relationships.insert(record);
      return record.id;
    },
    update: (id, item) =>
      service.relationships.update(service.prepareReplace(service.requireRelationship(id), item)),
    remove: (id) => service.remove(id),
  });
}
