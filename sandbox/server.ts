import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { decorateRequestWithAuth } from './auth/guard.ts';
import { oauthRoutes } from './auth/oauth-routes.ts';
import { BODY_LIMIT_BYTES, resolveSandboxOptions } from './config.ts';
import type { LogMode, SandboxOptions } from './config.ts';
import type { SqliteDatabase } from './db/connection.ts';
import { openSandboxDatabase } from './db/open-sandbox-database.ts';
import { registerOpenApiRoute } from './contract/openapi-route.ts';
import { registerContracts } from './contract/register-contracts.ts';
import { registerErrorHandling } from './errors.ts';
import { correlationIdFor, registerCorrelationHeader } from './http/correlation-id.ts';
import { registerCors } from './http/cors.ts';
import { registerFaults } from './http/faults.ts';
import { clientErrorSender, frameworkErrorSender } from './http/framework-errors.ts';
import { REDACTED_LOG_PATHS, redactUrl } from './http/log-redaction.ts';
import { registerRateLimit } from './http/rate-limit.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { signedFileRoutes } from './routes/externalcontacts/exports-file-routes.ts';
import { createSandboxContext } from './sandbox-context.ts';

export interface ServerDependencies {
  /** An already opened, migrated and seeded database; the caller keeps ownership and closes it. */
  db?: SqliteDatabase;
  /** Told of every route as it is added: lets contract tests walk the whole API surface. */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

function loggerOptions(mode: LogMode): FastifyServerOptions['logger'] {
  if (mode === 'silent') return false;
  return {
    // Request lines are info-level, so `errors` mode keeps only failures (with their stacks).
    level: mode === 'requests' ? 'info' : 'error',
    // stdout is reserved for the startup banner and the SANDBOX_READY line scripts wait for.
    stream: process.stderr,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: redactUrl(request.url),
      }),
    },
  };
}

/**
 * The whole emulator as a Fastify instance, not listening: main.ts listens, tests use inject().
 * Options missing from `overrides` take the CLI defaults; without `dependencies.db` the database
 * named by the options is opened here and closed with the server.
 */
export async function buildServer(
  overrides: Partial<SandboxOptions> = {},
  dependencies: ServerDependencies = {},
): Promise<FastifyInstance> {
  const options = resolveSandboxOptions(overrides);
  const db = dependencies.db ?? openSandboxDatabase(options).db;
  const ownsDb = dependencies.db === undefined;
  try {
    const context = createSandboxContext(db, options);
    context.tokens.purgeLongExpired();

    const app = Fastify({
      logger: loggerOptions(options.log),
      genReqId: correlationIdFor,
      bodyLimit: BODY_LIMIT_BYTES,
      frameworkErrors: frameworkErrorSender(options.allowedOrigins),
      clientErrorHandler: clientErrorSender(options.allowedOrigins),
    });
    if (ownsDb) app.addHook('onClose', async () => db.close());
    const { onRoute } = dependencies;
    if (onRoute) app.addHook('onRoute', (route) => onRoute(route));

    decorateRequestWithAuth(app);
    registerCorrelationHeader(app);
    registerCors(app, options.allowedOrigins);
    registerErrorHandling(app);
    // Both before the routes so the hooks reach them; the rate limit first, so a refused request
    // is not also faulted.
    registerRateLimit(app, options.rateLimit, options.clock);
    registerFaults(app, options.faults, options.faultsSeed);
    // Before any route, so every route is matched to its contract and listed in the document.
    const routes = registerContracts(app);
    registerOpenApiRoute(app, routes);
    await app.register(oauthRoutes, { context });
    await app.register(apiRoutes, { prefix: '/api/v2', context });
    await app.register(signedFileRoutes, { context });
    return app;
  } catch (error) {
    if (ownsDb) db.close();
    throw error;
  }
}
