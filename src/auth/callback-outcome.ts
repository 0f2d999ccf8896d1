import type { SignInOutcome } from './complete-sign-in';
import { completeCodeSignIn, completeSignIn, signedInWith } from './complete-sign-in';
import { exchangeCode } from './oauth';
import { findRegion, type Region } from './regions';
import { setCallbackOutcome, takeCapturedCallback } from './callback-capture';
import { automaticSignInStore, sessionStore, type PendingLogin } from './session-store';

/**
 * Finishes the captured callback once the regions are known (the code grant sends the code to
 * the sign-in's login host): stores the session, or keeps the reason it was refused.
 */
export async function completeCallback(
  regions: readonly Region[],
  redirectUri: string,
  fetchImpl?: typeof fetch,
): Promise<void> {
  const captured = takeCapturedCallback();
  if (!captured) return;
  const { hash, search, pending } = captured;
  // A code answer goes with a PKCE sign-in; one that arrives with none is judged (and refused)
  // as a code answer too, rather than mistaken for the return from sign-out.
  const codeAnswer = pending ? pending.codeVerifier !== undefined : hash === '' && search !== '';
  const outcome = codeAnswer
    ? await finishCodeGrant(search, pending, regions, redirectUri, fetchImpl)
    : completeSignIn(hash, pending, Date.now());
  setCallbackOutcome(outcome);
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
