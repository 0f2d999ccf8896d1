import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { RelationshipSortField } from '../../db/relationships-repo.ts';
import { parseSortOrder } from '../../domain/entity-sort.ts';
import { parseExpand } from '../../domain/entity-views.ts';
import { pageListing, pageOffset } from '../../domain/paging.ts';
import { RELATIONSHIP_EXPANDS } from '../../domain/relationship-service.ts';
import type { RelationshipService } from '../../domain/relationship-service.ts';
import { parseSearchPaging } from '../../domain/search-paging.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { ORG_EDIT, ORG_EDIT_ONLY, ORG_VIEW } from './contacts-permissions.ts';

type IdParams = { Params: { relationshipId: string } };
type OrganizationParams = { Params: { organizationId: string } };

const SORT_FIELDS: readonly RelationshipSortField[] = ['createDate', 'relationship'];

const expandOf = (query: QueryRecord) =>
  parseExpand(listParam(query, 'expand'), RELATIONSHIP_EXPANDS);

/** Relationship CRUD and the per-organization listing (default order: createDate ascending). */
export function registerRelationshipRoutes(app: FastifyInstance, service: RelationshipService) {
  const base = '/externalcontacts/relationships';
  const none = new Set<never>();

  app.get<OrganizationParams>(
    '/externalcontacts/organizations/:organizationId/relationships',
    { preHandler: requireAnyPermission(...ORG_VIEW) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const paging = parseSearchPaging(query);
      const sort = parseSortOrder(singleParam(query, 'sortOrder'), SORT_FIELDS, {
        field: 'createDate',
        descending: false,
      });
      const expand = expandOf(query);
      const { organizationId } = request.params;
      service.requireOrganization(organizationId);
      const page = service.relationships.page({
        organizationId,
        sort: sort.field,
        descending: sort.descending,
        offset: pageOffset(paging),
        limit: paging.pageSize,
      });
      const entities = page.rows.map((row) => service.view(row, expand));
      const path = `/api/v2/externalcontacts/organizations/${organizationId}/relationships`;
      return pageListing(entities, page.total, paging, path, query);
    },
  );

  app.post(base, { preHandler: requireAnyPermission(...ORG_EDIT) }, async (request) =>
    service.view(service.create(request.body), none),
  );

  const one = `${base}/:relationshipId`;
  app.get<IdParams>(one, { preHandler: requireAnyPermission(...ORG_VIEW) }, async (request) => {
    const expand = expandOf(asQueryRecord(request.query));
    return service.view(service.requireRelationship(request.params.relationshipId), expand);
  });
  app.put<IdParams>(one, { preHandler: requireAnyPermission(...ORG_EDIT) }, async (request) =>
    service.view(service.replace(request.params.relationshipId, request.body), none),
  );
  app.patch<IdParams>(
    one,
    { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) },
    async (request) =>
      service.view(service.patch(request.params.relationshipId, request.body), none),
  );
  app.delete<IdParams>(one, { preHandler: requireAnyPermission(...ORG_EDIT) }, async (request) => {
    service.remove(request.params.relationshipId);
    return {};
  });
}
