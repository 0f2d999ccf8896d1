import type { FastifyInstance } from 'fastify';
import { requireAnyPermission, requireUserContext } from '../auth/guard.ts';
import { DIRECTORY_USER_VIEW } from '../auth/permissions.ts';
import type { UserStateFilter } from '../db/identities-repo.ts';
import { organizationJson, userAuthorizationJson, userJson } from '../domain/identity-views.ts';
import type { UserMeJson } from '../domain/identity-views.ts';
import { pageCountOf, pageListing, pageOffset, parsePaging, slicePage } from '../domain/paging.ts';
import { searchUsers, userSearchRequestSchema } from '../domain/user-search.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import { asQueryRecord, listParam, singleParam } from '../http/query-params.ts';
import type { SandboxContext } from '../sandbox-context.ts';

const USER_STATES: readonly UserStateFilter[] = ['active', 'inactive', 'deleted', 'any'];

function parseStateFilter(value: string | undefined): UserStateFilter {
  if (value === undefined) return 'active';
  const state = USER_STATES.find((candidate) => candidate === value);
  if (state === undefined) {
    throw invalidField('state', `state must be one of ${USER_STATES.join(', ')}.`);
  }
  return state;
}

function parseDescending(value: string | undefined): boolean {
  if (value === undefined || value === 'ascending') return false;
  if (value === 'descending') return true;
  throw invalidField('sortOrder', 'sortOrder must be ascending or descending.');
}

/** GET /users/me, GET /users, GET /users/{userId}, POST /users/search. */
export function registerUserRoutes(app: FastifyInstance, context: SandboxContext): void {
  app.get('/users/me', async (request) => {
    const auth = requireUserContext(request);
    const expand = new Set(listParam(asQueryRecord(request.query), 'expand'));
    const me: UserMeJson = userJson(auth.user);
    if (expand.has('authorization'))
      me.authorization = userAuthorizationJson(auth.roles, auth.permissions);
    if (expand.has('organization'))
      me.organization = organizationJson(context.identities.organization());
    return me;
  });

  app.get('/users', async (request) => {
    const query = asQueryRecord(request.query);
    const paging = parsePaging(query, { defaultSize: 25, maxSize: 500 });
    const page = context.identities.listUsers({
      state: parseStateFilter(singleParam(query, 'state')),
      ids: listParam(query, 'id'),
      descending: parseDescending(singleParam(query, 'sortOrder')),
      offset: pageOffset(paging),
      limit: paging.pageSize,
    });
    return pageListing(page.rows.map(userJson), page.total, paging, '/api/v2/users', query);
  });

  app.get<{ Params: { userId: string } }>('/users/:userId', async (request) => {
    const wanted = singleParam(asQueryRecord(request.query), 'state');
    const user = context.identities.findUser(request.params.userId);
    // Deleted users stay hidden unless asked for, like the real route's state=deleted.
    if (user === null || (user.state === 'deleted' && wanted !== 'deleted')) {
      throw notFound('The requested user was not found.', [
        { errorCode: 'not.found', entityId: request.params.userId, entityName: 'user' },
      ]);
    }
    return userJson(user);
  });

  app.post(
    '/users/search',
    { preHandler: requireAnyPermission(DIRECTORY_USER_VIEW) },
    async (request) => {
      const search = parseBody(userSearchRequestSchema, request.body);
      const paging = parsePaging(search, { defaultSize: 25, maxSize: 100 });
      const found = searchUsers(context.identities.allUsers(), search);
      return {
        total: found.length,
        pageSize: paging.pageSize,
        pageNumber: paging.pageNumber,
        pageCount: pageCountOf(found.length, paging.pageSize),
        types: ['users'],
        results: slicePage(found, paging).map(userJson),
      };
    },
  );
}
