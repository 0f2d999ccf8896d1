import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useMatch, useMatches, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { GuxButton, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect } from 'react';
import { ApiError } from '@/api/api-error';
import { GuardNotAllowed } from './guard-not-allowed';
import { NotAllowedError } from './require-permission';
import { nearestGuard, type RouteGuard } from './route-guards';

/** When the API refuses (403) on a page no guard names, what the page still says. */
const unnamedGuard: RouteGuard = {
  anyOf: [],
  action: 'open this page',
  back: { to: '/', label: 'Go to the console home' },
};

/**
 * Shown where a route's data failed to load, with a retry that refetches it. A refusal (the
 * route's guard, or a 403 from its loader or component) is never shown as the API's text: it
 * becomes the "You cannot …" page of the route's guard, whose action the user can act on.
 */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  useEffect(() => reset(), [reset]);
  const routeIds = useMatches({ select: (matches) => matches.map((match) => match.routeId) });
  const failedRouteId = useMatch({ strict: false, select: (match) => match.routeId });

  if (error instanceof NotAllowedError) return <GuardNotAllowed guard={error.guard} />;
  if (error instanceof ApiError && error.status === 403) {
    const failedAt = routeIds.findIndex((routeId) => routeId === failedRouteId);
    const upToFailed = failedAt < 0 ? routeIds : routeIds.slice(0, failedAt + 1);
    return <GuardNotAllowed guard={nearestGuard(upToFailed) ?? unnamedGuard} />;
  }

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
