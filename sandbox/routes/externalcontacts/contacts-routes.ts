import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactSortField } from '../../db/contacts-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { contactNotFound } from '../../domain/contact-service.ts';
import { parseSortOrder } from '../../domain/entity-sort.ts';
import { CONTACT_EXPANDS, parseExpand } from '../../domain/entity-views.ts';
import { pageListing, pageOffset } from '../../domain/paging.ts';
import { ftsQuery } from '../../domain/search-text.ts';
import { parseDivisionIds, parseSearchPaging } from '../../domain/search-paging.ts';
import { asQueryRecord, listParam, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import {
  CONTACT_ADD,
  CONTACT_DELETE,
  CONTACT_EDIT,
  CONTACT_EDIT_ONLY,
  CONTACT_VIEW,
  CONTACT_VIEW_ONLY,
  IDENTITY_PROMOTE,
} from './contacts-permissions.ts';

type IdParams = { Params: { contactId: string } };

const CONTACT_SORT_FIELDS: readonly ContactSortField[] = [
  'firstName',
  'lastName',
  'middleName',
  'title',
];

export function contactExpand(query: QueryRecord) {
  return parseExpand(listParam(query, 'expand'), CONTACT_EXPANDS);
}

/** The contact listing of GET /contacts and GET /organizations/{id}/contacts. */
export function searchContacts(
  service: ContactService,
  query: QueryRecord,
  basePath: string,
  organizationId: string | null,
) {
  const paging = parseSearchPaging(query);
  const sort = parseSortOrder(singleParam(query, 'sortOrder'), CONTACT_SORT_FIELDS, {
    field: 'lastName',
    descending: false,
  });
  const expand = contactExpand(query);
  const divisionIds = parseDivisionIds(query);
  const q = singleParam(query, 'q')?.trim() ?? '';
  const match = q === '' ? null : ftsQuery(q);
  const page =
    q !== '' && match === null
      ? { rows: [], total: 0 }
      : service.contacts.search({
          match,
          divisionIds,
          organizationId,
          sort: sort.field,
          descending: sort.descending,
          offset: pageOffset(paging),
          limit: paging.pageSize,
        });
  const entities = page.rows.map((record) => service.view(record, expand));
  return pageListing(entities, page.total, paging, basePath, query);
}

/** Contacts CRUD, PATCH, unresolved fetch and promotion. */
export function registerContactRoutes(app: FastifyInstance, service: ContactService): void {
  const base = '/externalcontacts/contacts';

  app.get(base, { preHandler: requireAnyPermission(...CONTACT_VIEW) }, async (request) =>
    searchContacts(service, asQueryRecord(request.query), `/api/v2${base}`, null),
  );

  app.post(base, { preHandler: requireAnyPermission(...CONTACT_ADD) }, async (request) => {
    const record = service.create(request.body);
    return service.view(record, new Set(), { withDivisionName: true });
  });

  app.get<IdParams>(
    `${base}/:contactId`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW) },
    async (request) => {
      const expand = contactExpand(asQueryRecord(request.query));
      return service.view(service.requireResolved(request.params.contactId), expand);
    },
  );

  app.put<IdParams>(
    `${base}/:contactId`,
    { preHandler: requireAnyPermission(...CONTACT_EDIT) },
    async (request) => {
      const record = service.replace(request.params.contactId, request.body);
      return service.view(record, new Set(), { withDivisionName: true });
    },
  );

  app.patch<IdParams>(
    `${base}/:contactId`,
    { preHandler: requireAnyPermission(...CONTACT_EDIT_ONLY) },
    async (request) => {
      const record = service.patch(request.params.contactId, request.body);
      return service.view(record, new Set(), { withDivisionName: true });
    },
  );

  app.delete<IdParams>(
    `${base}/:contactId`,
    { preHandler: requireAnyPermission(...CONTACT_DELETE) },
    async (request) => {
      service.remove(request.params.contactId);
      return {};
    },
  );

  app.get<IdParams>(
    `${base}/:contactId/unresolved`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    async (request) => {
      const expand = contactExpand(asQueryRecord(request.query));
      const record = service.contacts.find(request.params.contactId);
      if (record === null) throw contactNotFound(request.params.contactId);
      return service.view(record, expand);
    },
  );

  app.post<IdParams>(
    `${base}/:contactId/promotion`,
    { preHandler: requireAnyPermission(...IDENTITY_PROMOTE) },
    async (request) => service.view(service.promote(request.params.contactId), new Set()),
  );
}
