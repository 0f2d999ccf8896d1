import type { SignInOutcome } from './complete-sign-in';
import { completeCodeSignIn, completeSignIn, signedInWith } from './complete-sign-in';
import { exchangeCode } from './oauth';
import { findRegion, type Region } from './regions';
import {
  automaticSignInStore,
  pendingLoginStore,
  sessionStore,
  type PendingLogin,
} from './session-store';
import { CALLBACK_PATH } from './auth-service';

interface CapturedCallback {
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

/**
 * Finishes the captured callback once the regions are known (the code grant sends the code to
 * the sign-in's login host): stores the session, or keeps the reason it was refused.
 */
export async function completeCallback(
  regions: readonly Region[],
  redirectUri: string,
  fetchImpl?: typeof fetch,
): Promise<void> {
  if (!captured) return;
  const { hash, search, pending } = captured;
  captured = null;
  // A code answer goes with a PKCE sign-in; one that arrives with none is judged (and refused)
  // as a code answer too, rather than mistaken for the return from sign-out.
  const codeAnswer = pending ? pending.codeVerifier !== undefined : hash === '' && search !== '';
  outcome = codeAnswer
    ? await finishCodeGrant(search, pending, regions, redirectUri, fetchImpl)
    : completeSignIn(hash, pending, Date.now());
  if (outcome.kind === 'signed-in') {
    sessionStore.set(outcome.session);
    automaticSignInStore.enable();
  }
  // A refusal is shown with its reason; going back to the login host by itself would loop.
  if (outcome.kind === 'refused') automaticSignInStore.disable();
}

async function finishCodeGrant(
  search: string,
  pending: PendingLogin | null,
  regions: readonly Region[],
  redirectUri: string,
  fetchImpl: typeof fetch | undefined,
): Promise<SignInOutcome> {
  const step = completeCodeSignIn(search, pending);
  if (step.kind !== 'exchange') return step;
  const region = findRegion([...regions], step.pending.regionId);
  if (!region) {
    return { kind: 'refused', title: 'Sign-in failed', message: 'The sign-in region is unknown.' };
  }
  try {
    const answer = await exchangeCode(
      {
        loginBase: region.loginBase,
        clientId: step.pending.clientId,
        redirectUri,
        code: step.code,
        codeVerifier: step.codeVerifier,
      },
      fetchImpl,
    );
    return signedInWith(answer, step.pending, Date.now());
  } catch (error) {
    return {
      kind: 'refused',
      title: 'Sign-in failed',
      message: error instanceof Error ? error.message : 'The sign-in could not be finished.',
      returnTo: step.pending.returnTo,
    };
  }
}

export function callbackOutcome(): SignInOutcome | null {
  return outcome;
}
