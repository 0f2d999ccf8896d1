import type { OAuthClientRecord } from '../db/identity-records.ts';
import type { IdentitiesRepo } from '../db/identities-repo.ts';
import type { AuthorizeParams } from './authorize-page.ts';
import {
  UNSAFE_REDIRECT_MESSAGE,
  fragmentRedirect,
  isPlainRedirectText,
  isRedirectAllowed,
  queryRedirect,
} from './redirect-rules.ts';

/** Raw request values, from the query string (GET) or the form (POST). */
export interface AuthorizeInput {
  clientId: string | undefined;
  redirectUri: string | undefined;
  responseType: string | undefined;
  state: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
}

export type AuthorizeCheck =
  /** The redirect target cannot be trusted: show a page, never redirect (RFC 6749 §4.2.2.1). */
  | { kind: 'error-page'; title: string; message: string }
  /** The target is trusted: report the error to it (fragment for token, query for code). */
  | { kind: 'error-redirect'; location: string }
  | { kind: 'ok'; client: OAuthClientRecord; params: AuthorizeParams };

/** RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is always 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Checks an authorize request in the order RFC 6749 asks: first what decides whether the
 * redirect URI can be trusted (client, redirect URI), shown as a page; then everything else,
 * reported to the redirect URI. `strictRedirects` is --strict-redirects.
 *
 * Two grants: the implicit grant (`response_type=token`, the token in the fragment) and the
 * authorization code grant with PKCE (`response_type=code`, a one-time code in the query string).
 * On Genesys Cloud each OAuth client has one grant type ("Token Implicit Grant (Browser)" or
 * "Code Authorization"); the sandbox's console client, a public browser client, accepts both so
 * one sandbox serves a deployment of either kind (config.json `grant`). PKCE with S256 is
 * required for the code grant here: a browser client cannot keep a client secret.
 */
export function checkAuthorizeRequest(
  identities: IdentitiesRepo,
  input: AuthorizeInput,
  strictRedirects = false,
): AuthorizeCheck {
  if (input.clientId === undefined || input.clientId === '') {
    return {
      kind: 'error-page',
      title: 'Sign-in error',
      message: 'The client_id parameter is missing.',
    };
  }
  const client = identities.findClient(input.clientId);
  if (client === null) {
    return {
      kind: 'error-page',
      title: 'Sign-in error',
      message: `No OAuth client with the id "${input.clientId}" exists in this sandbox.`,
    };
  }
  if (input.redirectUri === undefined || input.redirectUri === '') {
    return {
      kind: 'error-page',
      title: 'Sign-in error',
      message: 'The redirect_uri parameter is missing.',
    };
  }
  if (!isPlainRedirectText(input.redirectUri)) {
    return { kind: 'error-page', title: 'Sign-in error', message: UNSAFE_REDIRECT_MESSAGE };
  }
  if (!isRedirectAllowed(client, input.redirectUri, strictRedirects)) {
    return {
      kind: 'error-page',
      title: 'Sign-in error',
      message: strictRedirects
        ? `The redirect URI "${input.redirectUri}" is not registered for the client "${client.id}". This sandbox runs with --strict-redirects: only the exact URIs given with --console-redirect are accepted.`
        : `The redirect URI "${input.redirectUri}" is not registered for the client "${client.id}". Loopback http URIs are always allowed; add others with --console-redirect.`,
    };
  }
  const redirectUri = input.redirectUri;
  const fail = (error: string, description: string): AuthorizeCheck => {
    const values = { error, error_description: description, state: input.state };
    return {
      kind: 'error-redirect',
      location:
        input.responseType === 'code'
          ? queryRedirect(redirectUri, values)
          : fragmentRedirect(redirectUri, values),
    };
  };
  if (input.responseType === undefined || input.responseType === '') {
    return fail('invalid_request', 'The response_type parameter is missing.');
  }
  if (input.responseType !== 'token' && input.responseType !== 'code') {
    return fail(
      'unsupported_response_type',
      'Only the implicit grant (response_type=token) and the authorization code grant with PKCE (response_type=code) are supported.',
    );
  }
  // Only the browser client (no secret) signs people in; the client-credentials client cannot.
  if (client.grantType !== 'implicit') {
    return fail(
      'unauthorized_client',
      input.responseType === 'token'
        ? 'This client is not allowed to use the implicit grant.'
        : 'This client is not allowed to use the authorization code grant.',
    );
  }
  if (input.responseType === 'token') {
    return {
      kind: 'ok',
      client,
      params: { clientId: client.id, redirectUri, responseType: 'token', state: input.state },
    };
  }
  if (input.codeChallenge === undefined || input.codeChallenge === '') {
    return fail(
      'invalid_request',
      'The code_challenge parameter is missing: this public client must use PKCE (RFC 7636).',
    );
  }
  if (input.codeChallengeMethod !== 'S256') {
    return fail(
      'invalid_request',
      'The code_challenge_method must be S256 (the plain method is not accepted).',
    );
  }
  if (!S256_CHALLENGE.test(input.codeChallenge)) {
    return fail(
      'invalid_request',
      'The code_challenge must be the base64url SHA-256 of the code verifier (43 characters).',
    );
  }
  return {
    kind: 'ok',
    client,
    params: {
      clientId: client.id,
      redirectUri,
      responseType: 'code',
      state: input.state,
      codeChallenge: input.codeChallenge,
      codeChallengeMethod: 'S256',
    },
  };
}
