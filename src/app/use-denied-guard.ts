import { useMatches } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { firstDeniedGuard, type RouteGuard } from './route-guards';

/**
 * The guard of the page on screen that the signed-in user does not pass, if any. The routes'
 * `beforeLoad` refuses first; this catches the one page whose guard does not wait for the user on
 * a cold start (the first screen), so a refusal never shows as an API error there either.
 */
export function useDeniedGuard(): RouteGuard | undefined {
  const { granted } = usePermissions();
  const routeIds = useMatches({ select: (matches) => matches.map((match) => match.routeId) });
  return firstDeniedGuard(routeIds, granted);
}
