/** The parts of Genesys' Note, NoteListing and CursorNoteListing the console reads (models.json). */

export type NoteEntityType = 'contact' | 'organization';

/** Whose notes: a contact's or an organization's, addressed the way the API paths do. */
export interface NoteOwner {
  type: NoteEntityType;
  id: string;
}

export interface UserRef {
  id: string;
  name?: string;
  email?: string;
  selfUri?: string;
}

export interface Note {
  id: string;
  entityId?: string;
  entityType?: NoteEntityType;
  noteText?: string;
  createDate?: string;
  modifyDate?: string;
  createdBy?: UserRef;
  selfUri?: string;
}

export interface NoteListing {
  entities?: Note[];
  pageNumber?: number;
  pageSize?: number;
  total?: number;
  pageCount?: number;
}

export interface CursorNoteListing {
  entities?: Note[];
  cursors?: { after?: string };
}

export const ownerPath = (owner: NoteOwner): string =>
  `/externalcontacts/${owner.type === 'contact' ? 'contacts' : 'organizations'}/${encodeURIComponent(owner.id)}/notes`;
