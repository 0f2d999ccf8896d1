import type { FastifyInstance, FastifyReply } from 'fastify';
import { asQueryRecord, singleParam } from '../http/query-params.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { AuthorizationCodes } from './authorization-codes.ts';
import { secretMatches, sha256Hex } from './secrets.ts';

/** RFC 6749 §5.2 error codes this endpoint uses. */
export type TokenErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'server_error';

/**
 * RFC 6749 §5.2 body. Genesys's login host also sends the text as `description`, which some
 * clients read instead of `error_description`, so both are present.
 */
export function sendTokenError(
  reply: FastifyReply,
  status: number,
  error: TokenErrorCode,
  description: string,
): FastifyReply {
  if (error === 'invalid_client') reply.header('WWW-Authenticate', 'Basic realm="sandbox"');
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .header('Pragma', 'no-cache')
    .send({ error, error_description: description, description });
}

/** RFC 6749 §2.3.1: id and secret are form-encoded before being joined and base64-encoded. */
function decodeFormComponent(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

type ClientCredentials =
  | { kind: 'none' }
  | { kind: 'malformed' }
  | { kind: 'given'; clientId: string; secret: string; method: 'basic' | 'body' };

function basicCredentials(header: string | undefined): ClientCredentials {
  if (header === undefined) return { kind: 'none' };
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (match?.[1] === undefined) return { kind: 'malformed' };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator === -1) return { kind: 'malformed' };
  const clientId = decodeFormComponent(decoded.slice(0, separator));
  const secret = decodeFormComponent(decoded.slice(separator + 1));
  if (clientId === null || secret === null) return { kind: 'malformed' };
  return { kind: 'given', clientId, secret, method: 'basic' };
}

/**
 * The authorization code grant's exchange (RFC 6749 §4.1.3, RFC 7636 §4.5), for the public browser
 * client: no secret, the PKCE verifier instead. Errors are RFC 6749 §5.2 bodies, as Genesys's login
 * host sends them.
 */
function exchangeCode(
  context: SandboxContext,
  codes: AuthorizationCodes,
  body: ReturnType<typeof asQueryRecord>,
  reply: FastifyReply,
): FastifyReply {
  const code = singleParam(body, 'code');
  const clientId = singleParam(body, 'client_id');
  if (code === undefined || code === '') {
    return sendTokenError(reply, 400, 'invalid_request', 'The code parameter is missing.');
  }
  if (clientId === undefined || clientId === '') {
    return sendTokenError(reply, 400, 'invalid_request', 'The client_id parameter is missing.');
  }
  const client = context.identities.findClient(clientId);
  if (client === null) {
    return sendTokenError(reply, 401, 'invalid_client', 'Client authentication failed.');
  }
  if (client.grantType !== 'implicit') {
    return sendTokenError(
      reply,
      400,
      'unauthorized_client',
      'This client is not allowed to use the authorization code grant.',
    );
  }
  const redemption = codes.redeem({
    code,
    clientId,
    redirectUri: singleParam(body, 'redirect_uri'),
    codeVerifier: singleParam(body, 'code_verifier'),
  });
  if (redemption.kind !== 'ok') {
    if (redemption.kind === 'invalid_grant' && redemption.revokeTokenHash !== undefined) {
      context.tokens.revokeHash(redemption.revokeTokenHash);
    }
    return sendTokenError(reply, 400, redemption.kind, redemption.description);
  }
  const issued = context.tokens.issue({
    clientId,
    userId: redemption.userId,
    sessionIdHash: redemption.sessionIdHash,
    ttlSeconds: context.options.tokenTtlSeconds,
  });
  redemption.record(sha256Hex(issued.accessToken));
  return reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache').send({
    access_token: issued.accessToken,
    token_type: 'bearer',
    expires_in: issued.expiresIn,
  });
}

export function registerTokenRoute(
  app: FastifyInstance,
  context: SandboxContext,
  codes: AuthorizationCodes,
): void {
  app.post('/oauth/token', async (request, reply) => {
    const body = asQueryRecord(request.body);
    const grantType = singleParam(body, 'grant_type');
    if (grantType === undefined || grantType === '') {
      return sendTokenError(reply, 400, 'invalid_request', 'The grant_type parameter is missing.');
    }
    if (grantType === 'authorization_code') return exchangeCode(context, codes, body, reply);
    if (grantType !== 'client_credentials') {
      return sendTokenError(
        reply,
        400,
        'unsupported_grant_type',
        `The grant type "${grantType}" is not supported here; use client_credentials or authorization_code, or the implicit grant at /oauth/authorize.`,
      );
    }

    const basic = basicCredentials(request.headers.authorization);
    const bodyId = singleParam(body, 'client_id');
    const bodySecret = singleParam(body, 'client_secret');
    if (basic.kind === 'given' && (bodyId !== undefined || bodySecret !== undefined)) {
      // RFC 6749 §2.3: a client must not use more than one authentication method per request.
      return sendTokenError(
        reply,
        400,
        'invalid_request',
        'Send the client credentials either in the Authorization header or in the body, not both.',
      );
    }
    const credentials: ClientCredentials =
      basic.kind !== 'none'
        ? basic
        : bodyId !== undefined
          ? { kind: 'given', clientId: bodyId, secret: bodySecret ?? '', method: 'body' }
          : { kind: 'none' };
    if (credentials.kind !== 'given') {
      return sendTokenError(reply, 401, 'invalid_client', 'Client authentication failed.');
    }
    const client = context.identities.findClient(credentials.clientId);
    if (
      client === null ||
      client.secretHash === null ||
      !secretMatches(credentials.secret, client.secretHash)
    ) {
      return sendTokenError(reply, 401, 'invalid_client', 'Client authentication failed.');
    }
    if (client.grantType !== 'client_credentials') {
      return sendTokenError(
        reply,
        400,
        'unauthorized_client',
        'This client is not allowed to use the client credentials grant.',
      );
    }

    const issued = context.tokens.issue({
      clientId: client.id,
      userId: null,
      sessionIdHash: null,
      ttlSeconds: context.options.tokenTtlSeconds,
    });
    return reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache').send({
      access_token: issued.accessToken,
      token_type: 'bearer',
      expires_in: issued.expiresIn,
    });
  });
}
