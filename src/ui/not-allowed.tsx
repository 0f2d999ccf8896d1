import type { ReactNode } from 'react';

/** What a page says instead of its form when the user's roles lack the permission. */
export function NotAllowed({ action, back }: { action: string; back: ReactNode }) {
  return (
    <div className="page">
      <h1>You cannot {action}</h1>
      <p>
        Your roles do not include the permission to {action}. Ask an administrator if you need it.
      </p>
      {back}
    </div>
  );
}
