import type { NoteRow } from '../db/notes-repo.ts';
import type { DivisionRecord, UserRecord } from '../db/identity-records.ts';
import { invalidField } from '../errors.ts';
import { contactUri, divisionRefJson, organizationUri } from './entity-refs.ts';

/** Notes and user references as the API returns them. */

export const NOTE_EXPANDS = ['author', 'externalDataSources', 'division'] as const;
export const CONTACT_NOTE_LIST_EXPANDS = [...NOTE_EXPANDS, 'mergeset'] as const;
export type NoteExpand = (typeof CONTACT_NOTE_LIST_EXPANDS)[number];

export const userUri = (id: string) => `/api/v2/users/${id}`;

export function noteUri(note: Pick<NoteRow, 'entityType' | 'entityId' | 'id'>): string {
  const owner =
    note.entityType === 'contact' ? contactUri(note.entityId) : organizationUri(note.entityId);
  return `${owner}/notes/${note.id}`;
}

export function userRefJson(id: string, user: UserRecord | null, withDetails: boolean) {
  if (!withDetails || user === null) return { id, selfUri: userUri(id) };
  return { id, name: user.name, email: user.email, selfUri: userUri(id) };
}

export interface NoteViewParts {
  author: UserRecord | null;
  division: DivisionRecord | null;
}

export function noteJson(
  note: NoteRow,
  expand: ReadonlySet<NoteExpand>,
  parts: NoteViewParts,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: note.id,
    division: divisionRefJson(note.divisionId, parts.division, expand.has('division')),
    entityId: note.entityId,
    entityType: note.entityType,
    noteText: note.noteText,
    modifyDate: note.modifyDate,
    createDate: note.createDate,
    createdBy: userRefJson(note.createdBy, parts.author, expand.has('author')),
  };
  // The sandbox records no data sources for notes; the expanded list is therefore empty.
  if (expand.has('externalDataSources')) json.externalDataSources = [];
  json.selfUri = noteUri(note);
  return json;
}

/** Refuses a user id that is not a user of the org, naming the field it came from. */
export function requireUser(
  find: (id: string) => UserRecord | null,
  id: string,
  fieldName: string,
): UserRecord {
  const user = find(id);
  if (user === null) throw invalidField(fieldName, `The user ${id} does not exist.`);
  return user;
}
