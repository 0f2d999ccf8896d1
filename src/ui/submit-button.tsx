import { GuxButtonSlot } from 'genesys-spark-components-react';
import type { ReactNode } from 'react';

/**
 * A form's primary submit: Spark's look on a native submit button (a GuxButton's own button
 * lives in the shadow DOM and does not submit), saying what it is doing while it is pending.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  disabled = false,
  accent = 'primary',
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  disabled?: boolean;
  accent?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  return (
    <GuxButtonSlot accent={accent}>
      <button type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : children}
      </button>
    </GuxButtonSlot>
  );
}
