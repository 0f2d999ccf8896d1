import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { GuxButton, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect } from 'react';
import { ApiError } from '@/api/api-error';

/** Shown where a route's data failed to load, with a retry that refetches it. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  useEffect(() => reset(), [reset]);
  const message =
    error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong.';
  const contextId = error instanceof ApiError ? error.contextId : undefined;
  return (
    <section className="route-error" aria-labelledby="route-error-heading">
      <h1 id="route-error-heading">This page could not be loaded</h1>
      <GuxInlineAlert accent="error">
        <div>
          {message}
          {contextId ? <span className="context-id"> (reference {contextId})</span> : null}
        </div>
      </GuxInlineAlert>
      <GuxButton accent="primary" onClick={() => void router.invalidate()}>
        Try again
      </GuxButton>
    </section>
  );
}
