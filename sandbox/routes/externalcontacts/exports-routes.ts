import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAllPermissions, requireAuth } from '../../auth/guard.ts';
import type { ExportKind } from '../../db/exports-repo.ts';
import { decodeSeqCursor, parsePageSize, seqListing } from '../../domain/export-listing.ts';
import { exportsPath } from '../../domain/export-service.ts';
import type { ExportService } from '../../domain/export-service.ts';
import { MAX_EXPORT_DIVISIONS } from '../../domain/export-request.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, listParam } from '../../http/query-params.ts';

const EC = 'externalContacts';
const CONTACT_VIEW = `${EC}:contact:view`;
const ORG_VIEW = `${EC}:externalOrganization:view`;

/** What each kind needs on top of export:view / export:add (ALL of them, per the reference). */
const ENTITY_VIEW: Record<ExportKind, readonly string[]> = {
  contacts: [CONTACT_VIEW],
  organizations: [ORG_VIEW],
  notes: [CONTACT_VIEW, ORG_VIEW],
  relationships: [ORG_VIEW],
};

/** Not documented for exports; the same limits as the import listings. */
export const EXPORT_PAGE_SIZE = { fallback: 25, max: 100 };

type IdParams = { Params: { exportId: string } };

/** Where the caller reached the sandbox: download URLs must work from the same place. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** GET/POST …/{contacts|organizations|notes|relationships}/exports and GET …/exports/{id}. */
export function registerExportRoutes(
  app: FastifyInstance,
  service: ExportService,
  onCreated: () => void,
): void {
  for (const kind of ['contacts', 'organizations', 'notes', 'relationships'] as const) {
    const path = exportsPath(kind).replace('/api/v2', '');
    const view = requireAllPermissions(`${EC}:export:view`, ...ENTITY_VIEW[kind]);
    const add = requireAllPermissions(`${EC}:export:add`, ...ENTITY_VIEW[kind]);

    app.get(path, { preHandler: view }, async (request) => {
      const query = asQueryRecord(request.query);
      const divisionIds = listParam(query, 'divisionIds');
      if (divisionIds.length > MAX_EXPORT_DIVISIONS) {
        throw invalidField('divisionIds', `divisionIds holds at most ${MAX_EXPORT_DIVISIONS} ids.`);
      }
      const limit = parsePageSize(query, EXPORT_PAGE_SIZE);
      const rows = service.exports.page({
        kind,
        divisionIds,
        beforeSeq: decodeSeqCursor(query),
        limit: limit + 1,
      });
      const origin = requestOrigin(request);
      return seqListing(
        rows,
        limit,
        exportsPath(kind),
        query,
        (row) => service.view(row, origin),
        false,
      );
    });

    app.post(path, { preHandler: add }, async (request, reply) => {
      const auth = requireAuth(request);
      const record = service.create(kind, request.body, auth.user?.id ?? null);
      onCreated();
      return reply.code(201).send(service.view(record, requestOrigin(request)));
    });

    app.get<IdParams>(`${path}/:exportId`, { preHandler: view }, async (request) =>
      service.view(service.require(kind, request.params.exportId), requestOrigin(request)),
    );
  }
}
