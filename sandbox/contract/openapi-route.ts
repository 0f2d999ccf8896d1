import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from './openapi-document.ts';
import type { EmulatedRoute } from './register-contracts.ts';
import { OPENAPI_DOCUMENT_PATH } from './registry.ts';

/**
 * GET /api/v2/docs/openapi.json, outside the bearer-checked /api/v2 scope so Swagger UI, Postman
 * or a code generator can read it without signing in. Built on first request, when every route
 * is registered, then kept: the routes cannot change while the server runs.
 */
export function registerOpenApiRoute(app: FastifyInstance, routes: readonly EmulatedRoute[]): void {
  let document: string | null = null;
  app.get(OPENAPI_DOCUMENT_PATH, async (_request, reply) => {
    document ??= JSON.stringify(buildOpenApiDocument(routes));
    return reply.type('application/json; charset=utf-8').send(document);
  });
}
