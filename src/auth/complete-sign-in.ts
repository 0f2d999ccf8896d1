import { parseCallbackFragment, safeReturnTo, statesMatch } from './oauth';
import type { PendingLogin, Session } from './session-store';

export type SignInOutcome =
  | { kind: 'signed-in'; session: Session; returnTo: string }
  | { kind: 'signed-out' }
  | { kind: 'refused'; title: string; message: string };

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
    returnTo: safeReturnTo(pending.returnTo),
  };
}
