import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../../auth/demo-identities.ts';
import { API, exportsTestKit } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';
import { IMPORT, importSteps } from './imports-test-kit.ts';

let kit: ExportsTestKit;
let steps: ReturnType<typeof importSteps>;
let sourceId: string;

const settingsBody = (name: string) => ({
  name,
  matchingCriteria: ['Phone', 'Email', 'Phone'],
  mergeContacts: false,
  externalSourceId: sourceId,
  importFields: [{ name: 'firstName', included: true }],
});

beforeAll(async () => {
  kit = await exportsTestKit();
  steps = importSteps(kit);
  sourceId = (await steps.post(`${API}/externalsources`, { name: 'Shop' }, 200)).id;
});
afterAll(async () => {
  await kit.app.close();
});

describe('import settings', () => {
  it('creates (200), reads, replaces and deletes (204)', async () => {
    const created = await steps.post(`${IMPORT}/settings`, settingsBody('Web shop'), 200);
    const path = `${IMPORT}/settings/${created.id}`;
    expect(created).toMatchObject({
      name: 'Web shop',
      matchingCriteria: ['Phone', 'Email'],
      mergeContacts: false,
      externalSourceId: sourceId,
      importFields: [{ name: 'firstName', included: true }],
      selfUri: path,
    });
    expect(Date.parse(String(created.dateCreated))).toBeGreaterThan(0);
    expect((await kit.call('GET', path)).json()).toEqual(created);
    const replaced = await kit.call('PUT', path, {
      ...settingsBody('Web shop 2'),
      mergeContacts: true,
    });
    expect(replaced.json()).toMatchObject({
      name: 'Web shop 2',
      mergeContacts: true,
      id: created.id,
    });
    expect((await kit.call('DELETE', path)).statusCode).toBe(204);
    expect((await kit.call('GET', path)).json()).toMatchObject({ status: 404, code: 'not.found' });
    expect((await kit.call('PUT', path, settingsBody('x'))).statusCode).toBe(404);
  });

  it('lists with name prefix, sort order and after cursors', async () => {
    for (const name of ['Alpha one', 'Alpha two', 'Beta']) {
      await steps.post(`${IMPORT}/settings`, settingsBody(name), 200);
    }
    const names = async (query: string) =>
      (await kit.call('GET', `${IMPORT}/settings?${query}`)).json<{
        entities: { name: string }[];
        cursors: { after?: string };
        nextUri?: string;
      }>();
    expect((await names('name=alpha')).entities.map((e) => e.name)).toEqual([
      'Alpha one',
      'Alpha two',
    ]);
    const descending = await names('name=alpha&sortOrder=Descending&pageSize=1');
    expect(descending.entities.map((e) => e.name)).toEqual(['Alpha two']);
    expect(descending.cursors.after).toBeDefined();
    const next = await names(
      `name=alpha&sortOrder=Descending&pageSize=1&after=${String(descending.cursors.after)}`,
    );
    expect(next.entities.map((e) => e.name)).toEqual(['Alpha one']);
    expect(next.cursors).toEqual({});
    expect(next.nextUri).toBeUndefined();
  });

  it.each([
    [
      { ...{ mergeContacts: true, importFields: [] }, externalSourceId: 'x' },
      'name',
      'name is required.',
    ],
    [
      { name: 'n', importFields: [], externalSourceId: 'x' },
      'mergeContacts',
      'mergeContacts is required: true or false.',
    ],
    [
      { name: 'n', mergeContacts: true, importFields: [] },
      'externalSourceId',
      'externalSourceId is required.',
    ],
    [
      { name: 'n', mergeContacts: true, externalSourceId: 'x' },
      'importFields',
      'importFields is required',
    ],
    [
      {
        name: 'n',
        mergeContacts: true,
        externalSourceId: 'x',
        importFields: [],
        matchingCriteria: ['Fax'],
      },
      'matchingCriteria[0]',
      'matchingCriteria values are Email or Phone.',
    ],
    [
      { name: 'n', mergeContacts: true, externalSourceId: 'nope', importFields: [] },
      'externalSourceId',
      'The external source nope does not exist.',
    ],
  ])('refuses %j naming %s', async (body, fieldName, message) => {
    const response = await kit.call('POST', `${IMPORT}/settings`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ details: [expect.objectContaining({ fieldName })] });
    expect(response.json<{ message: string }>().message).toContain(message);
  });

  it.each([
    ['sortOrder=Sideways', 'sortOrder', 'sortOrder must be Ascending or Descending.'],
    ['pageSize=101', 'pageSize', 'pageSize must be a whole number from 1 to 100.'],
    ['after=%%%', 'after', 'after is not a valid cursor: pass the one from the previous page.'],
  ])('refuses ?%s', async (query, fieldName, message) => {
    const response = await kit.call('GET', `${IMPORT}/settings?${query}`);
    expect(response.json()).toMatchObject({ status: 400, message, details: [{ fieldName }] });
  });
});

describe('import jobs', () => {
  it('creates a job that stays Created, lists by status, and cancels it', async () => {
    const settings = await steps.post(`${IMPORT}/settings`, settingsBody('For jobs'), 200);
    const job = await steps.post(
      `${IMPORT}/jobs`,
      { settingsId: settings.id, division: { id: DIVISION_IDS.americasSupport } },
      200,
    );
    expect(job).toMatchObject({
      status: 'Created',
      metadata: {},
      division: { id: DIVISION_IDS.americasSupport },
      settings: { id: settings.id, selfUri: `${IMPORT}/settings/${settings.id}` },
      selfUri: `${IMPORT}/jobs/${job.id}`,
    });
    const expanded = await kit.call('GET', `${IMPORT}/jobs/${job.id}?expand=division`);
    expect(expanded.json()).toMatchObject({ division: { name: 'Americas Support' } });

    const proceed = await kit.call('PUT', `${IMPORT}/jobs/${job.id}`, {
      jobId: job.id,
      status: 'Continue',
    });
    expect(proceed.statusCode).toBe(400);
    expect(proceed.json<{ message: string }>().message).toContain('it has no file to import');

    const created = await kit.call('GET', `${IMPORT}/jobs?jobStatus=Created`);
    const ids = created.json<{ entities: { id: string; status: string }[] }>().entities;
    expect(ids.map((e) => e.id)).toContain(job.id);
    expect(ids.every((e) => e.status === 'Created')).toBe(true);

    const cancel = await kit.call('PUT', `${IMPORT}/jobs/${job.id}`, {
      jobId: job.id,
      status: 'Cancel',
    });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toEqual({ jobId: job.id, status: 'Cancel' });
    const cancelled = await kit.call(
      'GET',
      `${IMPORT}/jobs?jobStatus=Cancelled&sortOrder=Descending`,
    );
    expect(cancelled.json<{ entities: { id: string }[] }>().entities[0]?.id).toBe(job.id);
  });

  it.each([
    [{}, 'settingsId', 'settingsId is required.'],
    [{ settingsId: 'nope' }, 'settingsId', 'The import settings nope do not exist.'],
  ])('POST %j → 400 naming %s', async (body, fieldName, message) => {
    const response = await kit.call('POST', `${IMPORT}/jobs`, body);
    expect(response.json()).toMatchObject({
      status: 400,
      details: [expect.objectContaining({ fieldName })],
    });
    expect(response.json<{ message: string }>().message).toContain(message);
  });

  it('refuses an unknown division, status, expand and jobStatus', async () => {
    const settings = await steps.post(`${IMPORT}/settings`, settingsBody('Div'), 200);
    const division = await kit.call('POST', `${IMPORT}/jobs`, {
      settingsId: settings.id,
      division: { id: 'nowhere' },
    });
    expect(division.json()).toMatchObject({ status: 400, details: [{ fieldName: 'division.id' }] });
    const job = await steps.post(`${IMPORT}/jobs`, { settingsId: settings.id }, 200);
    const status = await kit.call('PUT', `${IMPORT}/jobs/${job.id}`, {
      jobId: job.id,
      status: 'Pause',
    });
    expect(status.json()).toMatchObject({
      status: 400,
      message: 'status: status must be one of Continue, Cancel, Retry.',
    });
    const expand = await kit.call('GET', `${IMPORT}/jobs?expand=settings`);
    expect(expand.json()).toMatchObject({ status: 400, details: [{ fieldName: 'expand' }] });
    const jobStatus = await kit.call('GET', `${IMPORT}/jobs?jobStatus=Paused`);
    expect(jobStatus.json()).toMatchObject({
      status: 400,
      message: 'jobStatus must be one of Created, Running, Completed, Failed, Cancelled.',
    });
    expect((await kit.call('GET', `${IMPORT}/jobs/nope`)).statusCode).toBe(404);
    expect(
      (await kit.call('PUT', `${IMPORT}/jobs/nope`, { jobId: 'nope', status: 'Cancel' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('permissions of the import routes', () => {
  const routes: [string, string][] = [
    ['GET', `${IMPORT}/settings`],
    ['POST', `${IMPORT}/settings`],
    ['GET', `${IMPORT}/settings/x`],
    ['PUT', `${IMPORT}/settings/x`],
    ['DELETE', `${IMPORT}/settings/x`],
    ['GET', `${IMPORT}/jobs`],
    ['POST', `${IMPORT}/jobs`],
    ['GET', `${IMPORT}/jobs/x`],
    ['PUT', `${IMPORT}/jobs/x`],
    ['GET', `${IMPORT}/csv/settings`],
    ['POST', `${IMPORT}/csv/settings`],
    ['GET', `${IMPORT}/csv/settings/x`],
    ['PUT', `${IMPORT}/csv/settings/x`],
    ['DELETE', `${IMPORT}/csv/settings/x`],
    ['POST', `${IMPORT}/csv/uploads`],
    ['GET', `${IMPORT}/csv/uploads/x/preview`],
    ['GET', `${IMPORT}/csv/uploads/x/details`],
    ['POST', `${IMPORT}/csv/jobs`],
  ];

  it('answers 401 without a token and 403 to the reader, who has no import permission', async () => {
    for (const [method, url] of routes) {
      const anonymous = await kit.call(
        method as 'GET',
        url,
        method === 'GET' ? undefined : {},
        null,
      );
      expect([method, url, anonymous.statusCode]).toEqual([method, url, 401]);
      const reader = await kit.call(
        method as 'GET',
        url,
        method === 'GET' ? undefined : {},
        kit.readerToken,
      );
      expect([method, url, reader.statusCode]).toEqual([method, url, 403]);
      expect(reader.json()).toMatchObject({ code: 'missing.any.permissions' });
    }
  });
});
