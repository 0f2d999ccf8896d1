import { useId, type ReactNode } from 'react';
import { useModalDialog } from '@/ui/use-modal-dialog';
import { ActionButton } from '@/ui/action-button';
import './bulk.css';

/**
 * A modal on the native <dialog> (focus trap, Escape, inert background from the browser), for
 * content larger than a question: the export preview.
 */
export function BulkDialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="bulk-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
      <div className="confirm-dialog-actions">
        <ActionButton onClick={onClose}>Close</ActionButton>
      </div>
    </dialog>
  );
}
