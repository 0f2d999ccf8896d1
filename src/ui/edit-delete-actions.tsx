import { GuxButtonSlot } from 'genesys-spark-components-react';

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
      <GuxButtonSlot accent="secondary">
        <button type="button" onClick={onEdit}>
          Edit<span className="visually-hidden"> {editWhat}</span>
        </button>
      </GuxButtonSlot>
      <GuxButtonSlot accent="danger">
        <button type="button" onClick={onDelete}>
          Delete<span className="visually-hidden"> {deleteWhat}</span>
        </button>
      </GuxButtonSlot>
    </>
  );
}
