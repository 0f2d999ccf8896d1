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

/**
 * Decides what a callback URL means, given the sign-in this browser started (if any).
 * A response whose state does not match that sign-in is refused, token or not: it may be a login
 * CSRF, or a replay of an old fragment.
 */
export function completeSignIn(
  hash: string,
  pending: PendingLogin | null,
  now: number,
): SignInOutcome {
  const result = parseCallbackFragment(hash);
  if (result.kind === 'empty') return { kind: 'signed-out' };
  if (result.kind === 'malformed') {
    return {
      kind: 'refused',
      title: 'Sign-in failed',
      message: `The login service answered in a way the console cannot use: ${result.reason}`,
    };
  }
  if (!pending || !statesMatch(pending.state, result.state)) {
    return {
      kind: 'refused',
      title: 'Sign-in refused',
      message:
        'The answer from the login service does not match a sign-in started in this browser tab (the OAuth state differs), so it was not used. Start the sign-in again.',
    };
  }
  if (result.kind === 'error') {
    const detail = result.description ? `: ${result.description}` : '';
    return {
      kind: 'refused',
      title: 'Sign-in failed',
      message: `The login service refused the sign-in (${result.error})${detail}.`,
      returnTo: safeReturnTo(pending.returnTo),
    };
  }
  return {
    kind: 'signed-in',
    session: {
      accessToken: result.accessToken,
      expiresAt: now + result.expiresIn * 1000,
      regionId: pending.regionId,
      clientId: pending.clientId,
    },
    returnTo: landingPath(pending.returnTo),
  };
}

export type CodeStep =
  | SignInOutcome
  /** The state matched: the code may now be exchanged, with this tab's verifier. */
  | { kind: 'exchange'; code: string; codeVerifier: string; pending: PendingLogin };

/**
 * The first half of a code-grant callback (`?code=…&state=…`): the same state rule as the
 * implicit grant, before anything is sent anywhere. A code that arrives when this tab started no
 * PKCE sign-in (no verifier kept) is refused like a forged state.
 */
export function completeCodeSignIn(search: string, pending: PendingLogin | null): CodeStep {
  const result = parseCodeCallback(search);
  if (result.kind === 'empty') return { kind: 'signed-out' };
  if (result.kind === 'malformed') {
    return {
      kind: 'refused',
      title: 'Sign-in failed',
      message: `The login service answered in a way the console cannot use: ${result.reason}`,
    };
  }
  if (!pending || !statesMatch(pending.state, result.state)) {
    return {
      kind: 'refused',
      title: 'Sign-in refused',
      message:
        'The answer from the login service does not match a sign-in started in this browser tab (the OAuth state differs), so it was not used. Start the sign-in again.',
    };
  }
  if (result.kind === 'error') {
    const detail = result.description ? `: ${result.description}` : '';
    return {
      kind: 'refused',
      title: 'Sign-in failed',
      message: `The login service refused the sign-in (${result.error})${detail}.`,
      returnTo: safeReturnTo(pending.returnTo),
    };
  }
  if (!pending.codeVerifier) {
    return {
      kind: 'refused',
      title: 'Sign-in refused',
      message:
        'The login service sent an authorization code, but this tab did not start a sign-in with PKCE, so it was not used. Start the sign-in again.',
    };
  }
  return { kind: 'exchange', code: result.code, codeVerifier: pending.codeVerifier, pending };
}

/** The session a successful code exchange gives. */
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
