import type { SignInOutcome } from './complete-sign-in';
import { completeSignIn } from './complete-sign-in';
import { pendingLoginStore, sessionStore } from './session-store';
import { CALLBACK_PATH } from './auth-service';

let outcome: SignInOutcome | null = null;

/**
 * Runs once, before the router starts: the fragment with the token is read and wiped from the
 * address bar before any other code (or a re-render) can see or log it.
 */
export function consumeCallbackFragment(): void {
  if (window.location.pathname !== CALLBACK_PATH) return;
  const hash = window.location.hash;
  window.history.replaceState(window.history.state, '', CALLBACK_PATH);
  outcome = completeSignIn(hash, pendingLoginStore.take(), Date.now());
  if (outcome.kind === 'signed-in') sessionStore.set(outcome.session);
}

export function callbackOutcome(): SignInOutcome | null {
  return outcome;
}
