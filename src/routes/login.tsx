import { createFileRoute, redirect } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { safeReturnTo } from '@/auth/oauth';
import { SignInForm } from '@/auth/components/sign-in-form';
import { automaticSignInStore, pendingLoginStore } from '@/auth/session-store';

const loginSearchSchema = z.object({
  returnTo: z.catch(z.optional(z.string()), undefined),
  reason: z.catch(z.optional(z.enum(['expired', 'signed-out'])), undefined),
});

/**
 * The sign-in page shows only when the console cannot sign in by itself: a device that never
 * signed in, a sign-out, or an automatic attempt that failed or was abandoned at the login host.
 * Otherwise it goes straight to the remembered region's login host (README, Sign-in).
 */
export const Route = createFileRoute('/login')({
  validateSearch: loginSearchSchema,
  beforeLoad: async ({ context, search }) => {
    if (context.auth.isSignedIn())
      throw redirect({ href: safeReturnTo(search.returnTo), replace: true });
    if (context.auth.isLeaving()) return { redirecting: true, unfinished: false };
    // An automatic redirect left this tab and it came back without an answer (Back from the
    // login host's form, or its error page): ask instead of sending the user there again.
    const abandoned = pendingLoginStore.peek();
    if (abandoned?.automatic) {
      pendingLoginStore.clear();
      automaticSignInStore.disable();
      return { redirecting: false, unfinished: true };
    }
    const remembered = search.reason === 'signed-out' ? null : context.auth.automaticSignIn();
    if (remembered) {
      await context.auth.startSignIn(remembered.regionId, remembered.clientId, search.returnTo, {
        automatic: true,
      });
      return { redirecting: true, unfinished: false };
    }
    return { redirecting: false, unfinished: false };
  },
  component: LoginPage,
});

const reasons = {
  expired: 'Your session ended. Sign in again to continue where you were.',
  'signed-out': 'You are signed out.',
  unfinished: 'The sign-in at the login service was not finished. Sign in to continue.',
} as const;

function LoginPage() {
  const { returnTo, reason: searchReason } = Route.useSearch();
  const { redirecting, unfinished } = Route.useRouteContext();
  if (redirecting) {
    return (
      <main className="centered-page">
        <p role="status">Signing in…</p>
      </main>
    );
  }
  const reason = unfinished ? 'unfinished' : searchReason;
  return (
    <main className="centered-page">
      <section className="sign-in-card" aria-labelledby="sign-in-heading">
        <p className="product-name">External Contacts Console</p>
        <h1 id="sign-in-heading">Sign in with Genesys Cloud</h1>
        {reason ? (
          <GuxInlineAlert accent={reason === 'signed-out' ? 'info' : 'warning'}>
            <div>{reasons[reason]}</div>
          </GuxInlineAlert>
        ) : null}
        <p>
          Choose your org's region, or the local sandbox to try the console with demo data and no
          account.
        </p>
        <SignInForm returnTo={returnTo} />
      </section>
    </main>
  );
}
