import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { toApiProblem } from '../errors.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { createAuthorizationCodes } from './authorization-codes.ts';
import { registerAuthorizeRoutes } from './authorize.ts';
import { renderErrorPage } from './authorize-page.ts';
import { registerLogoutRoute } from './logout.ts';
import { sendHtmlPage } from './oauth-responses.ts';
import { registerTokenRoute, sendTokenError } from './token.ts';

/**
 * The login host's routes, served on the API's origin. Registered as an encapsulated plugin so
 * form bodies are parsed here only (the API accepts JSON alone) and so errors take the shape
 * each route's caller expects: RFC 6749 JSON for /oauth/token, an HTML page for the browser.
 */
export const oauthRoutes: FastifyPluginAsync<{ context: SandboxContext }> = async (
  app: FastifyInstance,
  { context },
) => {
  await app.register(formbody);

  app.setErrorHandler((error: unknown, request, reply) => {
    const problem = toApiProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'unexpected error');
    if (request.url.startsWith('/oauth/token')) {
      return problem.status >= 500
        ? sendTokenError(reply, 500, 'server_error', 'The sandbox failed unexpectedly.')
        : sendTokenError(reply, problem.status, 'invalid_request', problem.message);
    }
    return sendHtmlPage(reply, problem.status, renderErrorPage('Sign-in error', problem.message));
  });

  // Shared by the two ends of the code grant: authorize issues a code, the token endpoint takes it.
  const codes = createAuthorizationCodes(context.options.clock);
  registerAuthorizeRoutes(app, context, codes);
  registerTokenRoute(app, context, codes);
  registerLogoutRoute(app, context);
};
