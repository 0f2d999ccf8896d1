import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import type { ContactRecord } from '../../db/contacts-repo.ts';
import type { OrganizationRecord } from '../../db/organizations-repo.ts';
import {
  bulkEntities,
  bulkFailure,
  bulkResponse,
  bulkSuccess,
  idOfItem,
} from '../../domain/bulk-results.ts';
import type { BulkResult } from '../../domain/bulk-results.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import { contactNotFound } from '../../domain/contact-service.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { organizationNotFound } from '../../domain/organization-service.ts';
import { invalidField } from '../../errors.ts';
import {
  CONTACT_ADD_ONLY,
  CONTACT_DELETE_ONLY,
  CONTACT_EDIT_ONLY,
  CONTACT_SEARCH,
  CONTACT_VIEW_ONLY,
  ORG_ADD_ONLY,
  ORG_DELETE_ONLY,
  ORG_EDIT_ONLY,
  ORG_SEARCH,
  ORG_VIEW_ONLY,
} from './contacts-permissions.ts';

function requireItemId(item: unknown): string {
  const id = idOfItem(item);
  if (id === null) throw invalidField('id', 'Each entity needs an id.');
  return id;
}

/**
 * Runs `work` for each item inside one transaction; each item runs in its own savepoint (a
 * nested better-sqlite3 transaction), so a failing item leaves the others committed.
 */
function eachItem(
  contacts: ContactService,
  items: readonly unknown[],
  work: (item: unknown) => BulkResult,
): BulkResult[] {
  const results: BulkResult[] = [];
  contacts.transaction(() => {
    for (const item of items) {
      try {
        let result: BulkResult | undefined;
        contacts.transaction(() => {
          result = work(item);
        });
        if (result !== undefined) results.push(result);
      } catch (error) {
        results.push(bulkFailure(idOfItem(item), error, item));
      }
    }
  });
  return results;
}

/** Bulk fetch/add/update/remove of contacts and organizations. */
export function registerBulkRoutes(
  app: FastifyInstance,
  contacts: ContactService,
  organizations: OrganizationService,
): void {
  const c = '/externalcontacts/bulk/contacts';
  const o = '/externalcontacts/bulk/organizations';
  const none = new Set<never>();

  const fetchContacts = (resolve: boolean) => async (request: { body: unknown }) => {
    const items = bulkEntities(request.body);
    return bulkResponse(
      eachItem(contacts, items, (item) => {
        const id = requireItemId(item);
        const record: ContactRecord | null = resolve
          ? contacts.findResolved(id)
          : contacts.contacts.find(id);
        if (record === null) throw contactNotFound(id);
        return bulkSuccess(id, contacts.view(record, none));
      }),
    );
  };
  app.post(c, { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) }, fetchContacts(true));
  app.post(
    `${c}/divisionviews`,
    { preHandler: requireAnyPermission(...CONTACT_SEARCH) },
    fetchContacts(true),
  );
  app.post(
    `${c}/unresolved`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    fetchContacts(false),
  );
  app.post(`${c}/add`, { preHandler: requireAnyPermission(...CONTACT_ADD_ONLY) }, async (request) =>
    bulkResponse(
      eachItem(contacts, bulkEntities(request.body), (item) => {
        const record = contacts.prepareCreate(item);
        contacts.store(record, true);
        return bulkSuccess(record.id, contacts.view(record, none, { withDivisionName: true }));
      }),
    ),
  );
  app.post(
    `${c}/update`,
    { preHandler: requireAnyPermission(...CONTACT_EDIT_ONLY) },
    async (request) =>
      bulkResponse(
        eachItem(contacts, bulkEntities(request.body), (item) => {
          const existing = contacts.requireResolved(requireItemId(item));
          const record = contacts.prepareReplace(existing, item);
          contacts.store(record, false);
          return bulkSuccess(record.id, contacts.view(record, none, { withDivisionName: true }));
        }),
      ),
  );
  app.post(
    `${c}/remove`,
    { preHandler: requireAnyPermission(...CONTACT_DELETE_ONLY) },
    async (request) =>
      bulkResponse(
        eachItem(contacts, bulkEntities(request.body), (item) => {
          const id = requireItemId(item);
          const record = contacts.requireResolved(id);
          for (const ancestor of record.mergeSet ?? []) contacts.contacts.remove(ancestor);
          contacts.contacts.remove(record.id);
          return bulkSuccess(id, undefined);
        }),
      ),
  );

  const fetchOrganizations = async (request: { body: unknown }) =>
    bulkResponse(
      eachItem(contacts, bulkEntities(request.body), (item) => {
        const id = requireItemId(item);
        const record: OrganizationRecord | null = organizations.organizations.find(id);
        if (record === null) throw organizationNotFound(id);
        return bulkSuccess(id, organizations.view(record, none));
      }),
    );
  app.post(o, { preHandler: requireAnyPermission(...ORG_VIEW_ONLY) }, fetchOrganizations);
  app.post(
    `${o}/divisionviews`,
    { preHandler: requireAnyPermission(...ORG_SEARCH) },
    fetchOrganizations,
  );
  app.post(`${o}/add`, { preHandler: requireAnyPermission(...ORG_ADD_ONLY) }, async (request) =>
    bulkResponse(
      eachItem(contacts, bulkEntities(request.body), (item) => {
        const record = organizations.prepareCreate(item);
        organizations.store(record, true);
        return bulkSuccess(record.id, organizations.view(record, none, { withDivisionName: true }));
      }),
    ),
  );
  app.post(`${o}/update`, { preHandler: requireAnyPermission(...ORG_EDIT_ONLY) }, async (request) =>
    bulkResponse(
      eachItem(contacts, bulkEntities(request.body), (item) => {
        const existing = organizations.requireOrganization(requireItemId(item));
        const record = organizations.prepareReplace(existing, item);
        organizations.storeReplaced(existing, record);
        return bulkSuccess(record.id, organizations.view(record, none, { withDivisionName: true }));
      }),
    ),
  );
  app.post(
    `${o}/remove`,
    { preHandler: requireAnyPermission(...ORG_DELETE_ONLY) },
    async (request) =>
      bulkResponse(
        eachItem(contacts, bulkEntities(request.body), (item) => {
          const id = requireItemId(item);
          organizations.requireOrganization(id);
          contacts.reindexOrganizationContacts(id, true);
          organizations.organizations.remove(id);
          return bulkSuccess(id, undefined);
        }),
      ),
  );
}
