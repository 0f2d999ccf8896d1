import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem, badRequest, errorBody, notFound, sendProblem } from '../errors.ts';
import { CORRELATION_HEADER } from './correlation-id.ts';
import { corsReplyHeaders } from './cors.ts';

/**
 * Errors Fastify and Node raise before any route or hook runs (a path that does not decode, an
 * over-long path parameter, a request line or headers too large to parse) would otherwise go out
 * in their own shapes, without a contextId. These turn them into Genesys error bodies.
 */

interface CodedError {
  code?: unknown;
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as CodedError).code : undefined;
}

/**
 * Fastify's `frameworkErrors`: the request has its id, but the reply is made outside any route,
 * where the app's onRequest and onSend hooks do not run, so the correlation and CORS headers are
 * set here (a browser page must be able to read the Genesys body of its own bad request).
 */
export function frameworkErrorSender(allowedOrigins: readonly string[]) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    reply.header(CORRELATION_HEADER, request.id);
    reply.headers(corsReplyHeaders(request.headers.origin, allowedOrigins));
    return sendProblem(request, reply, frameworkProblem(codeOf(error)));
  };
}

export function frameworkProblem(code: unknown): ApiProblem {
  switch (code) {
    case 'FST_ERR_BAD_URL':
      return badRequest(
        'The request URL is not valid: a path segment holds a malformed percent-encoding.',
      );
    // Every id the API knows is far shorter than the 100 characters Fastify allows, so a longer
    // path segment names nothing: the same answer as any unknown id.
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return notFound();
    default:
      return badRequest();
  }
}

function uriTooLong(): ApiProblem {
  return new ApiProblem(
    414,
    'uri.too.long',
    'The request URL is longer than the server accepts. Send fewer or shorter query parameters.',
  );
}

function headersTooLarge(): ApiProblem {
  return new ApiProblem(
    431,
    'request.headers.too.large',
    'The request headers are larger than the server accepts.',
  );
}

function clientTimeout(): ApiProblem {
  return new ApiProblem(
    408,
    'request.timeout',
    'The client did not produce a request within the server timeout limit.',
  );
}

/** Node's parser errors; Fastify's ConnectionError types `rawPacket` as JSON, not the Buffer it is. */
interface ParserError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/**
 * Node reports an over-long URL and over-large headers alike (HPE_HEADER_OVERFLOW); what was
 * received tells them apart: no complete request line means the URL itself is too long.
 */
export function clientErrorProblem(error: ParserError): ApiProblem {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return clientTimeout();
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const received = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
    return received.includes('\r\n') ? headersTooLarge() : uriTooLong();
  }
  return badRequest();
}

/**
 * The Origin header among what Node received before giving up, if it got that far (headers too
 * large: yes, usually; a request line too long: no, and then no page can read the reply anyway).
 */
export function originInPacket(rawPacket: unknown): string | undefined {
  if (!Buffer.isBuffer(rawPacket)) return undefined;
  const match = /\r\norigin:[ \t]*([^\r\n]{1,200})\r\n/i.exec(rawPacket.toString('latin1'));
  return match?.[1]?.trim();
}

/**
 * Fastify's `clientErrorHandler`: no request exists yet, so the reply is written to the socket by
 * hand, with a fresh correlation id, and the connection closed (its state is unknown).
 */
export function clientErrorSender(allowedOrigins: readonly string[]) {
  return (error: ParserError, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy(error);
      return;
    }
    const problem = clientErrorProblem(error);
    const contextId = randomUUID();
    const body = JSON.stringify(errorBody(problem, contextId));
    const cors = corsReplyHeaders(originInPacket(error.rawPacket), allowedOrigins);
    socket.end(
      [
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `${CORRELATION_HEADER}: ${contextId}`,
        ...Object.entries(cors).map(([name, value]) => `${name}: ${value}`),
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  };
}
