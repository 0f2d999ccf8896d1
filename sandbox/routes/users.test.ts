import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANIZATION, DEMO_USERS, USER_IDS } from '../auth/demo-identities.ts';
import { EXTERNAL_CONTACTS_ADMIN_PERMISSIONS } from '../auth/permissions.ts';
import { bearer, clientCredentialsToken, signIn } from '../testing/sandbox-test-kit.ts';
import { eachTestServer } from '../testing/test-server-lifecycle.ts';

let app: FastifyInstance;
let adminToken: string;
eachTestServer((server, token) => {
  app = server;
  adminToken = token;
});

const get = (url: string, token = adminToken) =>
  app.inject({ method: 'GET', url, headers: bearer(token) });

describe('GET /api/v2/users/me', () => {
  it('returns the signed-in user in the UserMe shape', async () => {
    const response = await get('/api/v2/users/me');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: USER_IDS.alexAdmin,
      name: 'Alex Admin',
      email: 'admin@sandbox.example',
      username: 'admin@sandbox.example',
      state: 'active',
      version: 1,
      division: {
        name: 'Home',
        selfUri: expect.stringMatching(/^\/api\/v2\/authorization\/divisions\//),
      },
      selfUri: `/api/v2/users/${USER_IDS.alexAdmin}`,
    });
    expect(response.json()).not.toHaveProperty('authorization');
  });

  it('adds roles and every admin permission with expand=authorization', async () => {
    const response = await get('/api/v2/users/me?expand=authorization');
    const { authorization } = response.json<{
      authorization: { roles: { name: string }[]; permissions: string[]; permissionPolicies: [] };
    }>();
    expect(authorization.roles).toEqual([
      { id: expect.any(String), name: 'External Contacts Admin' },
    ]);
    expect(authorization.permissions).toEqual([...EXTERNAL_CONTACTS_ADMIN_PERMISSIONS].sort());
    expect(authorization.permissions).toContain('externalContacts:identity:merge');
    expect(authorization.permissions).toContain('directory:user:view');
    expect(authorization.permissionPolicies).toEqual([]);
  });

  it('takes repeated and comma-separated expand values', async () => {
    for (const query of [
      'expand=authorization&expand=organization',
      'expand=authorization,organization',
    ]) {
      const body = (await get(`/api/v2/users/me?${query}`)).json<Record<string, unknown>>();
      expect(body).toHaveProperty('authorization');
      expect(body.organization).toMatchObject({
        id: DEMO_ORGANIZATION.id,
        name: 'Sandbox Demo Org',
      });
    }
  });

  it('gives the curator no merge, promote or custom-field permission', async () => {
    const { token } = await signIn(app, USER_IDS.caseyCurator);
    const body = (await get('/api/v2/users/me?expand=authorization', token)).json<{
      authorization: { permissions: string[] };
    }>();
    expect(body.authorization.permissions).toContain('externalContacts:contact:edit');
    expect(body.authorization.permissions.some((p) => /identity|customFields/.test(p))).toBe(false);
  });

  it('refuses client-credentials tokens with 400', async () => {
    const token = await clientCredentialsToken(app);
    const response = await get('/api/v2/users/me', token);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'bad.request',
      message:
        'This request requires a user context. Client credentials cannot be used for requests to this resource.',
    });
  });
});

describe('GET /api/v2/users', () => {
  it('pages through active users sorted by name', async () => {
    const response = await get('/api/v2/users?pageSize=4&pageNumber=2');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ entities: { name: string }[] } & Record<string, unknown>>();
    const names = DEMO_USERS.map((user) => user.name).sort((a, b) => a.localeCompare(b));
    expect(body.entities.map((user) => user.name)).toEqual(names.slice(4, 8));
    expect(body).toMatchObject({
      pageSize: 4,
      pageNumber: 2,
      total: DEMO_USERS.length,
      pageCount: Math.ceil(DEMO_USERS.length / 4),
      firstUri: '/api/v2/users?pageSize=4&pageNumber=1',
      previousUri: '/api/v2/users?pageSize=4&pageNumber=1',
      nextUri: '/api/v2/users?pageSize=4&pageNumber=3',
      lastUri: '/api/v2/users?pageSize=4&pageNumber=3',
      selfUri: '/api/v2/users?pageSize=4&pageNumber=2',
    });
  });

  it('defaults to 25 per page and sorts descending on request', async () => {
    const body = (await get('/api/v2/users?sortOrder=descending')).json<{
      pageSize: number;
      entities: { name: string }[];
    }>();
    expect(body.pageSize).toBe(25);
    expect(body.entities[0]?.name).toBe('Tom Becker');
  });

  it('filters by repeated id', async () => {
    const body = (
      await get(`/api/v2/users?id=${USER_IDS.rileyReader}&id=${USER_IDS.caseyCurator}`)
    ).json<{
      total: number;
      entities: { id: string }[];
    }>();
    expect(body.total).toBe(2);
    expect(body.entities.map((user) => user.id).sort()).toEqual(
      [USER_IDS.caseyCurator, USER_IDS.rileyReader].sort(),
    );
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
    ['pageSize=501', 'pageSize'],
    ['pageNumber=0', 'pageNumber'],
    ['state=gone', 'state'],
    ['sortOrder=up', 'sortOrder'],
  ])('answers %s with 400 naming the field', async (query, fieldName) => {
    const response = await get(`/api/v2/users?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'bad.request', details: [{ fieldName }] });
  });
});

describe('GET /api/v2/users/{userId}', () => {
  it('returns one user', async () => {
    const response = await get(`/api/v2/users/${USER_IDS.caseyCurator}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Casey Curator', title: 'Data Steward' });
  });

  it('answers an unknown id with 404 not.found', async () => {
    const response = await get('/api/v2/users/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not.found', status: 404 });
  });
});

describe('POST /api/v2/users/search', () => {
  const search = (payload: Record<string, unknown>, token = adminToken) =>
    app.inject({ method: 'POST', url: '/api/v2/users/search', headers: bearer(token), payload });

  it('finds users by name, case- and accent-insensitively', async () => {
    const response = await search({ query: [{ type: 'QUERY_STRING', value: 'GARCIA' }] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      total: 1,
      pageNumber: 1,
      pageSize: 25,
      pageCount: 1,
      results: [{ name: 'Mateo García' }],
    });
  });

  it('searches emails with CONTAINS and pages the results', async () => {
    const body = (
      await search({
        query: [{ type: 'CONTAINS', fields: ['email'], value: '@sandbox.example' }],
        pageSize: 5,
        pageNumber: 3,
      })
    ).json<{ total: number; pageCount: number; results: unknown[] }>();
    expect(body.total).toBe(DEMO_USERS.length);
    expect(body.pageCount).toBe(Math.ceil(DEMO_USERS.length / 5));
    expect(body.results).toHaveLength(DEMO_USERS.length - 10);
  });

  it('rejects an empty query and an unsupported type with 400 naming the field', async () => {
    const empty = await search({ query: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ details: [{ fieldName: 'query' }] });
    const regex = await search({ query: [{ type: 'REGEX', value: 'a.*' }] });
    expect(regex.statusCode).toBe(400);
    expect(regex.json()).toMatchObject({ details: [{ fieldName: 'query[0].type' }] });
  });
});
