import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FaultSpec } from '../config.ts';
import { OPENAPI_DOCUMENT_PATH } from '../contract/document-path.ts';
import { errorBody } from '../errors.ts';
import { createRng, randomSeed } from '../seed/random.ts';
import { faultProblem, serviceUnavailable } from './faults-problems.ts';
import { createFaultPlanner } from './faults-plan.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Route patterns, not raw URLs: unknown paths (404), /oauth and the sandbox's own OpenAPI
 * document (not a Genesys API; tools reading it should not meet simulated outages) are never
 * faulted.
 */
function isApiRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  return url?.startsWith('/api/v2/') === true && url !== OPENAPI_DOCUMENT_PATH;
}

/**
 * Fault injection for `--faults`. Faults strike in a root preParsing hook: after authentication
 * (a request without a token still gets its 401) and the rate limit, but BEFORE the body is
 * parsed and the handler runs. A faulted write is therefore never applied, which is what a
 * gateway timeout or overload usually means and what lets a client retry it blindly.
 * `after-write-503` is the deliberate exception: the handler runs and the write is kept, then the
 * answer is replaced by a 503, so clients can check that their retries do not duplicate data.
 * A POST that only reads (search, bulk fetch) counts as a write here; replaying it is harmless.
 */
export function registerFaults(
  app: FastifyInstance,
  spec: FaultSpec | null,
  seed: number | null,
): void {
  if (spec === null) return;
  const planner = createFaultPlanner(spec, createRng(seed ?? randomSeed()));
  const answerWith503 = new WeakSet<FastifyRequest>();

  app.addHook('preParsing', async (request, reply, payload) => {
    if (!isApiRoute(request)) return payload;
    const decision = planner.decide({ isWrite: WRITE_METHODS.has(request.method) });
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.outcome.kind === 'drop') {
      // hijack first so Fastify neither answers nor runs the handler on the dead socket.
      reply.hijack();
      request.raw.socket.destroy();
      return payload;
    }
    if (decision.outcome.kind === 'status') throw faultProblem(decision.outcome.status);
    if (decision.afterWrite503) answerWith503.add(request);
    return payload;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!answerWith503.has(request) || reply.statusCode >= 300) return payload;
    const problem = serviceUnavailable();
    reply.code(problem.status).headers(problem.headers);
    reply.removeHeader('location');
    reply.type('application/json; charset=utf-8');
    return JSON.stringify(errorBody(problem, request.id));
  });
}
