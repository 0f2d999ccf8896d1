/**
 * OAuth 2 implicit grant, as Genesys Cloud's login hosts implement it (RFC 6749 §4.2). Pure
 * functions: no storage, no navigation, so the state check can be tested on its own.
 */

export interface AuthorizeRequest {
  loginBase: string;
  clientId: string;
  redirectUri: string;
  state: string;
  prompt?: 'login';
}

export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth/authorize', request.loginBase);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('state', request.state);
  if (request.prompt) url.searchParams.set('prompt', request.prompt);
  return url.toString();
}

export function buildLogoutUrl(loginBase: string, clientId: string, redirectUri: string): string {
  const url = new URL('/logout', loginBase);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  return url.toString();
}

/** 32 random bytes, base64url: unguessable, and safe in a URL without further encoding. */
export function createState(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type CallbackResult =
  | { kind: 'token'; accessToken: string; expiresIn: number; state: string | null }
  | { kind: 'error'; error: string; description: string | null; state: string | null }
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: string };

/** Reads the fragment the login host appended to the redirect URI. */
export function parseCallbackFragment(hash: string): CallbackResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.trim() === '') return { kind: 'empty' };
  const params = new URLSearchParams(fragment);
  const state = params.get('state');
  const error = params.get('error');
  if (error) return { kind: 'error', error, description: params.get('error_description'), state };
  const accessToken = params.get('access_token');
  if (!accessToken) return { kind: 'malformed', reason: 'The response carries no access token.' };
  const tokenType = params.get('token_type');
  if (tokenType && tokenType.toLowerCase() !== 'bearer') {
    return { kind: 'malformed', reason: `Unsupported token type "${tokenType}".` };
  }
  const expiresIn = Number(params.get('expires_in'));
  if (!Number.isFinite(expiresIn) || expiresIn <= 0) {
    return { kind: 'malformed', reason: 'The response carries no valid expires_in.' };
  }
  return { kind: 'token', accessToken, expiresIn, state };
}

/** Constant-time comparison, so a forged state cannot be found by timing the check. */
export function statesMatch(expected: string | null | undefined, actual: string | null): boolean {
  if (!expected || !actual || expected.length !== actual.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++)
    difference |= expected.charCodeAt(i) ^ actual.charCodeAt(i);
  return difference === 0;
}

/**
 * Where to go after sign-in. Only a path on this origin is accepted: a returnTo taken from the URL
 * must never become an open redirect to another site.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  if (value.startsWith('/login') || value.startsWith('/auth/callback')) return '/';
  return value;
}
