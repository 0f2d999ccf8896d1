import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { OAuthClientRecord, RoleRecord, UserRecord } from '../db/identity-records.ts';
import type { TokenRow } from '../db/tokens-repo.ts';
import { badRequest, missingAnyPermissions, missingPermissions, unauthorized } from '../errors.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { hasAnyPermission, missingFrom } from './permission-match.ts';

/** Who is calling: a user (implicit grant) or an OAuth client on its own (client credentials). */
export interface AuthContext {
  token: TokenRow;
  client: OAuthClientRecord;
  user: UserRecord | null;
  roles: readonly RoleRecord[];
  /** Flattened, de-duplicated and sorted permissions of all roles. */
  permissions: readonly string[];
}

export type UserAuthContext = AuthContext & { user: UserRecord };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every /api/v2 request; null elsewhere. */
    auth: AuthContext | null;
  }
}

/** `Bearer <token>`, scheme case-insensitive as in RFC 6750; anything else counts as no token. */
export function bearerToken(header: string | undefined): string | null {
  const match = header === undefined ? null : /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export function resolveAuth(
  context: SandboxContext,
  authorization: string | undefined,
): AuthContext {
  const accessToken = bearerToken(authorization);
  if (accessToken === null) throw unauthorized('authentication.required');
  const lookup = context.tokens.resolve(accessToken);
  if (lookup.kind === 'unknown') throw unauthorized('bad.credentials');
  if (lookup.kind === 'expired') throw unauthorized('credentials.expired');

  const { token } = lookup;
  const client = context.identities.findClient(token.clientId);
  if (client === null) throw unauthorized('bad.credentials');
  let user: UserRecord | null = null;
  let roles: RoleRecord[];
  if (token.userId === null) {
    const role = client.roleId === null ? null : context.identities.findRole(client.roleId);
    roles = role === null ? [] : [role];
  } else {
    user = context.identities.findUser(token.userId);
    // A user switched off after sign-in loses access at once, as on a real org.
    if (user === null || user.state !== 'active') throw unauthorized('bad.credentials');
    roles = context.identities.rolesOfUser(user.id);
  }
  const permissions = [...new Set(roles.flatMap((role) => role.permissions))].sort();
  return { token, client, user, roles, permissions };
}

/** At the root, so every request object has the same shape (auth stays null outside /api/v2). */
export function decorateRequestWithAuth(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
}

/** Call inside the /api/v2 scope: every route there needs a bearer token. */
export function registerAuthentication(app: FastifyInstance, context: SandboxContext): void {
  app.addHook('onRequest', async (request) => {
    request.auth = resolveAuth(context, request.headers.authorization);
  });
}

export function requireAuth(request: FastifyRequest): AuthContext {
  // Only reachable if a route outside the authenticated scope asks; treat as unauthenticated.
  if (request.auth === null) throw unauthorized('authentication.required');
  return request.auth;
}

/** For `/me` routes that make no sense without a person behind the token. */
export function requireUserContext(request: FastifyRequest): UserAuthContext {
  const auth = requireAuth(request);
  if (auth.user === null) {
    throw badRequest(
      'This request requires a user context. Client credentials cannot be used for requests to this resource.',
    );
  }
  return { ...auth, user: auth.user };
}

export function assertAnyPermission(auth: AuthContext, permissions: readonly string[]): void {
  if (!hasAnyPermission(auth.permissions, permissions)) throw missingAnyPermissions(permissions);
}

export function assertAllPermissions(auth: AuthContext, permissions: readonly string[]): void {
  const missing = missingFrom(auth.permissions, permissions);
  if (missing.length > 0) throw missingPermissions(missing);
}

/** Route option: `{ preHandler: requireAnyPermission('a', 'b') }` → 403 missing.any.permissions. */
export function requireAnyPermission(...permissions: string[]): preHandlerAsyncHookHandler {
  return async (request) => assertAnyPermission(requireAuth(request), permissions);
}

/** Route option: every permission is needed → 403 missing.permissions naming the missing ones. */
export function requireAllPermissions(...permissions: string[]): preHandlerAsyncHookHandler {
  return async (request) => assertAllPermissions(requireAuth(request), permissions);
}
