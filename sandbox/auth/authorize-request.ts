import type { OAuthClientRecord } from '../db/identity-records.ts';
import type { IdentitiesRepo } from '../db/identities-repo.ts';
import type { AuthorizeParams } from './authorize-page.ts';
import {
  UNSAFE_REDIRECT_MESSAGE,
  fragmentRedirect,
  isPlainRedirectText,
  isRedirectAllowed,
} from './redirect-rules.ts';

/** Raw request values, from the query string (GET) or the form (POST). */
export interface AuthorizeInput {
  clientId: string | undefined;
  redirectUri: string | undefined;
  responseType: string | undefined;
  state: string | undefined;
}

export type AuthorizeCheck =
  /** The redirect target cannot be trusted: show a page, never redirect (RFC 6749 §4.2.2.1). */
  | { kind: 'error-page'; title: string; message: string }
  /** The target is trusted: report the error to it in the fragment. */
  | { kind: 'error-redirect'; location: string }
  | { kind: 'ok'; client: OAuthClientRecord; params: AuthorizeParams };

export function checkAuthorizeRequest(
  identities: IdentitiesRepo,
  input: AuthorizeInput,
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
  if (!isRedirectAllowed(client, input.redirectUri)) {
    return {
      kind: 'error-page',
      title: 'Sign-in error',
      message: `The redirect URI "${input.redirectUri}" is not registered for the client "${client.id}". Loopback http URIs are always allowed; add others with --console-redirect.`,
    };
  }
  const redirectUri = input.redirectUri;
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'error-redirect',
    location: fragmentRedirect(redirectUri, {
      error,
      error_description: description,
      state: input.state,
    }),
  });
  if (input.responseType === undefined || input.responseType === '') {
    return fail('invalid_request', 'The response_type parameter is missing.');
  }
  if (input.responseType !== 'token') {
    return fail(
      'unsupported_response_type',
      'Only the implicit grant (response_type=token) is supported.',
    );
  }
  if (client.grantType !== 'implicit') {
    return fail('unauthorized_client', 'This client is not allowed to use the implicit grant.');
  }
  return {
    kind: 'ok',
    client,
    params: { clientId: client.id, redirectUri, responseType: 'token', state: input.state },
  };
}
