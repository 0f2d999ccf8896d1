import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactRecord } from '../../db/contacts-repo.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { contactNotFound } from '../../domain/contact-service.ts';
import { CONTACT_EXPANDS, parseExpand } from '../../domain/entity-views.ts';
import { asQueryRecord, listParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { CONTACT_CRUD, CONTACT_VIEW_ONLY, IDENTITY_PROMOTE } from './contacts-permissions.ts';
import { CONTACT_SORT_FIELDS } from '../../../src/models/contact-fields.ts';
import { listEntities } from './entity-listing.ts';
import { registerEntityRoutes } from './entity-routes.ts';

type IdParams = { Params: { contactId: string } };

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
  return listEntities(query, {
    basePath,
    sortFields: CONTACT_SORT_FIELDS,
    defaultSort: 'lastName',
    expands: CONTACT_EXPANDS,
    viewer: (expand) => (record: ContactRecord) => service.view(record, expand),
    search: (request) => service.contacts.search({ ...request, organizationId }),
  });
}

/** Contacts CRUD, PATCH, unresolved fetch and promotion. */
export function registerContactRoutes(app: FastifyInstance, service: ContactService): void {
  const base = '/externalcontacts/contacts';

  registerEntityRoutes(app, {
    base,
    idParam: 'contactId',
    permissions: CONTACT_CRUD,
    service,
    list: (query) => searchContacts(service, query, `/api/v2${base}`, null),
    read: (id, query) => {
      const expand = contactExpand(query);
      return service.view(service.requireResolved(id), expand);
    },
  });

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
