import type { FastifyInstance } from 'fastify';
import { requireAllPermissions, requireAnyPermission } from '../../auth/guard.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import type { OrganizationService } from '../../domain/organization-service.ts';
import { cursorListing, decodeCursor, parseScanLimit } from '../../domain/scan-cursor.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';
import { CONTACT_VIEW, CONTACT_VIEW_ALL, ORG_VIEW, ORG_VIEW_ALL } from './contacts-permissions.ts';

function divisionFilter(query: QueryRecord, allowed: boolean): string | null {
  const division = allowed ? singleParam(query, 'divisionId') : undefined;
  return division === undefined || division === '' || division === '*' ? null : division;
}

/** Cursor scans of contacts and organizations (merged-away contacts are skipped). */
export function registerScanRoutes(
  app: FastifyInstance,
  contacts: ContactService,
  organizations: OrganizationService,
): void {
  const scanContacts =
    (path: string, byDivision: boolean) => async (request: { query: unknown }) => {
      const query = asQueryRecord(request.query);
      const limit = parseScanLimit(query);
      const after = decodeCursor(singleParam(query, 'cursor'));
      const rows = contacts.contacts.scan(after, divisionFilter(query, byDivision), limit + 1);
      return cursorListing(rows, limit, `/api/v2${path}`, query, (row) =>
        contacts.view(row, new Set()),
      );
    };
  const scanOrganizations =
    (path: string, byDivision: boolean) => async (request: { query: unknown }) => {
      const query = asQueryRecord(request.query);
      const limit = parseScanLimit(query);
      const after = decodeCursor(singleParam(query, 'cursor'));
      const rows = organizations.organizations.scan(
        after,
        divisionFilter(query, byDivision),
        limit + 1,
      );
      return cursorListing(rows, limit, `/api/v2${path}`, query, (row) =>
        organizations.view(row, new Set()),
      );
    };

  const contactsPath = '/externalcontacts/scan/contacts';
  const organizationsPath = '/externalcontacts/scan/organizations';
  app.get(
    contactsPath,
    { preHandler: requireAnyPermission(...CONTACT_VIEW) },
    scanContacts(contactsPath, true),
  );
  app.get(
    `${contactsPath}/divisionviews/all`,
    { preHandler: requireAllPermissions(...CONTACT_VIEW_ALL) },
    scanContacts(`${contactsPath}/divisionviews/all`, false),
  );
  app.get(
    organizationsPath,
    { preHandler: requireAnyPermission(...ORG_VIEW) },
    scanOrganizations(organizationsPath, true),
  );
  app.get(
    `${organizationsPath}/divisionviews/all`,
    { preHandler: requireAllPermissions(...ORG_VIEW_ALL) },
    scanOrganizations(`${organizationsPath}/divisionviews/all`, false),
  );
}
