import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../auth/guard.ts';
import { hasPermission } from '../auth/permission-match.ts';
import { divisionJson } from '../domain/identity-views.ts';
import { pageListing, pageOffset, parsePaging } from '../domain/paging.ts';
import { invalidField, notFound } from '../errors.ts';
import { asQueryRecord, listParam, singleParam } from '../http/query-params.ts';
import type { SandboxContext } from '../sandbox-context.ts';

const DIVISION_PAGING = { defaultSize: 25, maxSize: 500 };

/** Division pickers: the org's divisions, its home division, and where "I" hold a permission. */
export function registerDivisionRoutes(app: FastifyInstance, context: SandboxContext): void {
  app.get('/authorization/divisions', async (request) => {
    const query = asQueryRecord(request.query);
    const paging = parsePaging(query, DIVISION_PAGING);
    const page = context.identities.listDivisions({
      ids: listParam(query, 'id'),
      nameContains: singleParam(query, 'name'),
      offset: pageOffset(paging),
      limit: paging.pageSize,
    });
    const entities = page.rows.map(divisionJson);
    return pageListing(entities, page.total, paging, '/api/v2/authorization/divisions', query);
  });

  // Registered before the :divisionId route for readability; find-my-way prefers static paths anyway.
  app.get('/authorization/divisions/home', async () =>
    divisionJson(context.identities.homeDivision()),
  );

  app.get<{ Params: { divisionId: string } }>(
    '/authorization/divisions/:divisionId',
    async (request) => {
      const division = context.identities.findDivision(request.params.divisionId);
      if (division === null) throw notFound('The requested division was not found.');
      return divisionJson(division);
    },
  );

  app.get('/authorization/divisionspermitted/paged/me', async (request) => {
    const auth = requireAuth(request);
    const query = asQueryRecord(request.query);
    const permission = singleParam(query, 'permission');
    if (permission === undefined || permission.trim() === '') {
      throw invalidField('permission', 'The permission query parameter is required.');
    }
    const paging = parsePaging(query, DIVISION_PAGING);
    const basePath = '/api/v2/authorization/divisionspermitted/paged/me';
    // Every demo role is granted org-wide, so a permission either covers all divisions or none.
    if (!hasPermission(auth.permissions, permission)) {
      return { ...pageListing([], 0, paging, basePath, query), allDivsPermitted: false };
    }
    const page = context.identities.listDivisions({
      ids: [],
      nameContains: undefined,
      offset: pageOffset(paging),
      limit: paging.pageSize,
    });
    const listing = pageListing(page.rows.map(divisionJson), page.total, paging, basePath, query);
    return { ...listing, allDivsPermitted: true };
  });
}
