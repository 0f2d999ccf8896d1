import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISION_IDS, USER_IDS } from '../../auth/demo-identities.ts';
import { API, exportsTestKit, parseCsv, pathOf, tamper } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';

let kit: ExportsTestKit;
let orgId: string;
const contactIds: Record<string, string> = {};

beforeAll(async () => {
  kit = await exportsTestKit();
  const org = await kit.create('organizations', { name: 'Acme Ltd', industry: 'Retail' });
  orgId = org.id;
  const contacts: Record<string, Record<string, unknown>> = {
    ada: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      workEmail: 'ada@example.com',
      cellPhone: { display: '+44 20 7946 0000' },
      externalOrganization: { id: orgId },
      address: { city: 'London', countryCode: 'GB' },
    },
    mallory: {
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: 'Mallory',
      division: { id: DIVISION_IDS.emeaSales },
    },
    grace: { firstName: 'Grace', lastName: 'Hopper', division: { id: DIVISION_IDS.emeaSales } },
  };
  for (const [key, body] of Object.entries(contacts)) {
    contactIds[key] = (await kit.create('contacts', body)).id;
  }
  await kit.create(`contacts/${contactIds.ada}/notes`, { noteText: 'Met at the fair' });
  await kit.create(`organizations/${orgId}/notes`, { noteText: '@SUM(1,2) pricing' });
  await kit.create('relationships', {
    user: { id: USER_IDS.caseyCurator },
    externalOrganization: { id: orgId },
    relationship: 'Account manager',
  });
});
afterAll(async () => {
  await kit.app.close();
});

async function exportRows(kind: string, body: Record<string, unknown> = {}) {
  const created = await kit.call('POST', `${API}/${kind}/exports`, body);
  expect(created.statusCode, created.body).toBe(201);
  const done = await kit.finished(kind, created.json<{ id: string }>().id);
  expect(done.status).toBe('SUCCEEDED');
  const file = await kit.fetchSigned(String(done.downloadUrl));
  expect(file.statusCode).toBe(200);
  return { done, ...parseCsv(file.body) };
}

describe('POST …/contacts/exports', () => {
  it('answers 201 RUNNING at once, then SUCCEEDED with a CSV of every contact', async () => {
    const created = await kit.call('POST', `${API}/contacts/exports`, {});
    expect(created.statusCode).toBe(201);
    const job = created.json<Record<string, unknown>>();
    expect(job).toMatchObject({
      status: 'RUNNING',
      divisionIds: [],
      createdBy: { id: USER_IDS.alexAdmin, name: 'Alex Admin' },
      selfUri: `${API}/contacts/exports/${String(job.id)}`,
    });
    expect(job.downloadUrl).toBeUndefined();
    expect(job.dateCompletion).toBeUndefined();

    const done = await kit.finished('contacts', String(job.id));
    expect(done).toMatchObject({ status: 'SUCCEEDED', resultRowCount: 3 });
    expect(Date.parse(String(done.dateCompletion))).toBeGreaterThan(0);
    const file = await kit.fetchSigned(String(done.downloadUrl));
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    const { fields, rows } = parseCsv(file.body);
    expect(fields.slice(0, 5)).toEqual(['id', 'type', 'salutation', 'firstName', 'middleName']);
    expect(fields).toContain('externalOrganization.name');
    const ada = rows.find((row) => row.id === contactIds.ada);
    expect(ada).toMatchObject({
      firstName: 'Ada',
      workEmail: 'ada@example.com',
      'address.city': 'London',
      'externalOrganization.id': orgId,
      'externalOrganization.name': 'Acme Ltd',
      'division.name': 'Home',
      type: 'Curated',
    });
  });

  it('neutralises spreadsheet formulas but leaves plain numbers alone', async () => {
    const { rows } = await exportRows('contacts');
    const mallory = rows.find((row) => row.id === contactIds.mallory);
    expect(mallory?.firstName).toBe('\'=HYPERLINK("http://evil.example","click")');
    const ada = rows.find((row) => row.id === contactIds.ada);
    expect(ada?.['cellPhone.e164']).toBe('+442079460000');
  });

  it('exports only the divisions named in divisionIds', async () => {
    const { rows, done } = await exportRows('contacts', { divisionIds: [DIVISION_IDS.emeaSales] });
    expect(done.divisionIds).toEqual([DIVISION_IDS.emeaSales]);
    expect(rows.map((row) => row.lastName).sort()).toEqual(['Hopper', 'Mallory']);
  });

  it('applies queryConditions filters (eq, in, not, and, gte/lte) and the limit', async () => {
    const eq = await exportRows('contacts', {
      queryConditions: { filters: { eq: { field: 'ExternalOrganizationId', value: orgId } } },
    });
    expect(eq.rows.map((row) => row.id)).toEqual([contactIds.ada]);
    expect(eq.done.queryConditions).toEqual({
      filters: { eq: { field: 'ExternalOrganizationId', value: orgId } },
      limit: 180_000_000,
    });

    const not = await exportRows('contacts', {
      queryConditions: {
        filters: {
          and: [
            { not: { in: { field: 'DivisionId', values: [DIVISION_IDS.home] } } },
            { eq: { field: 'ContactClassification', value: 'curated' } },
          ],
        },
      },
    });
    expect(not.rows.map((row) => row.lastName).sort()).toEqual(['Hopper', 'Mallory']);

    const future = await exportRows('contacts', {
      queryConditions: { filters: { gte: { field: 'CreateDate', value: '2999-01-01T00:00:00Z' } } },
    });
    expect(future.done.resultRowCount).toBe(0);
    expect(future.fields[0]).toBe('id');

    const past = await exportRows('contacts', {
      queryConditions: { filters: { lte: { field: 'ModifyDate', value: '2999-01-01T00:00:00Z' } } },
    });
    expect(past.done.resultRowCount).toBe(3);

    const limited = await exportRows('contacts', { queryConditions: { limit: 2 } });
    expect(limited.done.resultRowCount).toBe(2);
    expect(limited.rows).toHaveLength(2);
  });

  it.each([
    [{ divisionIds: 'nope' }, 'divisionIds', 'divisionIds must be a list of division ids.'],
    [
      { divisionIds: ['00000000-0000-4000-8000-00000000dead'] },
      'divisionIds[0]',
      'The division 00000000-0000-4000-8000-00000000dead does not exist.',
    ],
    [{ queryConditions: { limit: 0 } }, 'queryConditions.limit', 'limit must be at least 1.'],
    [
      { queryConditions: { filters: { eq: { field: 'UserId', value: 'x' } } } },
      'queryConditions.filters',
      'Each filter must hold exactly one of',
    ],
    [
      {
        queryConditions: {
          filters: {
            eq: { field: 'DivisionId', value: 'x' },
            not: { eq: { field: 'DivisionId', value: 'y' } },
          },
        },
      },
      'queryConditions.filters',
      'Each filter must hold exactly one of',
    ],
    [
      { queryConditions: { filters: { lte: { field: 'CreateDate', value: 'yesterday' } } } },
      'queryConditions.filters.lte.value',
      'value must be an ISO-8601 date-time',
    ],
  ])('refuses %j with a 400 naming %s', async (body, fieldName, message) => {
    const response = await kit.call('POST', `${API}/contacts/exports`, body);
    expect(response.statusCode).toBe(400);
    const error = response.json<{
      code: string;
      message: string;
      details: { fieldName?: string }[];
    }>();
    expect(error.code).toBe('bad.request');
    expect(error.message).toContain(message);
    expect(error.details.map((detail) => detail.fieldName)).toContain(fieldName);
  });

  it('refuses filters nested deeper than 10 levels', async () => {
    let filters: Record<string, unknown> = { eq: { field: 'DivisionId', value: 'x' } };
    for (let depth = 0; depth < 30; depth += 1) filters = { not: filters };
    const response = await kit.call('POST', `${API}/contacts/exports`, {
      queryConditions: { filters },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toBe(
      'Filters nest at most 10 levels deep.',
    );
  });
});

describe('organization, note and relationship exports', () => {
  it('exports organizations with their fields', async () => {
    const { rows, fields } = await exportRows('organizations');
    expect(fields).toContain('industry');
    expect(rows).toEqual([
      expect.objectContaining({ id: orgId, name: 'Acme Ltd', industry: 'Retail' }),
    ]);
  });

  it('exports notes of contacts and organizations, filtered by EntityType', async () => {
    const all = await exportRows('notes');
    expect(all.rows.map((row) => row.noteText).sort()).toEqual([
      "'@SUM(1,2) pricing",
      'Met at the fair',
    ]);
    expect(all.rows[0]?.['createdBy.name']).toBe('Alex Admin');
    const contactNotes = await exportRows('notes', {
      queryConditions: { filters: { eq: { field: 'EntityType', value: 'contact' } } },
    });
    expect(contactNotes.rows.map((row) => row.entityId)).toEqual([contactIds.ada]);
  });

  it('exports relationships with user and organization names', async () => {
    const { rows } = await exportRows('relationships', {
      queryConditions: { filters: { eq: { field: 'UserId', value: USER_IDS.caseyCurator } } },
    });
    expect(rows).toEqual([
      expect.objectContaining({
        'user.name': 'Casey Curator',
        'externalOrganization.name': 'Acme Ltd',
        relationship: 'Account manager',
      }),
    ]);
  });
});

describe('GET …/exports/{id} and the listing', () => {
  it('404s an unknown id and an id of another kind', async () => {
    const created = await kit.call('POST', `${API}/organizations/exports`, {});
    const id = created.json<{ id: string }>().id;
    expect((await kit.call('GET', `${API}/organizations/exports/${id}`)).statusCode).toBe(200);
    const other = await kit.call('GET', `${API}/contacts/exports/${id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json<{ code: string }>().code).toBe('not.found');
    await kit.finished('organizations', id);
  });

  it('pages newest first with after cursors and filters by divisionIds', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await kit.call('POST', `${API}/relationships/exports`, {
        divisionIds: [DIVISION_IDS.americasSupport],
      });
      ids.push(response.json<{ id: string }>().id);
    }
    const first = await kit.call(
      'GET',
      `${API}/relationships/exports?pageSize=2&divisionIds=${DIVISION_IDS.americasSupport}`,
    );
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ entities: { id: string }[]; nextUri?: string; selfUri: string }>();
    expect(page1.entities.map((e) => e.id)).toEqual([ids[2], ids[1]]);
    expect(page1.nextUri).toContain('after=');
    const second = await kit.call('GET', String(page1.nextUri));
    const page2 = second.json<{ entities: { id: string }[]; nextUri?: string }>();
    expect(page2.entities.map((e) => e.id)).toEqual([ids[0]]);
    expect(page2.nextUri).toBeUndefined();

    const home = await kit.call(
      'GET',
      `${API}/relationships/exports?divisionIds=${DIVISION_IDS.home}`,
    );
    expect(home.json<{ entities: unknown[] }>().entities).toEqual([]);
    for (const id of ids) await kit.finished('relationships', id);
  });

  it.each([
    ['pageSize=0', 'pageSize', 'pageSize must be a whole number from 1 to 100.'],
    ['pageSize=101', 'pageSize', 'pageSize must be a whole number from 1 to 100.'],
    [
      'after=not-a-cursor',
      'after',
      'after is not a valid cursor: pass the one from the previous page.',
    ],
  ])('refuses ?%s with a 400 naming %s', async (query, fieldName, message) => {
    const response = await kit.call('GET', `${API}/contacts/exports?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ message, details: [{ fieldName }] });
  });
});

describe('permissions', () => {
  it.each(['contacts', 'organizations', 'notes', 'relationships'])(
    '%s exports: 401 without a token, 403 for the reader (no export permissions)',
    async (kind) => {
      const anonymous = await kit.call('GET', `${API}/${kind}/exports`, undefined, null);
      expect(anonymous.statusCode).toBe(401);
      const list = await kit.call('GET', `${API}/${kind}/exports`, undefined, kit.readerToken);
      expect(list.statusCode).toBe(403);
      expect(list.json()).toMatchObject({ code: 'missing.permissions' });
      expect(list.json<{ message: string }>().message).toContain('externalContacts:export:view');
      const create = await kit.call('POST', `${API}/${kind}/exports`, {}, kit.readerToken);
      expect(create.statusCode).toBe(403);
      expect(create.json<{ message: string }>().message).toContain('externalContacts:export:add');
    },
  );
});

describe('the download link', () => {
  it('needs no bearer, allows the console origin, and refuses a tampered or expired link', async () => {
    const { done } = await exportRows('organizations');
    const url = String(done.downloadUrl);
    expect(url).toMatch(
      /^http:\/\/localhost(:80)?\/sandbox-files\/exports\/[0-9a-f-]+\/export\.csv\?expires=\d+&signature=/,
    );

    const cors = await kit.fetchSigned(url, { origin: 'http://localhost:5173' });
    expect(cors.statusCode).toBe(200);
    expect(cors.headers['access-control-allow-origin']).toBe('http://localhost:5173');

    const tampered = await kit.fetchSigned(tamper(url));
    expect(tampered.statusCode).toBe(403);
    expect(tampered.json()).toMatchObject({ code: 'access.denied' });
    const unsigned = await kit.app.inject({ method: 'GET', url: pathOf(url).split('?')[0] ?? '' });
    expect(unsigned.statusCode).toBe(403);

    kit.advanceClock(16 * 60 * 1000);
    const expired = await kit.fetchSigned(url);
    expect(expired.statusCode).toBe(403);
    expect(expired.json<{ message: string }>().message).toContain('expired');
    // Reading the export again mints a fresh link.
    const again = await kit.call('GET', `${API}/organizations/exports/${String(done.id)}`);
    const fresh = await kit.fetchSigned(String(again.json<{ downloadUrl: string }>().downloadUrl));
    expect(fresh.statusCode).toBe(200);
  });
});
