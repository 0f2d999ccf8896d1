import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { OrganizationRecord, OrganizationSortField } from '../../db/organizations-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { ORGANIZATION_EXPANDS, parseExpand } from '../../domain/entity-views.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { CONTACT_VIEW, ORG_CRUD, ORG_EDIT_ONLY } from './contacts-permissions.ts';
import { searchContacts } from './contacts-routes.ts';
import { listEntities } from './entity-listing.ts';
import { registerEntityRoutes } from './entity-routes.ts';

type IdParams = { Params: { organizationId: string } };

const ORGANIZATION_SORT_FIELDS: readonly OrganizationSortField[] = [
  'companyType',
  'industry',
  'name',
];
const MAX_TRUSTOR_IDS = 25;

export function organizationExpand(query: QueryRecord) {
  return parseExpand(listParam(query, 'expand'), ORGANIZATION_EXPANDS);
}

function includeTrustors(query: QueryRecord): boolean {
  const value = singleParam(query, 'includeTrustors');
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalidField('includeTrustors', 'includeTrustors must be true or false.');
}

function searchOrganizations(service: OrganizationService, query: QueryRecord) {
  return listEntities(query, {
    basePath: '/api/v2/externalcontacts/organizations',
    sortFields: ORGANIZATION_SORT_FIELDS,
    defaultSort: 'name',
    expands: ORGANIZATION_EXPANDS,
    viewer: (expand) => {
      const includeTrustor = includeTrustors(query);
      return (record: OrganizationRecord) => service.view(record, expand, { includeTrustor });
    },
    named: () => {
      const trustorIds = listParam(query, 'trustorId');
      if (trustorIds.length > MAX_TRUSTOR_IDS) {
        throw invalidField('trustorId', `trustorId holds at most ${MAX_TRUSTOR_IDS} ids.`);
      }
      // Documented: with trustorId, q is ignored and results follow the requested order.
      if (trustorIds.length === 0) return null;
      return trustorIds.flatMap((id) => service.organizations.byTrustor(id));
    },
    search: (request) => service.organizations.search(request),
  });
}

/** Organizations CRUD, PATCH, their contacts and the trustor link. */
export function registerOrganizationRoutes(
  app: FastifyInstance,
  service: OrganizationService,
  contacts: ContactService,
): void {
  const base = '/externalcontacts/organizations';

  registerEntityRoutes(app, {
    base,
    idParam: 'organizationId',
    permissions: ORG_CRUD,
    service,
    list: (query) => searchOrganizations(service, query),
    read: (id, query) => {
      const record = service.requireOrganization(id);
      return service.view(record, organizationExpand(query), {
        includeTrustor: includeTrustors(query),
      });
    },
  });

  app.get<IdParams>(
    `${base}/:organizationId/contacts`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW) },
    async (request) => {
      const { organizationId } = request.params;
      service.requireOrganization(organizationId);
      const query = asQueryRecord(request.query);
      return searchContacts(
        contacts,
        query,
        `/api/v2${base}/${organizationId}/contacts`,
        organizationId,
      );
    },
  );

  app.put<{ Params: { organizationId: string; trustorId: string } }>(
    `${base}/:organizationId/trustor/:trustorId`,
    { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) },
    async (request) => {
      const record = service.linkTrustor(request.params.organizationId, request.params.trustorId);
      return {
        division: {
          id: record.divisionId,
          selfUri: `/api/v2/authorization/divisions/${record.divisionId}`,
        },
        externalOrganizationId: record.id,
        trustorOrgId: record.trustorId,
        dateCreated: record.trustorLinkedAt,
        externalOrganizationUri: `/api/v2${base}/${record.id}`,
      };
    },
  );

  app.delete<IdParams>(
    `${base}/:organizationId/trustor`,
    { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) },
    async (request, reply) => {
      service.unlinkTrustor(request.params.organizationId);
      return reply.code(204).send();
    },
  );
}
