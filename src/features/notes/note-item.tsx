import { useState } from 'react';
import { EditDeleteActions } from '@/ui/edit-delete-actions';
import { formatDateTime } from '@/models/format-date';
import { DeleteConfirmDialog } from '@/ui/mutation-confirm-dialog';
import { useDeleteNote, useUpdateNote } from './api';
import { LinkifiedText } from './linkified-text';
import { NoteEditor } from './note-editor';
import type { Note, NoteOwner } from './note-model';

interface NoteItemProps {
  note: Note;
  owner: NoteOwner;
  canEdit: boolean;
  /** Set when the list includes the merge set: the note came from this merged record. */
  mergedFrom: string | null;
}

/** One note of the timeline: author, dates, text, and its edit/delete actions. */
export function NoteItem({ note, owner, canEdit, mergedFrom }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateNote(owner);
  const remove = useDeleteNote(owner);
  const author = note.createdBy?.name ?? note.createdBy?.email ?? 'Unknown author';
  const edited = note.modifyDate && note.modifyDate !== note.createDate;
  return (
    <li className="note-item">
      <article aria-label={`Note by ${author}, ${formatDateTime(note.createDate)}`}>
        <header className="note-meta">
          <strong>{author}</strong>
          <time dateTime={note.createDate}>{formatDateTime(note.createDate)}</time>
          {edited ? (
            <span className="muted">
              edited <time dateTime={note.modifyDate}>{formatDateTime(note.modifyDate)}</time>
            </span>
          ) : null}
          {mergedFrom ? (
            <span className="note-merged-badge">From merged record {mergedFrom}</span>
          ) : null}
        </header>
        {editing ? (
          <NoteEditor
            label="Edit note"
            submitLabel="Save note"
            pendingLabel="Saving…"
            initialText={note.noteText ?? ''}
            onSave={async (noteText) => {
              await update.mutateAsync({ note, noteText });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <LinkifiedText text={note.noteText ?? ''} />
        )}
        {canEdit && !editing ? (
          <div className="note-actions">
            <EditDeleteActions
              editWhat="note"
              deleteWhat="note"
              onEdit={() => setEditing(true)}
              onDelete={() => setConfirming(true)}
            />
          </div>
        ) : null}
      </article>
      <DeleteConfirmDialog
        open={confirming}
        mutation={remove}
        what="note"
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(note, { onSuccess: () => setConfirming(false) })}
      >
        <p>This note will be deleted. This cannot be undone.</p>
      </DeleteConfirmDialog>
    </li>
  );
}
