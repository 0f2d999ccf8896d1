import { GuxButton, GuxInlineAlert } from 'genesys-spark-components-react';
import { ApiError } from '@/api/api-error';
import './ui.css';

/**
 * A failed read shown where its data would have been, with a retry. A 403 is not a failure to
 * retry: it says, in the console's words rather than the API's, that the user's roles do not
 * reach this part of the page.
 */
export function QueryError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry: () => void;
}) {
  if (error instanceof ApiError && error.status === 403) {
    return (
      <div className="query-error" role="status">
        <GuxInlineAlert accent="info">
          <div>
            <strong>{title}</strong> Your roles do not include the permission to see this. Ask an
            administrator if you need it.
          </div>
        </GuxInlineAlert>
      </div>
    );
  }
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
