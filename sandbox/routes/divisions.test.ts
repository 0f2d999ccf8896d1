import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIVISION_IDS, USER_IDS } from '../auth/demo-identities.ts';
import { bearer, signIn, testServer } from '../testing/sandbox-test-kit.ts';

let app: FastifyInstance;
let readerToken: string;
beforeEach(async () => {
  app = await testServer();
  readerToken = (await signIn(app, USER_IDS.rileyReader)).token;
});
afterEach(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: bearer(readerToken) });

describe('GET /api/v2/authorization/divisions', () => {
  it('lists the three divisions, home first', async () => {
    const response = await get('/api/v2/authorization/divisions');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      entities: { name: string; homeDivision: boolean }[];
      total: number;
    }>();
    expect(body.total).toBe(3);
    expect(body.entities.map((d) => d.name)).toEqual(['Home', 'Americas Support', 'EMEA Sales']);
    expect(body.entities[0]).toMatchObject({
      id: DIVISION_IDS.home,
      homeDivision: true,
      selfUri: `/api/v2/authorization/divisions/${DIVISION_IDS.home}`,
    });
    expect(body).toMatchObject({ pageSize: 25, pageNumber: 1, pageCount: 1 });
  });

  it('filters by name and by id', async () => {
    const byName = (await get('/api/v2/authorization/divisions?name=emea')).json<{
      entities: { id: string }[];
    }>();
    expect(byName.entities.map((d) => d.id)).toEqual([DIVISION_IDS.emeaSales]);
    const byId = (
      await get(`/api/v2/authorization/divisions?id=${DIVISION_IDS.americasSupport}`)
    ).json<{ entities: { name: string }[] }>();
    expect(byId.entities.map((d) => d.name)).toEqual(['Americas Support']);
  });

  it('validates paging', async () => {
    const response = await get('/api/v2/authorization/divisions?pageSize=-3');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ details: [{ fieldName: 'pageSize' }] });
  });

  it('returns the home division and single divisions', async () => {
    expect((await get('/api/v2/authorization/divisions/home')).json()).toMatchObject({
      id: DIVISION_IDS.home,
      name: 'Home',
    });
    expect(
      (await get(`/api/v2/authorization/divisions/${DIVISION_IDS.emeaSales}`)).json(),
    ).toMatchObject({ name: 'EMEA Sales' });
    expect((await get('/api/v2/authorization/divisions/nope')).statusCode).toBe(404);
  });
});

describe('GET /api/v2/authorization/divisionspermitted/paged/me', () => {
  it('lists all divisions when the user holds the permission', async () => {
    const response = await get(
      '/api/v2/authorization/divisionspermitted/paged/me?permission=externalContacts:contact:view',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ allDivsPermitted: true, total: 3 });
  });

  it('lists nothing when the user lacks it', async () => {
    const response = await get(
      '/api/v2/authorization/divisionspermitted/paged/me?permission=externalContacts:contact:add',
    );
    expect(response.json()).toMatchObject({ allDivsPermitted: false, total: 0, entities: [] });
  });

  it('requires the permission parameter', async () => {
    const response = await get('/api/v2/authorization/divisionspermitted/paged/me');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'bad.request',
      details: [{ fieldName: 'permission' }],
    });
  });
});
