import { randomUUID } from 'node:crypto';
import { noteWriteSchema } from '../../src/models/note.ts';
import type { NoteWrite } from '../../src/models/note.ts';
import { createNotesRepo } from '../db/notes-repo.ts';
import type { NoteEntityType, NoteRecord, NoteRow } from '../db/notes-repo.ts';
import { createOrganizationsRepo } from '../db/organizations-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { ContactService } from './contact-service.ts';
import { nowIso } from './entity-refs.ts';
import { applyPatch, patchRequestSchema } from './entity-patch.ts';
import { organizationNotFound } from './organization-service.ts';
import { noteJson, requireUser } from './note-views.ts';
import type { NoteExpand } from './note-views.ts';

/**
 * Notes of contacts and organizations. A contact id that was merged away resolves to its
 * canonical contact, and the notes of the whole merge set are reachable through it.
 */

export interface NoteOwner {
  type: NoteEntityType;
  /** The canonical id (contacts) or the organization id. */
  id: string;
  /** Ids whose notes count as this owner's: the contact and its merged-away ancestors. */
  family: readonly string[];
}

export function noteNotFound(id: string) {
  return notFound(`The note ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'note' },
  ]);
}

export function createNoteService(context: SandboxContext, contacts: ContactService) {
  const notes = createNotesRepo(context.db);
  const organizations = createOrganizationsRepo(context.db);
  const now = () => nowIso(context.options.clock);
  const findUser = (id: string) => context.identities.findUser(id);

  function requireOwner(type: NoteEntityType, id: string): NoteOwner {
    if (type === 'contact') {
      const record = contacts.requireResolved(id);
      return { type, id: record.id, family: [record.id, ...(record.mergeSet ?? [])] };
    }
    if (organizations.find(id) === null) throw organizationNotFound(id);
    return { type, id, family: [id] };
  }

  /** The note must belong to the owner (or its merge set): another entity's note is a 404. */
  function requireNote(owner: NoteOwner, noteId: string): NoteRow {
    const note = notes.find(noteId);
    if (note === null || note.entityType !== owner.type || !owner.family.includes(note.entityId)) {
      throw noteNotFound(noteId);
    }
    return note;
  }

  /** createdBy: the body's user, else the caller; client-credentials callers must name one. */
  function authorOf(write: NoteWrite, callerId: string | null, fallback: string | null): string {
    const id = write.createdBy?.id ?? fallback ?? callerId;
    if (id === null) {
      throw invalidField(
        'createdBy',
        'createdBy.id is required when the caller is not a user (client credentials).',
      );
    }
    requireUser(findUser, id, 'createdBy.id');
    return id;
  }

  function prepareCreate(owner: NoteOwner, body: unknown, callerId: string | null): NoteRecord {
    const write = parseBody(noteWriteSchema, body);
    const timestamp = now();
    return {
      id: randomUUID(),
      entityType: owner.type,
      entityId: owner.id,
      noteText: write.noteText,
      createdBy: authorOf(write, callerId, null),
      createDate: timestamp,
      modifyDate: timestamp,
    };
  }

  /** PUT keeps the stored author when the body names none. */
  function prepareReplace(existing: NoteRow, body: unknown): NoteRecord {
    const write = parseBody(noteWriteSchema, body);
    return {
      ...existing,
      noteText: write.noteText,
      createdBy: authorOf(write, null, existing.createdBy),
      modifyDate: now(),
    };
  }

  function reload(id: string): NoteRow {
    const row = notes.find(id);
    if (row === null) throw noteNotFound(id);
    return row;
  }

  const service = {
    notes,
    requireOwner,
    requireNote,
    prepareCreate,
    prepareReplace,
    reload,

    transaction(work: () => void): void {
      context.db.transaction(work)();
    },

    create(owner: NoteOwner, body: unknown, callerId: string | null): NoteRow {
      const record = prepareCreate(owner, body, callerId);
      notes.insert(record);
      return reload(record.id);
    },

    replace(owner: NoteOwner, noteId: string, body: unknown): NoteRow {
      const record = prepareReplace(requireNote(owner, noteId), body);
      notes.update(record);
      return reload(record.id);
    },

    patch(owner: NoteOwner, noteId: string, body: unknown): NoteRow {
      const existing = requireNote(owner, noteId);
      const request = parseBody(patchRequestSchema, body);
      const form = { noteText: existing.noteText, createdBy: { id: existing.createdBy } };
      notes.update(prepareReplace(existing, applyPatch(form, request)));
      return reload(existing.id);
    },

    remove(owner: NoteOwner, noteId: string): void {
      notes.remove(requireNote(owner, noteId).id);
    },

    list(
      owner: NoteOwner,
      withMergeSet: boolean,
      descending: boolean,
      offset: number,
      limit: number,
    ) {
      return notes.page({
        entityType: owner.type,
        entityIds: withMergeSet ? owner.family : [owner.id],
        descending,
        offset,
        limit,
      });
    },

    view(note: NoteRow, expand: ReadonlySet<NoteExpand>): Record<string, unknown> {
      return noteJson(note, expand, {
        author: expand.has('author') ? findUser(note.createdBy) : null,
        division: expand.has('division') ? context.identities.findDivision(note.divisionId) : null,
      });
    },
  };
  return service;
}

export type NoteService = ReturnType<typeof createNoteService>;
