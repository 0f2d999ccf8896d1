import type { NoteOwner } from './note-model';

/**
 * An unsent note survives a reload or a failed save: it is kept in localStorage under the record
 * it belongs to until it is saved or discarded. Storage can be full or switched off (private
 * windows); then drafts simply are not kept, the editor still works.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'ec-console.note-draft';

export const draftKey = (owner: NoteOwner): string => `${PREFIX}.${owner.type}.${owner.id}`;

function defaultStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(owner: NoteOwner, storage = defaultStorage()): string {
  try {
    return storage?.getItem(draftKey(owner)) ?? '';
  } catch {
    return '';
  }
}

/** An empty draft is removed rather than stored, so clearing the box forgets it. */
export function writeDraft(owner: NoteOwner, text: string, storage = defaultStorage()): void {
  try {
    if (text === '') storage?.removeItem(draftKey(owner));
    else storage?.setItem(draftKey(owner), text);
  } catch {
    // Quota exceeded or storage disabled: the draft lives only in the page.
  }
}

export function clearDraft(owner: NoteOwner, storage = defaultStorage()): void {
  writeDraft(owner, '', storage);
}
