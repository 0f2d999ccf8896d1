import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/** What the dialog reads of a react-query mutation. */
interface MutationState {
  isPending: boolean;
  error: Error | null;
  reset: () => void;
}

interface MutationConfirmDialogProps {
  open: boolean;
  mutation: MutationState;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  danger?: boolean;
  /** Starts the mutation; close the dialog from its onSuccess. */
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A question before a mutation (delete, release, merge): it says when the mutation is on its
 * way, shows its error in place, ignores a second confirm while pending, and forgets the error
 * when the question is dismissed.
 */
export function MutationConfirmDialog({
  open,
  mutation,
  title,
  confirmLabel,
  pendingLabel,
  danger = false,
  onConfirm,
  onClose,
  children,
}: MutationConfirmDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={mutation.isPending ? pendingLabel : confirmLabel}
      danger={danger}
      pending={mutation.isPending}
      error={mutation.error?.message}
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      onConfirm={() => {
        if (!mutation.isPending) onConfirm();
      }}
    >
      {children}
    </ConfirmDialog>
  );
}

/** The question before deleting one thing: "Delete note?", answered by a danger "Delete note". */
export function DeleteConfirmDialog({
  what,
  ...dialog
}: { what: string } & Omit<
  MutationConfirmDialogProps,
  'title' | 'confirmLabel' | 'pendingLabel' | 'danger'
>) {
  return (
    <MutationConfirmDialog
      {...dialog}
      title={`Delete ${what}?`}
      confirmLabel={`Delete ${what}`}
      pendingLabel="Deleting…"
      danger
    />
  );
}
