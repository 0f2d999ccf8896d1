/**
 * OAuth 2 as Genesys Cloud's login hosts implement it for browser apps: the implicit grant
 * (RFC 6749 §4.2) and the authorization code grant with PKCE (§4.1, RFC 7636), as the official
 * JavaScript SDK's loginImplicitGrant and loginPKCEGrant use them. Pure functions apart from the
 * code exchange's one request: no storage, no navigation, so the state check can be tested alone.
 */

export interface AuthorizeRequest {
  loginBase: string;
  clientId: string;
  redirectUri: string;
  state: string;
  prompt?: 'login';
  /** The authorization code grant with PKCE: BASE64URL(SHA-256(code verifier)). */
  codeChallenge?: string;
}

export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth/authorize', request.loginBase);
  url.searchParams.set('response_type', request.codeChallenge ? 'code' : 'token');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('state', request.state);
  if (request.codeChallenge) {
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  if (request.prompt) url.searchParams.set('prompt', request.prompt);
  return url.toString();
}

export function buildLogoutUrl(loginBase: string, clientId: string, redirectUri: string): string {
  const url = new URL('/logout', loginBase);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  return url.toString();
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes, base64url: unguessable, and safe in a URL without further encoding. */
export function createState(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return base64Url(random(new Uint8Array(32)));
}

/**
 * A PKCE code verifier (RFC 7636 §4.1): 32 random bytes as 43 base64url characters, the
 * recommended size. It stays in this tab (sessionStorage) until the callback sends it once.
 */
export const createCodeVerifier = createState;

/** `S256`: BASE64URL(SHA-256(ASCII(verifier))) (RFC 7636 §4.2). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export type CodeCallbackResult =
  | { kind: 'code'; code: string; state: string | null }
  | { kind: 'error'; error: string; description: string | null; state: string | null }
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: string };

/** Reads the query string the login host put on the redirect URI (RFC 6749 §4.1.2). */
export function parseCodeCallback(search: string): CodeCallbackResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if ([...params.keys()].length === 0) return { kind: 'empty' };
  const state = params.get('state');
  const error = params.get('error');
  if (error) return { kind: 'error', error, description: params.get('error_description'), state };
  const code = params.get('code');
  if (!code) return { kind: 'malformed', reason: 'The response carries no authorization code.' };
  return { kind: 'code', code, state };
}

export interface TokenAnswer {
  accessToken: string;
  expiresIn: number;
}

/**
 * The code grant's second half (RFC 6749 §4.1.3 with RFC 7636 §4.5): the one-time code and the
 * verifier go to the login host's token endpoint, form-encoded, and an access token comes back.
 * Neither the code, the verifier nor the token is ever logged or put in a URL. Throws an Error
 * whose message can be shown: the login host's own description of a refusal.
 */
export async function exchangeCode(
  request: {
    loginBase: string;
    clientId: string;
    redirectUri: string;
    code: string;
    codeVerifier: string;
  },
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<TokenAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('/oauth/token', request.loginBase).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: request.code,
        code_verifier: request.codeVerifier,
        redirect_uri: request.redirectUri,
        client_id: request.clientId,
      }).toString(),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new Error('The login service could not be reached to finish the sign-in.');
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: described below by its status.
  }
  if (!response.ok) {
    const error = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    const description =
      typeof body.error_description === 'string'
        ? body.error_description
        : typeof body.description === 'string'
          ? body.description
          : '';
    throw new Error(
      `The login service refused the code exchange (${error})${description ? `: ${description}` : ''}.`,
    );
  }
  const accessToken = body.access_token;
  const expiresIn = Number(body.expires_in);
  const tokenType = body.token_type;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new Error('The login service answered the code exchange without an access token.');
  }
  if (typeof tokenType === 'string' && tokenType.toLowerCase() !== 'bearer') {
    throw new Error(`The login service answered with an unsupported token type "${tokenType}".`);
  }
  if (!Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new Error('The login service answered the code exchange without a valid expires_in.');
  }
  return { accessToken, expiresIn };
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

/** Where people work when they came with no page in mind. */
export const DEFAULT_LANDING = '/contacts';

/**
 * Where a finished sign-in goes: the page that was asked for, or, when none was (the console's
 * bare address, or nothing usable), the contacts list rather than the start page.
 */
export function landingPath(returnTo: string | null | undefined): string {
  const safe = safeReturnTo(returnTo);
  return safe === '/' ? DEFAULT_LANDING : safe;
}
