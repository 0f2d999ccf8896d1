import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { ActionButton } from '@/ui/action-button';

/** The part of a delete mutation the dialog shows: progress, the failure, a reset on cancel. */
export interface DeleteState {
  isPending: boolean;
  error: Error | null;
  reset: () => void;
}

/**
 * A record's Delete button and the confirmation that names the record. The dialog stays open
 * with the error when the delete fails; `onConfirm` gets `close` to call once it succeeded.
 */
export function DeleteRecordButton({
  title,
  name,
  state,
  onConfirm,
  children,
}: {
  title: string;
  name: string;
  state: DeleteState;
  onConfirm: (close: () => void) => void;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton accent="danger" onClick={() => setOpen(true)}>
        Delete
      </ActionButton>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={state.isPending ? 'Deleting…' : `Delete ${name}`}
        danger
        pending={state.isPending}
        error={state.error?.message}
        onCancel={() => {
          state.reset();
          setOpen(false);
        }}
        onConfirm={() => {
          if (!state.isPending) onConfirm(() => setOpen(false));
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
