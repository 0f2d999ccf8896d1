import { ActionButton } from '@/ui/action-button';

/**
 * A row's "Edit" and "Delete" buttons. Each says what it acts on to assistive tech ("Edit note",
 * "Delete relationship of Ada") while the screen shows the short verb beside the row.
 */
export function EditDeleteActions({
  editWhat,
  deleteWhat,
  onEdit,
  onDelete,
}: {
  /** Read after "Edit": "note", "role of Ada Lovelace". */
  editWhat: string;
  /** Read after "Delete". */
  deleteWhat: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <ActionButton onClick={onEdit}>
        Edit<span className="visually-hidden"> {editWhat}</span>
      </ActionButton>
      <ActionButton accent="danger" onClick={onDelete}>
        Delete<span className="visually-hidden"> {deleteWhat}</span>
      </ActionButton>
    </>
  );
}
