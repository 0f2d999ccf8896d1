import { useRouterState } from '@tanstack/react-router';
import { useDelayedFlag } from './use-delayed-flag';

/** Loads quicker than this show nothing; slower ones show the bar (issue 13: about 300 ms). */
export const PROGRESS_DELAY_MS = 300;

/**
 * A slim bar at the top of the window while the router resolves a navigation (route code,
 * guards and loaders), so a slow link never leaves the old page on screen with no sign of life.
 */
export function RouteProgress() {
  const pending = useRouterState({ select: (state) => state.status === 'pending' });
  const visible = useDelayedFlag(pending, PROGRESS_DELAY_MS);
  if (!visible) return null;
  return (
    <div className="route-progress" role="progressbar" aria-label="Loading page">
      <div className="route-progress-bar" />
    </div>
  );
}
