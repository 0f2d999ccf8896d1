import { useBlocker } from '@tanstack/react-router';
import { ConfirmDialog } from '@/ui/confirm-dialog';

/**
 * Asks before leaving a form with unsaved input (in-app navigation and closing the tab alike).
 * `shouldBlock` is read at the moment of leaving, so a form that just saved passes through.
 */
export function useLeaveGuard(shouldBlock: () => boolean) {
  const blocker = useBlocker({
    shouldBlockFn: shouldBlock,
    enableBeforeUnload: shouldBlock,
    withResolver: true,
  });
  return { blocker };
}

export function LeaveGuardDialog({
  guard,
  what,
}: {
  guard: ReturnType<typeof useLeaveGuard>;
  /** "this contact", "this schema": what the changes were made to. */
  what: string;
}) {
  const { blocker } = guard;
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave and discard changes"
      cancelLabel="Stay on this page"
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>The changes you made to {what} have not been saved.</p>
    </ConfirmDialog>
  );
}
