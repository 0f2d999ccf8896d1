import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const CORRELATION_HEADER = 'ININ-Correlation-Id';

/** Echoed ids are limited to harmless characters so they cannot smuggle anything into headers or logs. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Used as Fastify's genReqId, so request.id IS the correlation id: it shows up in logs, in the
 * ININ-Correlation-Id response header and as contextId in error bodies, like on a real org.
 */
export function correlationIdFor(request: IncomingMessage): string {
  const sent = request.headers[CORRELATION_HEADER.toLowerCase()];
  if (typeof sent === 'string' && ACCEPTABLE_ID.test(sent)) return sent;
  return randomUUID();
}

/** onSend runs for every reply (routes, errors, 404s, preflights), so no response lacks it. */
export function registerCorrelationHeader(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header(CORRELATION_HEADER, request.id);
    return payload;
  });
}
