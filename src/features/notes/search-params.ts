// zod/mini like the contacts list: tab URL state is read on every navigation.
import * as z from 'zod/mini';

export const NOTE_PAGE_SIZES = [10, 25, 50, 100] as const;
/** Contact notes cap pageSize at 100 and every listing stops at pageNumber × pageSize = 1,000. */
export const NOTES_WINDOW = 1000;
export const NOTE_SORT_ORDERS = ['createDate:desc', 'createDate:asc'] as const;
export type NoteSortOrder = (typeof NOTE_SORT_ORDERS)[number];

/** A notes tab's URL state; each bad value falls back on its own. */
export const notesSearchSchema = z.object({
  pageNumber: z._default(z.catch(z.int().check(z.minimum(1)), 1), 1),
  pageSize: z._default(z.catch(z.literal(NOTE_PAGE_SIZES), 25), 25),
  sortOrder: z._default(z.catch(z.enum(NOTE_SORT_ORDERS), 'createDate:desc'), 'createDate:desc'),
  /** Contacts only: include the notes of the contacts merged into this one. */
  mergeset: z._default(z.catch(z.boolean(), false), false),
});

export type NotesSearch = z.output<typeof notesSearchSchema>;

export interface NoteListParams {
  pageNumber: number;
  pageSize: number;
  sortOrder: NoteSortOrder;
  mergeset: boolean;
}

export function toNoteListParams(search: NotesSearch, isContact: boolean): NoteListParams {
  return {
    pageNumber: Math.min(search.pageNumber, lastNotesPage(search.pageSize, undefined)),
    pageSize: search.pageSize,
    sortOrder: search.sortOrder,
    mergeset: isContact && search.mergeset,
  };
}

export function lastNotesPage(pageSize: number, pageCount: number | undefined): number {
  const windowPages = Math.max(1, Math.floor(NOTES_WINDOW / pageSize));
  return Math.max(1, Math.min(windowPages, pageCount ?? windowPages));
}
