import type { FastifyInstance } from 'fastify';
import { asQueryRecord, singleParam } from '../http/query-params.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { renderErrorPage, renderSignedOutPage } from './authorize-page.ts';
import { SESSION_COOKIE, clearedSessionCookie, readCookie } from './login-sessions.ts';
import { sendHtmlPage, sendRedirect } from './oauth-responses.ts';
import {
  UNSAFE_REDIRECT_MESSAGE,
  isPlainRedirectText,
  isRedirectAllowed,
} from './redirect-rules.ts';

/** Ends the login session and revokes the tokens issued under it, then goes back if asked. */
export function registerLogoutRoute(app: FastifyInstance, context: SandboxContext): void {
  app.get('/logout', async (request, reply) => {
    const query = asQueryRecord(request.query);
    const clientId = singleParam(query, 'client_id');
    const redirectUri = singleParam(query, 'redirect_uri');
    const client = clientId === undefined ? null : context.identities.findClient(clientId);
    const refuse = (message: string) =>
      sendHtmlPage(reply, 400, renderErrorPage('Sign-out error', message));
    if (clientId !== undefined && client === null) {
      return refuse(`No OAuth client with the id "${clientId}" exists in this sandbox.`);
    }
    if (redirectUri !== undefined) {
      // Validated before anything happens, so a bad link cannot be used as an open redirect.
      if (client === null)
        return refuse('A redirect_uri needs the client_id it is registered for.');
      if (!isPlainRedirectText(redirectUri)) return refuse(UNSAFE_REDIRECT_MESSAGE);
      if (!isRedirectAllowed(client, redirectUri, context.options.strictRedirects)) {
        return refuse(
          `The redirect URI "${redirectUri}" is not registered for the client "${client.id}".`,
        );
      }
    }

    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (sessionId !== undefined) context.sessions.end(sessionId);
    reply.header('Set-Cookie', clearedSessionCookie());
    if (redirectUri !== undefined) return sendRedirect(reply, redirectUri);
    return sendHtmlPage(reply, 200, renderSignedOutPage());
  });
}
