import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RateLimitChoice } from '../config.ts';
import { ApiProblem } from '../errors.ts';
import { SlidingWindowLimiter } from './rate-limit-window.ts';
import type { RateDecision } from './rate-limit-window.ts';

/**
 * Genesys-style API rate limiting: N requests per rolling minute per access token (Genesys
 * documents 300 per token for client credentials), answered with 429 `too.many.requests` and a
 * Retry-After in whole seconds.
 *
 * Every /api/v2 response to an authenticated request carries the headers Genesys sends:
 * - `inin-ratelimit-count`: requests counted in the current window (this one included);
 * - `inin-ratelimit-allowed`: the limit per window;
 * - `inin-ratelimit-reset`: whole seconds until the window frees room (see RateDecision).
 *
 * Unauthenticated requests are not counted (they get their 401 first), nor are /oauth requests.
 */
export const RATE_LIMIT_HEADERS = {
  count: 'inin-ratelimit-count',
  allowed: 'inin-ratelimit-allowed',
  reset: 'inin-ratelimit-reset',
} as const;

const RETRY_TEMPLATE =
  'Rate limit exceeded the maximum. Retry the request in [{retryAfter}] seconds';

export function tooManyRequests(retryAfterSeconds: number): ApiProblem {
  const retryAfter = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return new ApiProblem(
    429,
    'too.many.requests',
    RETRY_TEMPLATE.replace('{retryAfter}', retryAfter),
    {
      messageParams: { retryAfter },
      messageWithParams: RETRY_TEMPLATE,
      headers: { 'Retry-After': retryAfter },
    },
  );
}

function setRateHeaders(reply: FastifyReply, decision: RateDecision): void {
  reply.header(RATE_LIMIT_HEADERS.count, String(decision.count));
  reply.header(RATE_LIMIT_HEADERS.allowed, String(decision.limit));
  reply.header(RATE_LIMIT_HEADERS.reset, String(decision.resetSeconds));
}

/**
 * A root preParsing hook: it runs after every onRequest hook, including the /api/v2 scope's
 * authentication, so `request.auth` is known, and before the body is parsed or a permission or
 * route handler runs, so a refused request costs nothing.
 */
export function registerRateLimit(
  app: FastifyInstance,
  choice: RateLimitChoice,
  clock: () => number,
): void {
  if (choice.kind === 'off') return;
  const limiter = new SlidingWindowLimiter(choice.requests);
  app.addHook('preParsing', async (request, reply, payload) => {
    // auth is only ever set inside the /api/v2 scope, so this also leaves /oauth alone.
    if (request.auth === null) return payload;
    const decision = limiter.take(request.auth.token.tokenHash, clock());
    setRateHeaders(reply, decision);
    if (!decision.allowed) throw tooManyRequests(decision.resetSeconds);
    return payload;
  });
}
