import { GuxButton, GuxInlineAlert } from 'genesys-spark-components-react';
import { ApiError } from '@/api/api-error';
import './ui.css';

/** A failed read shown where its data would have been, with a retry. */
export function QueryError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry: () => void;
}) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const contextId = error instanceof ApiError ? error.contextId : undefined;
  return (
    <div className="query-error" role="alert">
      <GuxInlineAlert accent="error">
        <div>
          <strong>{title}</strong> {message}
          {contextId ? <span className="context-id"> (reference {contextId})</span> : null}
        </div>
      </GuxInlineAlert>
      <GuxButton accent="secondary" onClick={onRetry}>
        Try again
      </GuxButton>
    </div>
  );
}
