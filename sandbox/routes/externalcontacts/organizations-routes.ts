import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { OrganizationRecord, OrganizationSortField } from '../../db/organizations-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { parseSortOrder } from '../../domain/entity-sort.ts';
import { ORGANIZATION_EXPANDS, parseExpand } from '../../domain/entity-views.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { pageListing, pageOffset, slicePage } from '../../domain/paging.ts';
import { parseDivisionIds, parseSearchPaging } from '../../domain/search-paging.ts';
import { ftsQuery } from '../../domain/search-text.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import {
  CONTACT_VIEW,
  ORG_ADD,
  ORG_DELETE,
  ORG_EDIT,
  ORG_EDIT_ONLY,
  ORG_VIEW,
} from './contacts-permissions.ts';
import { searchContacts } from './contacts-routes.ts';

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
  const paging = parseSearchPaging(query);
  const sort = parseSortOrder(singleParam(query, 'sortOrder'), ORGANIZATION_SORT_FIELDS, {
    field: 'name',
    descending: false,
  });
  const expand = organizationExpand(query);
  const withTrustors = includeTrustors(query);
  const divisionIds = parseDivisionIds(query);
  const trustorIds = listParam(query, 'trustorId');
  if (trustorIds.length > MAX_TRUSTOR_IDS) {
    throw invalidField('trustorId', `trustorId holds at most ${MAX_TRUSTOR_IDS} ids.`);
  }
  const basePath = '/api/v2/externalcontacts/organizations';
  const view = (record: OrganizationRecord) =>
    service.view(record, expand, { includeTrustor: withTrustors });
  if (trustorIds.length > 0) {
    // Documented: with trustorId, q is ignored and results follow the requested order.
    const found = trustorIds.flatMap((id) => service.organizations.byTrustor(id));
    return pageListing(slicePage(found, paging).map(view), found.length, paging, basePath, query);
  }
  const q = singleParam(query, 'q')?.trim() ?? '';
  const match = q === '' ? null : ftsQuery(q);
  const page =
    q !== '' && match === null
      ? { rows: [], total: 0 }
      : service.organizations.search({
          match,
          divisionIds,
          sort: sort.field,
          descending: sort.descending,
          offset: pageOffset(paging),
          limit: paging.pageSize,
        });
  return pageListing(page.rows.map(view), page.total, paging, basePath, query);
}

/** Organizations CRUD, PATCH, their contacts and the trustor link. */
export function registerOrganizationRoutes(
  app: FastifyInstance,
  service: OrganizationService,
  contacts: ContactService,
): void {
  const base = '/externalcontacts/organizations';

  app.get(base, { preHandler: requireAnyPermission(...ORG_VIEW) }, async (request) =>
    searchOrganizations(service, asQueryRecord(request.query)),
  );

  app.post(base, { preHandler: requireAnyPermission(...ORG_ADD) }, async (request) =>
    service.view(service.create(request.body), new Set(), { withDivisionName: true }),
  );

  app.get<IdParams>(
    `${base}/:organizationId`,
    { preHandler: requireAnyPermission(...ORG_VIEW) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const record = service.requireOrganization(request.params.organizationId);
      return service.view(record, organizationExpand(query), {
        includeTrustor: includeTrustors(query),
      });
    },
  );

  app.put<IdParams>(
    `${base}/:organizationId`,
    { preHandler: requireAnyPermission(...ORG_EDIT) },
    async (request) =>
      service.view(service.replace(request.params.organizationId, request.body), new Set(), {
        withDivisionName: true,
      }),
  );

  app.patch<IdParams>(
    `${base}/:organizationId`,
    { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) },
    async (request) =>
      service.view(service.patch(request.params.organizationId, request.body), new Set(), {
        withDivisionName: true,
      }),
  );

  app.delete<IdParams>(
    `${base}/:organizationId`,
    { preHandler: requireAnyPermission(...ORG_DELETE) },
    async (request) => {
      service.remove(request.params.organizationId);
      return {};
    },
  );

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
