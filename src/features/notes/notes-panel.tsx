import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { CheckboxField } from '@/ui/checkbox-field';
import { InlineSelect } from '@/ui/inline-select';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import { noteListQueryOptions, useCreateNote } from './api';
import { NoteEditor } from './note-editor';
import { clearDraft, readDraft, writeDraft } from './note-draft';
import { NoteItem } from './note-item';
import type { NoteOwner } from './note-model';
import {
  lastNotesPage,
  NOTE_PAGE_SIZES,
  NOTE_SORT_ORDERS,
  toNoteListParams,
  type NotesSearch,
} from './search-params';
import '@/ui/record-panel.css';
import './notes.css';

interface NotesPanelProps {
  owner: NoteOwner;
  search: NotesSearch;
  onSearchChange: (change: Partial<NotesSearch>) => void;
  /** Contacts that are the result of a merge can list the notes of the whole merge set. */
  hasMergeSet: boolean;
}

/** A record's notes: add form, sort, merge-set switch, the timeline and its pages. */
export function NotesPanel({ owner, search, onSearchChange, hasMergeSet }: NotesPanelProps) {
  const { api } = useServices();
  const { can } = usePermissions();
  const canEdit = can(...PERMISSIONS[owner.type].edit);
  const params = toNoteListParams(search, owner.type === 'contact');
  const query = useQuery(noteListQueryOptions(api, owner, params));
  const create = useCreateNote(owner);
  const notes = query.data?.entities ?? [];
  const lastPage = lastNotesPage(params.pageSize, query.data?.pageCount);

  return (
    <section className="record-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      {canEdit ? (
        <NoteEditor
          // A new key per record, so moving to another record starts from that record's draft.
          key={`${owner.type}:${owner.id}`}
          label="New note"
          submitLabel="Add note"
          pendingLabel="Adding…"
          initialText={readDraft(owner)}
          onTextChange={(text) => writeDraft(owner, text)}
          onSave={async (noteText) => {
            await create.mutateAsync(noteText);
            clearDraft(owner);
          }}
          resetOnSave
        />
      ) : (
        <p className="muted">You can read these notes; changing them needs edit permission.</p>
      )}
      <div className="record-panel-toolbar">
        <InlineSelect
          label="Sort by create date"
          value={params.sortOrder}
          onChange={(value) => {
            const sortOrder = NOTE_SORT_ORDERS.find((order) => order === value);
            if (sortOrder) onSearchChange({ sortOrder, pageNumber: 1 });
          }}
        >
          <option value="createDate:desc">Newest first</option>
          <option value="createDate:asc">Oldest first</option>
        </InlineSelect>
        {hasMergeSet ? (
          <CheckboxField
            role="switch"
            label="Include notes of merged records"
            checked={params.mergeset}
            onChange={(event) => onSearchChange({ mergeset: event.target.checked, pageNumber: 1 })}
          />
        ) : null}
      </div>
      {query.isError ? (
        <QueryError
          error={query.error}
          title="The notes could not be loaded."
          onRetry={() => void query.refetch()}
        />
      ) : query.isPending ? (
        <p aria-busy="true">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className={query.isPlaceholderData ? 'note-list is-stale' : 'note-list'}>
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              owner={owner}
              canEdit={canEdit}
              mergedFrom={
                params.mergeset && note.entityId && note.entityId !== owner.id
                  ? note.entityId
                  : null
              }
            />
          ))}
        </ol>
      )}
      {query.data && (query.data.total ?? 0) > 0 ? (
        <Pagination
          label="Notes pages"
          pageNumber={params.pageNumber}
          lastPage={lastPage}
          pageSize={params.pageSize}
          pageSizes={NOTE_PAGE_SIZES}
          total={query.data.total}
          onPageChange={(pageNumber) => onSearchChange({ pageNumber })}
          onPageSizeChange={(pageSize) =>
            onSearchChange({ pageSize: pageSize as NotesSearch['pageSize'], pageNumber: 1 })
          }
        />
      ) : null}
    </section>
  );
}
