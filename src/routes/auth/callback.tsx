import { createFileRoute, redirect } from '@tanstack/react-router';
import { callbackOutcome } from '@/auth/callback-capture';
import { SignInRefused } from '@/auth/components/sign-in-refused';

/** The OAuth redirect target; the fragment was already read and wiped in main.tsx. */
export const Route = createFileRoute('/auth/callback')({
  beforeLoad: () => {
    const outcome = callbackOutcome();
    if (outcome?.kind === 'signed-in') throw redirect({ href: outcome.returnTo, replace: true });
    if (outcome?.kind !== 'refused') {
      throw redirect({
        to: '/login',
        search: outcome?.kind === 'signed-out' ? { reason: 'signed-out' } : {},
        replace: true,
      });
    }
  },
  component: CallbackPage,
});

function CallbackPage() {
  const outcome = callbackOutcome();
  if (outcome?.kind !== 'refused') return null;
  return (
    <SignInRefused title={outcome.title} message={outcome.message} returnTo={outcome.returnTo} />
  );
}
