import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { useDeleteNote, useUpdateNote } from './api';
import { formatWhen } from './format';
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
      <article aria-label={`Note by ${author}, ${formatWhen(note.createDate)}`}>
        <header className="note-meta">
          <strong>{author}</strong>
          <time dateTime={note.createDate}>{formatWhen(note.createDate)}</time>
          {edited ? (
            <span className="muted">
              edited <time dateTime={note.modifyDate}>{formatWhen(note.modifyDate)}</time>
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
            <GuxButtonSlot accent="secondary">
              <button type="button" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> note</span>
              </button>
            </GuxButtonSlot>
            <GuxButtonSlot accent="danger">
              <button type="button" onClick={() => setConfirming(true)}>
                Delete<span className="visually-hidden"> note</span>
              </button>
            </GuxButtonSlot>
          </div>
        ) : null}
      </article>
      <ConfirmDialog
        open={confirming}
        title="Delete note?"
        confirmLabel={remove.isPending ? 'Deleting…' : 'Delete note'}
        danger
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
        onConfirm={() => {
          if (remove.isPending) return;
          remove.mutate(note, { onSuccess: () => setConfirming(false) });
        }}
      >
        <p>This note will be deleted. This cannot be undone.</p>
      </ConfirmDialog>
    </li>
  );
}
