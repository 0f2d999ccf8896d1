import type { FastifyInstance } from 'fastify';
import { corsOriginNotAllowed } from '../errors.ts';
import { CORRELATION_HEADER } from './correlation-id.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = `Authorization, Content-Type, ${CORRELATION_HEADER}`;
const EXPOSED_HEADERS = `${CORRELATION_HEADER}, Retry-After, inin-ratelimit-count, inin-ratelimit-allowed, inin-ratelimit-reset`;
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** A dev server on any loopback port is always welcome; anything else must be named by a flag. */
export function isOriginAllowed(origin: string, extraOrigins: readonly string[]): boolean {
  if (extraOrigins.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // An Origin header is exactly scheme://host[:port]; anything longer is not a real origin.
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.origin === origin;
}

/**
 * The headers that let a page on `origin` read a reply (none for a refused or absent origin).
 * Shared with the framework-error replies, which are made outside the onRequest hook below.
 */
export function corsReplyHeaders(
  origin: string | undefined,
  extraOrigins: readonly string[],
): Record<string, string> {
  if (origin === undefined) return {};
  if (!isOriginAllowed(origin, extraOrigins)) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
}

/**
 * Hand-written rather than @fastify/cors so a refused preflight gets a Genesys error body (403,
 * `cors.origin.not.allowed`) instead of a silent 204 without headers.
 */
export function registerCors(app: FastifyInstance, extraOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined) return;
    reply.headers(corsReplyHeaders(origin, extraOrigins));
    const allowed = isOriginAllowed(origin, extraOrigins);
    const isPreflight =
      request.method === 'OPTIONS' &&
      request.headers['access-control-request-method'] !== undefined;
    if (!isPreflight) return;
    if (!allowed) throw corsOriginNotAllowed(origin);
    reply.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
    reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    reply.header('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
    return reply.code(204).send();
  });
}
