import type { FastifyInstance } from 'fastify';
import { requireAllPermissions, requireAuth } from '../../auth/guard.ts';
import { bulkEntities, bulkResponse, bulkSuccess } from '../../domain/bulk-results.ts';
import { eachBulkItem, requireItemId } from '../../domain/note-bulk.ts';
import { noteNotFound } from '../../domain/note-service.ts';
import type { NoteService } from '../../domain/note-service.ts';
import { invalidField } from '../../errors.ts';
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
export const BULK_VIEW = [...CONTACT_VIEW_ONLY, ...ORG_VIEW_ONLY];
export const BULK_ADD = [...CONTACT_ADD_ONLY, ...ORG_ADD_ONLY];
export const BULK_EDIT = [...CONTACT_EDIT_ONLY, ...ORG_EDIT_ONLY];
export const BULK_DELETE = [...CONTACT_DELETE_ONLY, ...ORG_DELETE_ONLY];

function entityOf(item: unknown): { type: 'contact' | 'organization'; id: string } {
  const record = typeof item === 'object' && item !== null ? item : {};
  const type = 'entityType' in record ? record.entityType : undefined;
  const id = 'entityId' in record ? record.entityId : undefined;
  if (type !== 'contact' && type !== 'organization') {
    throw invalidField('entityType', 'Each note needs entityType: contact or organization.');
  }
  if (typeof id !== 'string' || id === '') {
    throw invalidField('entityId', 'Each note needs the entityId of its contact or organization.');
  }
  return { type, id };
}

/** POST /bulk/notes (fetch), /bulk/notes/add|update|remove. */
export function registerNoteBulkRoutes(app: FastifyInstance, service: NoteService): void {
  const base = '/externalcontacts/bulk/notes';
  const none = new Set<never>();
  const run = (body: unknown, work: Parameters<typeof eachBulkItem>[2]) =>
    bulkResponse(eachBulkItem(service.transaction, bulkEntities(body), work));
  const requireNote = (id: string) => {
    const note = service.notes.find(id);
    if (note === null) throw noteNotFound(id);
    return note;
  };

  app.post(base, { preHandler: requireAllPermissions(...BULK_VIEW) }, async (request) =>
    run(request.body, (item) => {
      const id = requireItemId(item);
      return bulkSuccess(id, service.view(requireNote(id), none));
    }),
  );
  app.post(`${base}/add`, { preHandler: requireAllPermissions(...BULK_ADD) }, async (request) => {
    const caller = requireAuth(request).user?.id ?? null;
    return run(request.body, (item) => {
      const entity = entityOf(item);
      const record = service.prepareCreate(
        service.requireOwner(entity.type, entity.id),
        item,
        caller,
      );
      service.notes.insert(record);
      return bulkSuccess(record.id, service.view(service.reload(record.id), none));
    });
  });
  app.post(`${base}/update`, { preHandler: requireAllPermissions(...BULK_EDIT) }, async (request) =>
    run(request.body, (item) => {
      const existing = requireNote(requireItemId(item));
      service.notes.update(service.prepareReplace(existing, item));
      return bulkSuccess(existing.id, service.view(service.reload(existing.id), none));
    }),
  );
  app.post(
    `${base}/remove`,
    { preHandler: requireAllPermissions(...BULK_DELETE) },
    async (request) =>
      run(request.body, (item) => {
        const id = requireItemId(item);
        service.notes.remove(requireNote(id).id);
        return bulkSuccess(id, undefined);
      }),
  );
}
