import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { asQueryRecord } from '../../http/query-params.ts';
import type { QueryRecord } from '../../http/query-params.ts';

export interface EntityPermissions {
  view: readonly string[];
  add: readonly string[];
  edit: readonly string[];
  /** PATCH: endpoints.md lists only the externalContacts permission, not the relate one. */
  editOnly: readonly string[];
  delete: readonly string[];
}

/** The writes of a contact or organization service the shared routes call. */
export interface EntityService<TRecord> {
  create(body: unknown): TRecord;
  replace(id: string, body: unknown): TRecord;
  patch(id: string, body: unknown): TRecord;
  remove(id: string): void;
  view(
    record: TRecord,
    expand: ReadonlySet<never>,
    options: { withDivisionName: true },
  ): Record<string, unknown>;
}

/** The collection and item routes contacts and organizations share; the rest stays per entity. */
export interface EntityRouteModule<TRecord> {
  /** Below /api/v2, e.g. /externalcontacts/contacts. */
  base: string;
  /** The name of the id in item paths, e.g. contactId. */
  idParam: string;
  permissions: EntityPermissions;
  service: EntityService<TRecord>;
  list(query: QueryRecord): unknown;
  read(id: string, query: QueryRecord): Record<string, unknown>;
}

type ItemRequest = { Params: Record<string, string | undefined> };

/** GET and POST on the collection; GET, PUT, PATCH and DELETE on an item. */
export function registerEntityRoutes<TRecord>(
  app: FastifyInstance,
  module: EntityRouteModule<TRecord>,
): void {
  const { base, permissions, service } = module;
  // A write answers with the record as stored, its division named.
  const written = (record: TRecord) => service.view(record, new Set(), { withDivisionName: true });
  const item = `${base}/:${module.idParam}`;
  // The route pattern always names the id, so it is never missing here.
  const idOf = (params: ItemRequest['Params']) => params[module.idParam] ?? '';

  app.get(base, { preHandler: requireAnyPermission(...permissions.view) }, async (request) =>
    module.list(asQueryRecord(request.query)),
  );

  app.post(base, { preHandler: requireAnyPermission(...permissions.add) }, async (request) =>
    written(service.create(request.body)),
  );

  app.get<ItemRequest>(
    item,
    { preHandler: requireAnyPermission(...permissions.view) },
    async (request) => module.read(idOf(request.params), asQueryRecord(request.query)),
  );

  app.put<ItemRequest>(
    item,
    { preHandler: requireAnyPermission(...permissions.edit) },
    async (request) => written(service.replace(idOf(request.params), request.body)),
  );

  app.patch<ItemRequest>(
    item,
    { preHandler: requireAnyPermission(...permissions.editOnly) },
    async (request) => written(service.patch(idOf(request.params), request.body)),
  );

  app.delete<ItemRequest>(
    item,
    { preHandler: requireAnyPermission(...permissions.delete) },
    async (request) => {
      service.remove(idOf(request.params));
      return {};
    },
  );
}
