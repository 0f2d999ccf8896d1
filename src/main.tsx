// First: the early script's module (in a build it has run already: it starts this entry).
import {
  dropEarlyResponses,
  earlyConfigResponse,
  fetchWithEarlyResponses,
} from '@/app/early-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { registerSpark, warmUpFirstScreenComponents } from '@/ui/spark';
import '@/app/app.css';
import { createApiClient } from '@/api/client';
import { AuthService } from '@/auth/auth-service';
import { captureCallback, hasCapturedCallback } from '@/auth/callback-capture';
import { sessionStore } from '@/auth/session-store';
import { createAppRouter, type AppRouter } from '@/app/create-router';
import { createQueryClient } from '@/app/query-client';
import { ServicesProvider } from '@/app/services';
import { FatalError } from '@/app/fatal-error';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { registerServiceWorker } from '@/app/service-worker';

registerSpark();
captureCallback();
// Settled once the first navigation has resolved: the first screen's code and data are in.
let firstScreenDone = () => {};
registerServiceWorker(new Promise<void>((resolve) => (firstScreenDone = resolve)));

const root = createRoot(document.getElementById('root')!);

async function start(): Promise<void> {
  const config = await loadRuntimeConfig(earlyConfigResponse());
  const queryClient = createQueryClient();
  const auth = new AuthService(config, window.location.origin, (url) =>
    window.location.assign(url),
  );
  if (hasCapturedCallback()) {
    // Only a return from the login host pays for judging it (and for the code exchange).
    const { completeCallback } = await import('@/auth/callback-outcome');
    await completeCallback(auth.regions, auth.redirectUri);
  }
  // The client is made before the router, and its 401 handler needs the router: hand it over late.
  const routerRef: { current?: AppRouter } = {};
  const api = createApiClient({
    getApiBase: () => auth.apiBase(),
    getAccessToken: () => auth.accessToken(),
    // The first screen's reads may already be on their way (early-requests.ts).
    fetchImpl: fetchWithEarlyResponses((input, init) => fetch(input, init)),
    // Any 401 means the token is no good any more: forget it and sign in again, then come back.
    onUnauthorized: () => {
      sessionStore.clear();
      const router = routerRef.current;
      if (!router || router.state.location.pathname === '/login') return;
      const returnTo = router.state.location.href;
      // The open form's input waits in this tab for the return from sign-in. (The drafts'
      // module is loaded with the forms; the entry chunk asks for it only here.)
      void import('@/auth/sign-in-draft').then(({ keepDraftsForSignIn }) => {
        keepDraftsForSignIn();
        queryClient.clear();
        void router.navigate({
          to: '/login',
          search: { returnTo, reason: 'expired' },
          replace: true,
          // Its leave-guard would otherwise ask to discard the very input just kept.
          ignoreBlocker: true,
        });
      });
    },
  });
  // Back from the login host may bring this page out of the back/forward cache, still saying
  // "Signing in…": load it afresh so the sign-in page can tell what happened.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && auth.isLeaving()) window.location.reload();
  });
  const router = createAppRouter({ queryClient, auth, api });
  routerRef.current = router;
  // The early reads are for the first navigation only: a later one never gets an old answer.
  const stopWatchingFirst = router.subscribe('onResolved', () => {
    stopWatchingFirst();
    dropEarlyResponses();
    firstScreenDone();
  });
  root.render(
    <StrictMode>
      <ServicesProvider value={{ api, auth }}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ServicesProvider>
    </StrictMode>,
  );
  // After the router has asked for the first route's code, so the two do not queue on each other.
  const stopWatching = router.subscribe('onBeforeLoad', () => {
    stopWatching();
    setTimeout(warmUpFirstScreenComponents, 0);
  });
}

start().catch((error: unknown) => {
  root.render(<FatalError error={error} />);
});
