import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../../auth/guard.ts';
import { noteNotFound } from '../../domain/note-service.ts';
import type { NoteService } from '../../domain/note-service.ts';
import { invalidField } from '../../errors.ts';
import { registerBulkItemRoutes } from './bulk-item-routes.ts';

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
  const none = new Set<never>();
  const requireNote = (id: string) => {
    const note = service.notes.find(id);
    if (note === null) throw noteNotFound(id);
    return note;
  };
  registerBulkItemRoutes(app, '/externalcontacts/bulk/notes', {
    transaction: service.transaction,
    view: (id) => service.view(requireNote(id), none),
    adder: (request) => {
      const caller = requireAuth(request).user?.id ?? null;
      return (item) => {
        const entity = entityOf(item);
        const owner = service.requireOwner(entity.type, entity.id);
        const record = service.prepareCreate(owner, item, caller);
        service.notes.insert(record);
        return record.id;
      };
    },
    update: (id, item) => service.notes.update(service.prepareReplace(requireNote(id), item)),
    remove: (id) => service.notes.remove(requireNote(id).id),
  });
}
