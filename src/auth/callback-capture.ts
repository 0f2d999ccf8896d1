import type { SignInOutcome } from './complete-sign-in';
import { CALLBACK_PATH } from './auth-service';
import { pendingLoginStore, type PendingLogin } from './session-store';

/**
 * The callback's first moment, in the entry chunk: the answer is taken off the address bar at
 * once. Judging it (callback-outcome.ts, with the code exchange) is loaded only when there is one.
 */

export interface CapturedCallback {
  hash: string;
  search: string;
  pending: PendingLogin | null;
}

let captured: CapturedCallback | null = null;
let outcome: SignInOutcome | null = null;

/**
 * Runs once, before anything else: the fragment (implicit grant: the token) and the query string
 * (code grant: the one-time code) are read and wiped from the address bar before any other code,
 * a re-render or the history can see or log them. The sign-in this tab started is taken at the
 * same time: a state is good for one answer only.
 */
export function captureCallback(): void {
  if (window.location.pathname !== CALLBACK_PATH) return;
  captured = {
    hash: window.location.hash,
    search: window.location.search,
    pending: pendingLoginStore.take(),
  };
  window.history.replaceState(window.history.state, '', CALLBACK_PATH);
}

/** The captured answer, once: a state is good for one answer only. */
export function takeCapturedCallback(): CapturedCallback | null {
  const taken = captured;
  captured = null;
  return taken;
}

export function hasCapturedCallback(): boolean {
  return captured !== null;
}

export function setCallbackOutcome(next: SignInOutcome): void {
  outcome = next;
}

export function callbackOutcome(): SignInOutcome | null {
  return outcome;
}
