import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAnyPermission, requireAuth } from '../../auth/guard.ts';
import type { SchemaCreator, SchemaTarget } from '../../db/data-schemas-repo.ts';
import { coretypeJson, coretypeListingJson, findCoreTypeName } from '../../domain/core-types.ts';
import { schemaLimitsJson } from '../../domain/schema-limits.ts';
import { dataSchemaWriteSchema } from '../../domain/schema-request.ts';
import { createSchemaService, schemaNotFound } from '../../domain/schema-service.ts';
import type { SchemaService } from '../../domain/schema-service.ts';
import { dataSchemaJson, dataSchemaListingJson, schemasUri } from '../../domain/schema-views.ts';
import { notFound } from '../../errors.ts';
import { parseBody } from '../../http/parse-body.ts';
import type { SandboxContext } from '../../sandbox-context.ts';

const VIEW = requireAnyPermission('externalContacts:customFields:view');
const ADD = requireAnyPermission('externalContacts:customFields:add');
const EDIT = requireAnyPermission('externalContacts:customFields:edit');

const TARGETS: readonly { target: SchemaTarget; segment: string }[] = [
  { target: 'contact', segment: 'contacts' },
  { target: 'organization', segment: 'organizations' },
];

type SchemaParams = { Params: { schemaId: string } };
type VersionParams = { Params: { schemaId: string; versionId: string } };

/** The caller as `createdBy`: the signed-in user, or the OAuth client on its own. */
function creatorOf(request: FastifyRequest): SchemaCreator {
  const auth = requireAuth(request);
  return auth.user === null
    ? { id: auth.client.id, kind: 'client' }
    : { id: auth.user.id, kind: 'user' };
}

/** Version ids are positive integers; anything else names no version (404, like an unknown one). */
function parseVersionId(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

function registerTarget(
  app: FastifyInstance,
  service: SchemaService,
  target: SchemaTarget,
  segment: string,
): void {
  const base = `/externalcontacts/${segment}/schemas`;
  const uri = schemasUri(target);

  app.get(`${base}/coretypes`, { preHandler: VIEW }, async () => coretypeListingJson(uri));

  app.get<{ Params: { coreTypeName: string } }>(
    `${base}/coretypes/:coreTypeName`,
    { preHandler: VIEW },
    async (request) => {
      const name = findCoreTypeName(request.params.coreTypeName);
      if (name === null) {
        throw notFound(`No core type named ${request.params.coreTypeName} exists.`, [
          { errorCode: 'not.found', entityName: 'coretype' },
        ]);
      }
      return coretypeJson(name, uri);
    },
  );

  app.get(`${base}/limits`, { preHandler: VIEW }, async () => schemaLimitsJson(uri));

  app.get(base, { preHandler: VIEW }, async () =>
    dataSchemaListingJson(service.repo.listCurrent(target), uri),
  );

  app.post(base, { preHandler: ADD }, async (request) => {
    const body = parseBody(dataSchemaWriteSchema, request.body);
    return dataSchemaJson(service.create(target, body, creatorOf(request)));
  });

  app.get<SchemaParams>(`${base}/:schemaId`, { preHandler: VIEW }, async (request) => {
    const record = service.repo.find(target, request.params.schemaId);
    if (record === null) throw schemaNotFound(target, request.params.schemaId);
    return dataSchemaJson(record);
  });

  app.put<SchemaParams>(`${base}/:schemaId`, { preHandler: EDIT }, async (request) => {
    const body = parseBody(dataSchemaWriteSchema, request.body);
    const { schemaId } = request.params;
    return dataSchemaJson(service.update(target, schemaId, body, creatorOf(request)));
  });

  app.get<SchemaParams>(`${base}/:schemaId/versions`, { preHandler: VIEW }, async (request) => {
    const { schemaId } = request.params;
    const versions = service.repo.versions(target, schemaId);
    if (versions.length === 0) throw schemaNotFound(target, schemaId);
    return dataSchemaListingJson(versions, `${uri}/${schemaId}/versions`, true);
  });

  app.get<VersionParams>(
    `${base}/:schemaId/versions/:versionId`,
    { preHandler: VIEW },
    async (request) => {
      const { schemaId, versionId } = request.params;
      const version = parseVersionId(versionId);
      const record = version === null ? null : service.repo.find(target, schemaId, version);
      if (record === null) {
        throw notFound(`The schema ${schemaId} has no version ${versionId}.`, [
          { errorCode: 'not.found', entityId: schemaId, entityName: 'schema' },
        ]);
      }
      return dataSchemaJson(record, true);
    },
  );
}

/** /api/v2/externalcontacts/{contacts,organizations}/schemas: custom-field schemas. */
export function registerDataSchemaRoutes(app: FastifyInstance, context: SandboxContext): void {
  const service = createSchemaService(context.db, context.options.clock);
  for (const { target, segment } of TARGETS) registerTarget(app, service, target, segment);

  // Only contact schemas can be deleted; organizations have no such route (the router's 404).
  app.delete<SchemaParams>(
    '/externalcontacts/contacts/schemas/:schemaId',
    { preHandler: EDIT },
    async (request, reply) => {
      service.remove('contact', request.params.schemaId);
      return reply.code(204).send();
    },
  );
}
