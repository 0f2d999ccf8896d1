import { createFileRoute, redirect } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { safeReturnTo } from '@/auth/oauth';
import { SignInForm } from '@/auth/components/sign-in-form';

const loginSearchSchema = z.object({
  returnTo: z.catch(z.optional(z.string()), undefined),
  reason: z.catch(z.optional(z.enum(['expired', 'signed-out'])), undefined),
});

export const Route = createFileRoute('/login')({
  validateSearch: loginSearchSchema,
  beforeLoad: ({ context, search }) => {
    if (context.auth.isSignedIn())
      throw redirect({ href: safeReturnTo(search.returnTo), replace: true });
  },
  component: LoginPage,
});

const reasons = {
  expired: 'Your session ended. Sign in again to continue where you were.',
  'signed-out': 'You are signed out.',
} as const;

function LoginPage() {
  const { returnTo, reason } = Route.useSearch();
  return (
    <main className="centered-page">
      <section className="sign-in-card" aria-labelledby="sign-in-heading">
        <p className="product-name">External Contacts Console</p>
        <h1 id="sign-in-heading">Sign in with Genesys Cloud</h1>
        {reason ? (
          <GuxInlineAlert accent={reason === 'expired' ? 'warning' : 'info'}>
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
