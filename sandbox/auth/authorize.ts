import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OAuthClientRecord } from '../db/identity-records.ts';
import { asQueryRecord, singleParam } from '../http/query-params.ts';
import type { QueryRecord } from '../http/query-params.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { AuthorizationCodes } from './authorization-codes.ts';
import { renderErrorPage, renderSignInPage } from './authorize-page.ts';
import type { AuthorizeParams, SignInChoice } from './authorize-page.ts';
import { checkAuthorizeRequest } from './authorize-request.ts';
import type { AuthorizeInput } from './authorize-request.ts';
import { SESSION_COOKIE, readCookie, sessionCookie } from './login-sessions.ts';
import { sendHtmlPage, sendRedirect } from './oauth-responses.ts';
import { fragmentRedirect, queryRedirect } from './redirect-rules.ts';
import { CSRF_FIELD, csrfTokenFor, csrfTokenMatches } from './sign-in-csrf.ts';

function authorizeInput(values: QueryRecord): AuthorizeInput {
  return {
    clientId: singleParam(values, 'client_id'),
    redirectUri: singleParam(values, 'redirect_uri'),
    responseType: singleParam(values, 'response_type'),
    state: singleParam(values, 'state'),
    codeChallenge: singleParam(values, 'code_challenge'),
    codeChallengeMethod: singleParam(values, 'code_challenge_method'),
  };
}

/** People with External Contacts roles first: they are who a developer usually wants. */
function signInChoices(context: SandboxContext): SignInChoice[] {
  const choices = context.identities
    .allUsers()
    .filter((user) => user.state === 'active')
    .map((user) => ({ user, roles: context.identities.rolesOfUser(user.id) }));
  const worksWithContacts = (choice: SignInChoice) =>
    choice.roles.some((role) => role.permissions.some((p) => p.startsWith('externalContacts:')));
  return [...choices.filter(worksWithContacts), ...choices.filter((c) => !worksWithContacts(c))];
}

function showSignInPage(
  context: SandboxContext,
  request: FastifyRequest,
  reply: FastifyReply,
  client: OAuthClientRecord,
  params: AuthorizeParams,
  failure?: { status: number; message: string },
): FastifyReply {
  const csrf = csrfTokenFor(request.headers.cookie);
  if (csrf.setCookie !== null) reply.header('Set-Cookie', csrf.setCookie);
  const html = renderSignInPage({
    client,
    params,
    choices: signInChoices(context),
    csrfToken: csrf.token,
    error: failure?.message,
  });
  // form-action must also allow the redirect target: browsers apply it to the redirect after POST.
  const formActions = ["'self'", new URL(params.redirectUri).origin];
  return sendHtmlPage(reply, failure?.status ?? 200, html, formActions);
}

/** The answer to a granted request: a token in the fragment, or a one-time code in the query. */
function redirectGranted(
  context: SandboxContext,
  codes: AuthorizationCodes,
  reply: FastifyReply,
  params: AuthorizeParams,
  userId: string,
  sessionIdHash: string,
): FastifyReply {
  if (params.responseType === 'code' && params.codeChallenge !== undefined) {
    const code = codes.issue({
      clientId: params.clientId,
      redirectUri: params.redirectUri,
      userId,
      sessionIdHash,
      codeChallenge: params.codeChallenge,
    });
    return sendRedirect(reply, queryRedirect(params.redirectUri, { code, state: params.state }));
  }
  const issued = context.tokens.issue({
    clientId: params.clientId,
    userId,
    sessionIdHash,
    ttlSeconds: context.options.tokenTtlSeconds,
  });
  const location = fragmentRedirect(params.redirectUri, {
    access_token: issued.accessToken,
    expires_in: String(issued.expiresIn),
    token_type: 'bearer',
    state: params.state,
  });
  return sendRedirect(reply, location);
}

/**
 * GET shows the sign-in page, or signs in silently when the browser has a live login session
 * (the login host's single sign-on: no page, straight back with a token or code, unless
 * `prompt=login`); POST is the page's form, CSRF-checked.
 */
export function registerAuthorizeRoutes(
  app: FastifyInstance,
  context: SandboxContext,
  codes: AuthorizationCodes,
): void {
  const strict = context.options.strictRedirects;

  app.get('/oauth/authorize', async (request, reply) => {
    const query = asQueryRecord(request.query);
    const check = checkAuthorizeRequest(context.identities, authorizeInput(query), strict);
    if (check.kind === 'error-page') {
      return sendHtmlPage(reply, 400, renderErrorPage(check.title, check.message));
    }
    if (check.kind === 'error-redirect') return sendRedirect(reply, check.location);

    const forceLogin = singleParam(query, 'prompt') === 'login';
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = sessionId === undefined ? null : context.sessions.find(sessionId);
    const user = session === null ? null : context.identities.findUser(session.userId);
    if (!forceLogin && session !== null && user !== null && user.state === 'active') {
      return redirectGranted(context, codes, reply, check.params, user.id, session.idHash);
    }
    return showSignInPage(context, request, reply, check.client, check.params);
  });

  app.post('/oauth/authorize', async (request, reply) => {
    const form = asQueryRecord(request.body);
    const check = checkAuthorizeRequest(context.identities, authorizeInput(form), strict);
    if (check.kind === 'error-page') {
      return sendHtmlPage(reply, 400, renderErrorPage(check.title, check.message));
    }
    if (check.kind === 'error-redirect') return sendRedirect(reply, check.location);

    if (!csrfTokenMatches(request.headers.cookie, singleParam(form, CSRF_FIELD))) {
      return showSignInPage(context, request, reply, check.client, check.params, {
        status: 403,
        message:
          'This sign-in form was not sent from this page, or it has expired. Nobody was signed in: choose the demo user again.',
      });
    }
    const userId = singleParam(form, 'user_id');
    const user = userId === undefined ? null : context.identities.findUser(userId);
    if (user === null || user.state !== 'active') {
      return showSignInPage(context, request, reply, check.client, check.params, {
        status: 400,
        message: 'That user cannot sign in. Choose one of the demo users below.',
      });
    }
    // One browser, one login: signing in again replaces the previous session and its tokens.
    const previous = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (previous !== undefined) context.sessions.end(previous);
    const session = context.sessions.start(user.id);
    reply.header('Set-Cookie', sessionCookie(session.sessionId));
    return redirectGranted(context, codes, reply, check.params, user.id, session.idHash);
  });
}
