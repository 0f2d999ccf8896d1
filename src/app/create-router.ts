import { createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { routeTree } from '@/routeTree.gen';
import type { RouterContext } from './router-context';

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    // Loaders fetch through React Query, which owns caching; the router should always ask it.
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    // Every route gets the shared error page at its own level, so a failed or refused page keeps
    // the navigation around it, and a 403 anywhere becomes "You cannot …" (route-error.tsx).
    // Loaded on first use: most sessions never need it.
    defaultErrorComponent: lazyRouteComponent(() => import('./route-error'), 'RouteError'),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
