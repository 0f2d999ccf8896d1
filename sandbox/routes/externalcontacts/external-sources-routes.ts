import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { cursorListing, decodeCursor, parseScanLimit } from '../../domain/scan-cursor.ts';
import { externalSourceJson } from '../../domain/source-service.ts';
import type { SourceService } from '../../domain/source-service.ts';
import { invalidField } from '../../errors.ts';
import { asQueryRecord, singleParam } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';

const SOURCE_VIEW = [
  'externalContacts:externalSource:view',
  'externalContacts:contact:view',
  'externalContacts:externalOrganization:view',
];
const SOURCE_ADD = ['externalContacts:externalSource:add'];
const SOURCE_EDIT = ['externalContacts:externalSource:edit'];
const SOURCE_DELETE = ['externalContacts:externalSource:delete'];

const PATH = '/externalcontacts/externalsources';
type IdParams = { Params: { externalSourceId: string } };

function parseActive(query: QueryRecord): boolean | null {
  const raw = singleParam(query, 'active');
  if (raw === undefined || raw === '') return null;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw invalidField('active', 'active must be true or false.');
}

/** GET/POST /externalsources and GET/PUT/DELETE /externalsources/{id}. */
export function registerExternalSourceRoutes(app: FastifyInstance, service: SourceService): void {
  app.get(PATH, { preHandler: requireAnyPermission(...SOURCE_VIEW) }, async (request) => {
    const query = asQueryRecord(request.query);
    const limit = parseScanLimit(query);
    const after = decodeCursor(singleParam(query, 'cursor'));
    const name = singleParam(query, 'name')?.trim() ?? '';
    const rows = service.sources.list({
      after,
      namePrefix: name === '' ? null : name,
      active: parseActive(query),
      limit: limit + 1,
    });
    return cursorListing(rows, limit, `/api/v2${PATH}`, query, externalSourceJson);
  });

  app.post(PATH, { preHandler: requireAnyPermission(...SOURCE_ADD) }, async (request) =>
    externalSourceJson(service.create(request.body)),
  );

  app.get<IdParams>(
    `${PATH}/:externalSourceId`,
    { preHandler: requireAnyPermission(...SOURCE_VIEW) },
    async (request) => externalSourceJson(service.requireSource(request.params.externalSourceId)),
  );

  app.put<IdParams>(
    `${PATH}/:externalSourceId`,
    { preHandler: requireAnyPermission(...SOURCE_EDIT) },
    async (request) =>
      externalSourceJson(service.replace(request.params.externalSourceId, request.body)),
  );

  app.delete<IdParams>(
    `${PATH}/:externalSourceId`,
    { preHandler: requireAnyPermission(...SOURCE_DELETE) },
    async (request) => {
      service.remove(request.params.externalSourceId);
      return {};
    },
  );
}
