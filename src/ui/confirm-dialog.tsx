import { useId, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { ActionButton } from '@/ui/action-button';
import './ui.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Destructive actions get the danger accent. */
  danger?: boolean;
  pending?: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: the browser gives it focus trapping, Escape, the
 * inert background and the top layer, which no hand-made overlay gets fully right. showModal()
 * focuses the first button, Cancel: the safe choice for a destructive question.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      {error ? (
        <GuxInlineAlert accent="error">
          <div role="alert">{error}</div>
        </GuxInlineAlert>
      ) : null}
      <div className="confirm-dialog-actions">
        <ActionButton onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </ActionButton>
        <GuxButtonSlot accent={danger ? 'danger' : 'primary'}>
          <button type="button" onClick={onConfirm} disabled={pending}>
            {confirmLabel}
          </button>
        </GuxButtonSlot>
      </div>
    </dialog>
  );
}
