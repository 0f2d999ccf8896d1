import {
  landingPath,
  parseCallbackFragment,
  parseCodeCallback,
  safeReturnTo,
  statesMatch,
  type TokenAnswer,
} from './oauth';
import type { PendingLogin, Session } from './session-store';

export type SignInOutcome =
  | { kind: 'signed-in'; session: Session; returnTo: string }
  | { kind: 'signed-out' }
  | {
      kind: 'refused';
      title: string;
      message: string;
      /** Where the sign-in was meant to go, so the sign-in page shown instead can still go there. */
      returnTo?: string;
    };

type Answer<Success> =
  | Success
  | { kind: 'error'; error: string; description: string | null; state: string | null }
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: string };

/**
 * What every callback is checked for before its token or code is used: an answer at all, a
 * readable one, the state of a sign-in this tab started (anything else may be a login CSRF or a
 * replay of an old answer), and not a refusal.
 */
function checkAnswer<Success extends { kind: 'token' | 'code'; state: string | null }>(
  result: Answer<Success>,
  pending: PendingLogin | null,
): { outcome: SignInOutcome } | { success: Success; pending: PendingLogin } {
  if (result.kind === 'empty') return { outcome: { kind: 'signed-out' } };
  if (result.kind === 'malformed') {
    return {
      outcome: {
        kind: 'refused',
        title: 'Sign-in failed',
        message: `The login service answered in a way the console cannot use: ${result.reason}`,
      },
    };
  }
  if (!pending || !statesMatch(pending.state, result.state)) {
    return {
      outcome: {
        kind: 'refused',
        title: 'Sign-in refused',
        message:
          'The answer from the login service does not match a sign-in started in this browser tab (the OAuth state differs), so it was not used. Start the sign-in again.',
      },
    };
  }
  if (result.kind === 'error') {
    const detail = result.description ? `: ${result.description}` : '';
    return {
      outcome: {
        kind: 'refused',
        title: 'Sign-in failed',
        message: `The login service refused the sign-in (${result.error})${detail}.`,
        returnTo: safeReturnTo(pending.returnTo),
      },
    };
  }
  return { success: result, pending };
}

/** Decides what an implicit-grant callback (`#access_token=…`) means. */
export function completeSignIn(
  hash: string,
  pending: PendingLogin | null,
  now: number,
): SignInOutcome {
  const checked = checkAnswer(parseCallbackFragment(hash), pending);
  if ('outcome' in checked) return checked.outcome;
  return signedInWith(checked.success, checked.pending, now);
}

export type CodeStep =
  | SignInOutcome
  /** The state matched: the code may now be exchanged, with this tab's verifier. */
  | { kind: 'exchange'; code: string; codeVerifier: string; pending: PendingLogin };

/**
 * The first half of a code-grant callback (`?code=…&state=…`): the same checks as the implicit
 * grant, before anything is sent anywhere. A code that arrives when this tab started no PKCE
 * sign-in (no verifier kept) is refused like a forged state.
 */
export function completeCodeSignIn(search: string, pending: PendingLogin | null): CodeStep {
  const checked = checkAnswer(parseCodeCallback(search), pending);
  if ('outcome' in checked) return checked.outcome;
  const { success, pending: started } = checked;
  if (!started.codeVerifier) {
    return {
      kind: 'refused',
      title: 'Sign-in refused',
      message:
        'The login service sent an authorization code, but this tab did not start a sign-in with PKCE, so it was not used. Start the sign-in again.',
    };
  }
  return {
    kind: 'exchange',
    code: success.code,
    codeVerifier: started.codeVerifier,
    pending: started,
  };
}

/** The session a token gives (from the callback, or from a code exchange). */
export function signedInWith(
  answer: TokenAnswer,
  pending: PendingLogin,
  now: number,
): SignInOutcome {
  return {
    kind: 'signed-in',
    session: {
      accessToken: answer.accessToken,
      expiresAt: now + answer.expiresIn * 1000,
      regionId: pending.regionId,
      clientId: pending.clientId,
    },
    returnTo: landingPath(pending.returnTo),
  };
}
