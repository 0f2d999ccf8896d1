import { createFileRoute, Outlet, redirect } from '@tanstack/react-router';
import { useRef } from 'react';
import { meQueryOptions } from '@/auth/me-query';
import { sessionStore } from '@/auth/session-store';
import { AppHeader } from '@/app/app-header';
import { GuardNotAllowed } from '@/app/guard-not-allowed';
import { RouteError } from '@/app/route-error';
import { RouteProgress } from '@/app/route-progress';
import { useDeniedGuard } from '@/app/use-denied-guard';
import { useFocusHeadingOnNavigation } from '@/app/use-focus-heading-on-navigation';

/** Every page behind sign-in; the signed-in user is loaded once here for the whole shell. */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ context, location }) => {
    if (!context.auth.isSignedIn()) {
      const hadSession = sessionStore.get() !== null;
      sessionStore.clear();
      throw redirect({
        to: '/login',
        search: { returnTo: location.href, ...(hadSession ? { reason: 'expired' as const } : {}) },
        replace: true,
      });
    }
  },
  // Unsplit loader and layout: /users/me leaves with the first route's request, and the shell
  // every signed-in page shows needs no file of its own.
  codeSplitGroupings: [['errorComponent']],
  loader: ({ context }) => context.queryClient.ensureQueryData(meQueryOptions(context.api)),
  component: AppLayout,
  errorComponent: RouteError,
});

/** The shell gives every page the same behaviour: progress, refusals, focus after navigation. */
function AppLayout() {
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(main);
  const denied = useDeniedGuard();
  return (
    <div className="app-shell">
      <RouteProgress />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {denied ? <GuardNotAllowed guard={denied} /> : <Outlet />}
      </main>
    </div>
  );
}
