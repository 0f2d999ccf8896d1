import type { ReactNode } from 'react';
import './bulk.css';

/**
 * A bulk step's progress, announced politely: a labelled bar and what is done so far while it
 * runs (`progress`), else what it ended with (`ended`), else nothing.
 */
export function ProgressStatus({
  label,
  progress,
  children,
  ended,
}: {
  /** The bar's name, as assistive tech and tests find it. */
  label: string;
  progress: { done: number; total: number } | null;
  /** What is done, while it runs. */
  children: ReactNode;
  ended?: ReactNode;
}) {
  if (!progress && !ended) return null;
  return (
    <div className="bulk-progress" aria-live="polite">
      {progress ? (
        <>
          <progress aria-label={label} max={progress.total} value={progress.done} />
          <p>{children}</p>
        </>
      ) : (
        ended
      )}
    </div>
  );
}
