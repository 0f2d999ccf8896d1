import { meQueryOptions } from '@/auth/me-query';
import type { UserMe } from '@/models/user';
import type { RouterContext } from './router-context';
import { allows, ROUTE_GUARDS, type GuardedRouteId, type RouteGuard } from './route-guards';

/** Thrown by a route's guard; the route error page shows "You cannot …" for it. */
export class NotAllowedError extends Error {
  readonly guard: RouteGuard;

  constructor(guard: RouteGuard) {
    super(`You cannot ${guard.action}.`);
    this.name = 'NotAllowedError';
    this.guard = guard;
  }
}

function check(me: UserMe, guard: RouteGuard): void {
  if (!allows(me.authorization?.permissions ?? [], guard)) throw new NotAllowedError(guard);
}

/**
 * A route's `beforeLoad`: refuses the page before its loader sends a request the API would
 * refuse. The signed-in user is almost always cached already (the layout loads it once).
 *
 * `firstScreen`: on a cold start, do not hold the page's requests back for /users/me — the
 * layout's loader fetches it in parallel and the layout checks the guard again when it renders.
 * Only for the screen people land on (README, Speed: both requests leave together).
 */
export function requirePermission(routeId: GuardedRouteId, options?: { firstScreen?: boolean }) {
  const guard = ROUTE_GUARDS[routeId];
  return async ({ context }: { context: RouterContext }): Promise<void> => {
    const meQuery = meQueryOptions(context.api);
    const cached = context.queryClient.getQueryData(meQuery.queryKey);
    if (cached) return check(cached, guard);
    if (options?.firstScreen) return;
    check(await context.queryClient.ensureQueryData(meQuery), guard);
  };
}
