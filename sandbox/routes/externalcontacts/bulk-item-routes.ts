import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAllPermissions } from '../../auth/guard.ts';
import { bulkEntities, bulkResponse, bulkSuccess } from '../../domain/bulk-results.ts';
import type { BulkResult } from '../../domain/bulk-results.ts';
import { eachBulkItem, requireItemId } from '../../domain/note-bulk.ts';
import {
  CONTACT_ADD_ONLY,
  CONTACT_DELETE_ONLY,
  CONTACT_EDIT_ONLY,
  CONTACT_VIEW_ONLY,
  ORG_ADD_ONLY,
  ORG_DELETE_ONLY,
  ORG_EDIT_ONLY,
  ORG_VIEW_ONLY,
} from './contacts-permissions.ts';

/** Bulk notes and relationships need the contact AND the organization permission (ALL). */
const BULK_VIEW = [...CONTACT_VIEW_ONLY, ...ORG_VIEW_ONLY];
const BULK_ADD = [...CONTACT_ADD_ONLY, ...ORG_ADD_ONLY];
const BULK_EDIT = [...CONTACT_EDIT_ONLY, ...ORG_EDIT_ONLY];
const BULK_DELETE = [...CONTACT_DELETE_ONLY, ...ORG_DELETE_ONLY];

/** What one kind of record does per item; every write answers with the record as stored. */
export interface BulkItemHandlers {
  transaction(work: () => void): void;
  /** The stored record as the API shows it, or a not-found error. */
  view(id: string): unknown;
  /** Returns a function that stores one new item and answers with its id. */
  adder(request: FastifyRequest): (item: unknown) => string;
  update(id: string, item: unknown): void;
  remove(id: string): void;
}

/** POST {base} (fetch), {base}/add, {base}/update and {base}/remove. */
export function registerBulkItemRoutes(
  app: FastifyInstance,
  base: string,
  handlers: BulkItemHandlers,
): void {
  const run = (body: unknown, work: (item: unknown) => BulkResult) =>
    bulkResponse(eachBulkItem(handlers.transaction, bulkEntities(body), work));
  const answer = (id: string) => bulkSuccess(id, handlers.view(id));

  app.post(base, { preHandler: requireAllPermissions(...BULK_VIEW) }, async (request) =>
    run(request.body, (item) => answer(requireItemId(item))),
  );
  app.post(`${base}/add`, { preHandler: requireAllPermissions(...BULK_ADD) }, async (request) => {
    const add = handlers.adder(request);
    return run(request.body, (item) => answer(add(item)));
  });
  app.post(`${base}/update`, { preHandler: requireAllPermissions(...BULK_EDIT) }, async (request) =>
    run(request.body, (item) => {
      const id = requireItemId(item);
      handlers.update(id, item);
      return answer(id);
    }),
  );
  app.post(
    `${base}/remove`,
    { preHandler: requireAllPermissions(...BULK_DELETE) },
    async (request) =>
      run(request.body, (item) => {
        const id = requireItemId(item);
        handlers.remove(id);
        return bulkSuccess(id, undefined);
      }),
  );
}
