import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { createOnce } from '@/api/create-once';
import { useApiWrite } from '@/app/use-api-write';
import { useMe } from '@/auth/me-query';
import {
  ownerPath,
  type CursorNoteListing,
  type Note,
  type NoteListing,
  type NoteOwner,
} from './note-model';
import type { NoteListParams } from './search-params';

/** Every note query key, widest first, so a write invalidates exactly what it changed. */
export const noteKeys = {
  all: resourceKeys('notes').all,
  owner: (owner: NoteOwner) => [...noteKeys.all, owner.type, owner.id] as const,
  list: (owner: NoteOwner, params: NoteListParams) =>
    [...noteKeys.owner(owner), 'list', params] as const,
  scan: () => [...noteKeys.all, 'scan'] as const,
  /** The names of the records a page of scanned notes belongs to. */
  recordNames: (contactIds: readonly string[], organizationIds: readonly string[]) =>
    [...noteKeys.all, 'record-names', contactIds, organizationIds] as const,
};

export function noteListQueryOptions(api: ApiClient, owner: NoteOwner, params: NoteListParams) {
  return queryOptions({
    queryKey: noteKeys.list(owner, params),
    queryFn: ({ signal }) =>
      api<NoteListing>(ownerPath(owner), {
        query: {
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
          sortOrder: params.sortOrder,
          // author gives names to show; mergeset (contacts only) adds the ancestors' notes.
          expand: params.mergeset ? ['author', 'mergeset'] : ['author'],
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Scan pages: `limit` 10–200; the largest page means fewest round trips for a long scroll. */
export const NOTE_SCAN_LIMIT = 200;

export function fetchNoteScanPage(api: ApiClient, cursor: string | undefined, signal: AbortSignal) {
  return api<CursorNoteListing>('/externalcontacts/scan/notes', {
    query: { limit: NOTE_SCAN_LIMIT, cursor },
    signal,
  });
}

function invalidateOwnerNotes(queryClient: QueryClient, owner: NoteOwner): void {
  void queryClient.invalidateQueries({ queryKey: noteKeys.owner(owner) });
  void queryClient.invalidateQueries({ queryKey: noteKeys.scan() });
}

/** The newest notes of `owner` written by `userId` with exactly this text since `since`. */
async function findStoredNote(
  api: ApiClient,
  owner: NoteOwner,
  noteText: string,
  userId: string,
  since: number,
): Promise<Note | undefined> {
  const listing = await api<NoteListing>(ownerPath(owner), {
    query: { sortOrder: 'createDate:desc', pageSize: 50 },
  });
  return listing.entities?.find(
    (note) =>
      note.noteText === noteText &&
      note.createdBy?.id === userId &&
      note.createDate !== undefined &&
      Date.parse(note.createDate) >= since,
  );
}

export function useCreateNote(owner: NoteOwner) {
  const me = useMe();
  // A note add that failed uncertainly (late 503, dropped connection) is looked for before it
  // is sent again: adding it twice is the one thing a retry must never do.
  return useApiWrite(
    (api, noteText: string) =>
      createOnce(
        `note:${owner.type}:${owner.id}:${noteText}`,
        () => api<Note>(ownerPath(owner), { method: 'POST', body: { noteText } }),
        (since) => findStoredNote(api, owner, noteText, me.id, since),
      ),
    (queryClient) => invalidateOwnerNotes(queryClient, owner),
  );
}

/**
 * Notes are changed under the record whose list shows them: the API accepts a merged ancestor's
 * note under its canonical contact (the merge set is one family).
 */
export function useUpdateNote(listOwner: NoteOwner) {
  return useApiWrite(
    (api, { note, noteText }: { note: Note; noteText: string }) =>
      api<Note>(`${ownerPath(listOwner)}/${encodeURIComponent(note.id)}`, {
        method: 'PUT',
        body: { noteText },
      }),
    (queryClient) => invalidateOwnerNotes(queryClient, listOwner),
  );
}

export function useDeleteNote(listOwner: NoteOwner) {
  return useApiWrite(
    (api, note: Note) =>
      api<unknown>(`${ownerPath(listOwner)}/${encodeURIComponent(note.id)}`, { method: 'DELETE' }),
    (queryClient) => invalidateOwnerNotes(queryClient, listOwner),
  );
}
