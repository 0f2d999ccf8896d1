import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISION_IDS } from '../../auth/demo-identities.ts';
import { API, exportsTestKit, pathOf, tamper } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';
import { IMPORT, importSteps } from './imports-test-kit.ts';

let kit: ExportsTestKit;
let steps: ReturnType<typeof importSteps>;
let importSettingsId: string;
let csvSettingsId: string;

const MAPPINGS = [
  { sourceField: 'First', targetField: 'firstName' },
  { sourceField: 'Last', targetField: 'lastName' },
  { sourceField: 'Email', targetField: 'workEmail' },
  { sourceField: 'Role', targetField: 'title' },
  { sourceField: 'City', targetField: 'address.city' },
];

beforeAll(async () => {
  kit = await exportsTestKit();
  steps = importSteps(kit);
  const source = await steps.post(`${API}/externalsources`, { name: 'Legacy CRM' }, 200);
  importSettingsId = (
    await steps.post(
      `${IMPORT}/settings`,
      {
        name: 'Merge by email',
        matchingCriteria: ['Email'],
        mergeContacts: true,
        externalSourceId: source.id,
        importFields: [{ name: 'address.city', included: false }],
      },
      200,
    )
  ).id;
  csvSettingsId = (
    await steps.post(
      `${IMPORT}/csv/settings`,
      { externalSettingsId: importSettingsId, mappings: MAPPINGS },
      201,
    )
  ).id;
});
afterAll(async () => {
  await kit.app.close();
});

describe('the CSV import flow', () => {
  it('uploads, previews, validates and imports, merging rows that match by email', async () => {
    const existing = await kit.create('contacts', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      workEmail: 'ada@example.com',
      division: { id: DIVISION_IDS.emeaSales },
    });
    const csv =
      'First,Last,Email,Role,City\r\nAda,Lovelace,ADA@example.com,Countess,London\r\nGrace,Hopper,grace@example.com,"Rear Admiral, USN",Arlington\r\n';
    const uploadId = await steps.upload(csv);

    const preview = await kit.call('GET', `${IMPORT}/csv/uploads/${uploadId}/preview`);
    expect(preview.json()).toEqual({
      uploadId,
      headers: ['First', 'Last', 'Email', 'Role', 'City'],
      entries: [
        ['Ada', 'Lovelace', 'ADA@example.com', 'Countess', 'London'],
        ['Grace', 'Hopper', 'grace@example.com', 'Rear Admiral, USN', 'Arlington'],
      ],
    });
    const details = await kit.call('GET', `${IMPORT}/csv/uploads/${uploadId}/details`);
    expect(details.json()).toEqual({
      uploadId,
      fileName: 'contacts.csv',
      validationResult: { separatorValid: true, fileEncodingValid: true, errors: [] },
    });

    const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettingsId,
      division: { id: DIVISION_IDS.emeaSales },
    });
    expect(started.statusCode).toBe(202);
    const jobId = started.json<{ job: { id: string; selfUri: string } }>().job.id;
    expect(started.json()).toEqual({ job: { id: jobId, selfUri: `${IMPORT}/jobs/${jobId}` } });
    const running = (await kit.call('GET', `${IMPORT}/jobs/${jobId}`)).json<
      Record<string, unknown>
    >();
    expect(running).toMatchObject({ status: 'Running', executionStep: 'Validating' });

    const job = await steps.settled(jobId);
    expect(job).toMatchObject({
      status: 'Completed',
      executionStep: 'Importing',
      metadata: {
        fileName: 'contacts.csv',
        dryRunSuccessCount: 2,
        dryRunFailedCount: 0,
        importSuccessCount: 2,
        importFailedCount: 0,
      },
      settings: { id: importSettingsId, selfUri: `${IMPORT}/settings/${importSettingsId}` },
      division: { id: DIVISION_IDS.emeaSales },
    });

    const ada = (await kit.call('GET', `${API}/contacts/${existing.id}`)).json<
      Record<string, unknown>
    >();
    expect(ada.title).toBe('Countess');
    // importFields excludes address.city, so the mapped column is not imported.
    expect(ada.address).toBeUndefined();
    const search = await kit.call('GET', `${API}/contacts?q=Hopper`);
    const [grace] = search.json<{ entities: Record<string, unknown>[] }>().entities;
    expect(grace).toMatchObject({
      firstName: 'Grace',
      title: 'Rear Admiral, USN',
      workEmail: 'grace@example.com',
      division: { id: DIVISION_IDS.emeaSales },
    });
  });

  it('waits at Validated when rows fail the dry run, and imports the rest on Continue', async () => {
    const csvOnly = await steps.post(
      `${IMPORT}/csv/settings`,
      { mappings: MAPPINGS.slice(0, 3) },
      201,
    );
    const uploadId = await steps.upload(
      'First,Last,Email\nAlan,Turing,alan@example.com\nBad,Row,not-an-email\n',
    );
    const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvOnly.id,
    });
    const jobId = started.json<{ job: { id: string } }>().job.id;
    const paused = await steps.settled(jobId);
    expect(paused).toMatchObject({
      status: 'Running',
      executionStep: 'Validated',
      metadata: { dryRunSuccessCount: 1, dryRunFailedCount: 1 },
      settings: { id: csvOnly.id, selfUri: `${IMPORT}/csv/settings/${csvOnly.id}` },
    });
    expect(String(paused.statusDetails)).toContain('line 3: workEmail');

    const mismatch = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, {
      jobId: 'other',
      status: 'Continue',
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ details: [{ fieldName: 'jobId' }] });

    const resumed = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Continue' });
    expect(resumed.statusCode).toBe(202);
    expect(resumed.json()).toEqual({ jobId, status: 'Continue' });
    const done = await steps.settled(jobId);
    expect(done).toMatchObject({
      status: 'Completed',
      metadata: { importSuccessCount: 1, importFailedCount: 1 },
    });
    expect(String(done.statusDetails)).toContain('Imported 1 row; 1 failed');
  });

  it('refuses rows matching an existing contact by phone when mergeContacts is false', async () => {
    const holder = await kit.create('contacts', {
      lastName: 'Holder',
      cellPhone: { display: '+1 317 555 0100' },
    });
    const source = await steps.post(`${API}/externalsources`, { name: 'Phones' }, 200);
    const noMerge = await steps.post(
      `${IMPORT}/settings`,
      {
        name: 'No merge',
        matchingCriteria: ['Phone'],
        mergeContacts: false,
        externalSourceId: source.id,
        importFields: [],
      },
      200,
    );
    const csvSettings = await steps.post(
      `${IMPORT}/csv/settings`,
      {
        externalSettingsId: noMerge.id,
        mappings: [
          { sourceField: 'Name', targetField: 'lastName' },
          { sourceField: 'Mobile', targetField: 'cellPhone.display' },
        ],
      },
      201,
    );
    const uploadId = await steps.upload('Name,Mobile\nCopy,+13175550100\nFresh,+13175550199\n');
    const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettings.id,
    });
    const paused = await steps.settled(started.json<{ job: { id: string } }>().job.id);
    expect(paused).toMatchObject({
      executionStep: 'Validated',
      metadata: { dryRunSuccessCount: 1, dryRunFailedCount: 1 },
    });
    expect(String(paused.statusDetails)).toContain(
      `line 2: the contact ${holder.id} already holds this email or phone`,
    );
  });

  it('fails a job whose file is not comma-separated; Retry runs it again', async () => {
    const uploadId = await steps.upload('First;Last;Email\nA;B;c@example.com\n');
    const details = await kit.call('GET', `${IMPORT}/csv/uploads/${uploadId}/details`);
    expect(details.json()).toMatchObject({
      validationResult: {
        separatorValid: false,
        fileEncodingValid: true,
        errors: [
          { lineNumber: 1, message: 'Columns must be separated by commas; this file uses ";".' },
        ],
      },
    });
    const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettingsId,
    });
    const jobId = started.json<{ job: { id: string } }>().job.id;
    const failed = await steps.settled(jobId);
    expect(failed).toMatchObject({ status: 'Failed' });
    expect(String(failed.statusDetails)).toContain('separated by commas');

    const cancel = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Cancel' });
    expect(cancel.statusCode).toBe(400);
    expect(cancel.json<{ message: string }>().message).toContain('only Created or Running jobs');
    const retry = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Retry' });
    expect(retry.statusCode).toBe(202);
    expect((await steps.settled(jobId)).status).toBe('Failed');
  });

  it('reports a file that is not UTF-8 and a header missing a mapped column', async () => {
    const created = await steps.post(`${IMPORT}/csv/uploads`, { fileSize: 10 }, 201);
    const put = await kit.app.inject({
      method: 'PUT',
      url: pathOf(String(created.uploadUrl)),
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from([0x41, 0xff, 0xfe, 0x2c, 0x42]),
    });
    expect(put.statusCode).toBe(200);
    const details = await kit.call(
      'GET',
      `${IMPORT}/csv/uploads/${String(created.uploadId)}/details`,
    );
    expect(details.json()).toMatchObject({
      validationResult: {
        fileEncodingValid: false,
        errors: [{ message: 'The file is not valid UTF-8 text.' }],
      },
    });

    const uploadId = await steps.upload('First,Surname\nA,B\n');
    const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettingsId,
    });
    const failed = await steps.settled(started.json<{ job: { id: string } }>().job.id);
    expect(failed.status).toBe('Failed');
    expect(String(failed.statusDetails)).toContain('no column "Last", "Email", "Role", "City"');
  });
});

describe('uploads: bad input', () => {
  it.each([
    [{}, 'fileSize', 'fileSize is required: the size of the file in bytes.'],
    [{ fileSize: 0 }, 'fileSize', 'fileSize must be at least 1 byte.'],
    [
      { fileSize: 60 * 1024 * 1024 },
      'fileSize',
      'fileSize must be at most 52428800 bytes (50 MiB).',
    ],
    [{ fileSize: 5, fileName: 7 }, 'fileName', 'fileName must be text.'],
  ])('POST %j → 400 naming %s', async (body, fieldName, message) => {
    const response = await kit.call('POST', `${IMPORT}/csv/uploads`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'bad.request', details: [{ fieldName }] });
    expect(response.json<{ message: string }>().message).toContain(message);
  });

  it('refuses a file over its declared size, a bad signature, and reads before the PUT', async () => {
    const created = await steps.post(`${IMPORT}/csv/uploads`, { fileSize: 4 }, 201);
    expect(created.uploadHeaders).toEqual([{ name: 'Content-Type', value: 'text/csv' }]);
    const url = pathOf(String(created.uploadUrl));
    const early = await kit.call(
      'GET',
      `${IMPORT}/csv/uploads/${String(created.uploadId)}/preview`,
    );
    expect(early.statusCode).toBe(400);
    expect(early.json<{ message: string }>().message).toContain('has not arrived');

    const tooBig = await kit.app.inject({
      method: 'PUT',
      url,
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b,c\n',
    });
    expect(tooBig.statusCode).toBe(400);
    const forged = await kit.app.inject({
      method: 'PUT',
      url: tamper(url),
      headers: { 'content-type': 'text/csv' },
      payload: 'a\n',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'access.denied' });

    // The console PUTs from another origin: the preflight must pass.
    const preflight = await kit.app.inject({
      method: 'OPTIONS',
      url,
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('PUT');
  });

  it('404s an unknown upload and refuses a job for an unknown upload or settings', async () => {
    const missing = await kit.call('GET', `${IMPORT}/csv/uploads/nope/details`);
    expect(missing.statusCode).toBe(404);
    const job = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId: 'nope',
      settingsId: csvSettingsId,
    });
    expect(job.statusCode).toBe(400);
    expect(job.json()).toMatchObject({ details: [{ fieldName: 'uploadId' }] });
    const uploadId = await steps.upload('First\nA\n');
    const noSettings = await kit.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: 'nope',
    });
    expect(noSettings.json()).toMatchObject({ details: [{ fieldName: 'settingsId' }] });
    const noBody = await kit.call('POST', `${IMPORT}/csv/jobs`, {});
    expect(noBody.json<{ message: string }>().message).toBe('uploadId: uploadId is required.');
  });
});

describe('CSV settings', () => {
  it('creates, reads, replaces, lists and deletes', async () => {
    const created = await steps.post(
      `${IMPORT}/csv/settings`,
      { mappings: [{ sourceField: 'Mail', targetField: 'personalEmail' }] },
      201,
    );
    const path = `${IMPORT}/csv/settings/${created.id}`;
    expect(created).toEqual({
      id: created.id,
      mappings: [{ sourceField: 'Mail', targetField: 'personalEmail' }],
      selfUri: path,
    });
    const replaced = await kit.call('PUT', path, {
      externalSettingsId: importSettingsId,
      mappings: [{ sourceField: 'Phone', targetField: 'cellPhone.display' }],
    });
    expect(replaced.json()).toMatchObject({ externalSettingsId: importSettingsId });
    const filtered = await kit.call(
      'GET',
      `${IMPORT}/csv/settings?externalSettingsId=${importSettingsId}`,
    );
    expect(filtered.json<{ entities: { id: string }[] }>().entities.map((e) => e.id)).toContain(
      created.id,
    );
    const page = await kit.call('GET', `${IMPORT}/csv/settings?pageSize=1`);
    const first = page.json<{ entities: unknown[]; nextUri?: string }>();
    expect(first.entities).toHaveLength(1);
    expect((await kit.call('GET', String(first.nextUri))).statusCode).toBe(200);

    expect((await kit.call('DELETE', path)).statusCode).toBe(204);
    expect((await kit.call('GET', path)).statusCode).toBe(404);
    expect((await kit.call('DELETE', path)).statusCode).toBe(404);
  });

  it.each([
    [{}, 'mappings', 'mappings is required'],
    [{ mappings: [] }, 'mappings', 'mappings must hold at least one mapping.'],
    [
      { mappings: [{ sourceField: 'A', targetField: 'nickname' }] },
      'mappings[0].targetField',
      'targetField must be one of',
    ],
    [
      {
        mappings: [
          { sourceField: 'A', targetField: 'firstName' },
          { sourceField: 'B', targetField: 'firstName' },
        ],
      },
      'mappings',
      'Two mappings fill the field firstName',
    ],
    [
      { externalSettingsId: 'nope', mappings: [{ sourceField: 'A', targetField: 'firstName' }] },
      'externalSettingsId',
      'The import settings nope do not exist.',
    ],
  ])('refuses %j naming %s', async (body, fieldName, message) => {
    const response = await kit.call('POST', `${IMPORT}/csv/settings`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ details: [expect.objectContaining({ fieldName })] });
    expect(response.json<{ message: string }>().message).toContain(message);
  });

  it('refuses pageSize over 200', async () => {
    const response = await kit.call('GET', `${IMPORT}/csv/settings?pageSize=201`);
    expect(response.json()).toMatchObject({
      status: 400,
      message: 'pageSize must be a whole number from 1 to 200.',
    });
  });
});
