import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSandboxOptions } from '../../config.ts';
import { createImportsRepo } from '../../db/imports-repo.ts';
import { openSandboxDatabase } from '../../db/open-sandbox-database.ts';
import { signedUrl } from '../../domain/export-signed-urls.ts';
import { importReportPath } from '../../domain/import-report-urls.ts';
import { buildServer } from '../../server.ts';
import { API, exportsTestKit, pathOf, tamper } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';
import { IMPORT, importSteps } from './imports-test-kit.ts';

type Json = Record<string, unknown>;
type Metadata = {
  dryRunFailedCount?: number;
  importFailedCount?: number;
  dryRunReportDownloadUrl?: string;
  importReportDownloadUrl?: string;
};

let kit: ExportsTestKit;
let steps: ReturnType<typeof importSteps>;
let csvSettingsId: string;

const BOM = '\uFEFF';
const BAD_EMAIL = 'workEmail: Work email must be a valid email address.';

beforeAll(async () => {
  kit = await exportsTestKit();
  steps = importSteps(kit);
  csvSettingsId = (
    await steps.post(
      `${IMPORT}/csv/settings`,
      {
        mappings: [
          { sourceField: 'First', targetField: 'firstName' },
          { sourceField: 'Last', targetField: 'lastName' },
          { sourceField: 'Email', targetField: 'workEmail' },
          { sourceField: 'Org', targetField: 'externalOrganization.id' },
        ],
      },
      201,
    )
  ).id;
});
afterAll(async () => {
  await kit.app.close();
});

async function startJob(csv: string): Promise<string> {
  const uploadId = await steps.upload(csv);
  const started = await kit.call('POST', `${IMPORT}/csv/jobs`, {
    uploadId,
    settingsId: csvSettingsId,
  });
  expect(started.statusCode, started.body).toBe(202);
  return started.json<{ job: { id: string } }>().job.id;
}

const metadataOf = (job: Json) => job.metadata as Metadata;

async function download(url: string | undefined) {
  expect(url).toBeDefined();
  const response = await kit.fetchSigned(String(url));
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

describe('import failure reports', () => {
  it('lists the rows that fail validation, and on Continue those that fail while importing', async () => {
    const kept = await kit.create('organizations', { name: 'Kept Ltd' });
    const doomed = await kit.create('organizations', { name: 'Gone Ltd' });
    const jobId = await startJob(
      [
        'First,Last,Email,Org',
        `Alan,Turing,alan@example.com,${kept.id}`,
        'Bad,Email,not-an-email,',
        '=HYPERLINK("x"),Formula,also-bad,',
        'Short,Row',
        `Grace,Hopper,grace@example.com,${doomed.id}`,
        'Ünïcode,Name,"comma, inside",',
        '',
      ].join('\n'),
    );

    const validated = await steps.settled(jobId);
    expect(validated).toMatchObject({
      executionStep: 'Validated',
      metadata: { dryRunFailedCount: 4 },
    });
    expect(metadataOf(validated).importReportDownloadUrl).toBeUndefined();
    const dryRunUrl = metadataOf(validated).dryRunReportDownloadUrl;
    expect(pathOf(String(dryRunUrl))).toMatch(
      new RegExp(
        `^/sandbox-files/import-jobs/${jobId}/dry-run-report\\.csv\\?expires=\\d+&signature=[\\w-]+$`,
      ),
    );
    const dryRun = await download(dryRunUrl);
    expect(dryRun.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(dryRun.headers['content-disposition']).toBe(
      `attachment; filename="import-${jobId}-dry-run-report.csv"`,
    );
    expect(dryRun.headers['cache-control']).toBe('private, no-store');
    // The formula is neutralised, the short row padded, the reasons those of statusDetails.
    expect(dryRun.body).toBe(
      [
        `${BOM}Row,Error,First,Last,Email,Org`,
        `3,${BAD_EMAIL},Bad,Email,not-an-email,`,
        `4,${BAD_EMAIL},"'=HYPERLINK(""x"")",Formula,also-bad,`,
        '5,it has 2 values; the header has 4 columns,Short,Row,,',
        `7,${BAD_EMAIL},Ünïcode,Name,"comma, inside",`,
        '',
      ].join('\r\n'),
    );
    expect(String(validated.statusDetails)).toContain(
      'line 5: it has 2 values; the header has 4 columns',
    );

    // An organization id that does not exist already fails the dry run (contacts are validated
    // against organizations), so this row fails only at import: its organization goes between
    // the two steps.
    expect((await kit.call('DELETE', `${API}/organizations/${doomed.id}`)).statusCode).toBe(200);
    const proceed = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Continue' });
    expect(proceed.statusCode).toBe(202);
    const done = await steps.settled(jobId);
    expect(done).toMatchObject({
      status: 'Completed',
      metadata: { importSuccessCount: 1, importFailedCount: 5 },
    });
    // The import pass tries every row again, so its report is every row left out of the import.
    const imported = await download(metadataOf(done).importReportDownloadUrl);
    expect(imported.body).toBe(
      [
        `${BOM}Row,Error,First,Last,Email,Org`,
        `3,${BAD_EMAIL},Bad,Email,not-an-email,`,
        `4,${BAD_EMAIL},"'=HYPERLINK(""x"")",Formula,also-bad,`,
        '5,it has 2 values; the header has 4 columns,Short,Row,,',
        `6,The external organization ${doomed.id} does not exist.,Grace,Hopper,grace@example.com,${doomed.id}`,
        `7,${BAD_EMAIL},Ünïcode,Name,"comma, inside",`,
        '',
      ].join('\r\n'),
    );
    // The dry run's report stays as it was.
    expect((await download(metadataOf(done).dryRunReportDownloadUrl)).body).toBe(dryRun.body);

    const listed = await kit.call('GET', `${IMPORT}/jobs?jobStatus=Completed&sortOrder=Descending`);
    const [first] = listed.json<{ entities: Json[] }>().entities;
    expect(first?.id).toBe(jobId);
    expect(metadataOf(first ?? {}).importReportDownloadUrl).toContain('/import-report.csv?');
  });

  it('gives no report URL to a job whose rows all pass, or to a job without a file', async () => {
    const jobId = await startJob('First,Last,Email,Org\nAda,Lovelace,ada@example.com,\n');
    const done = await steps.settled(jobId);
    expect(done).toMatchObject({
      status: 'Completed',
      metadata: { dryRunFailedCount: 0, importFailedCount: 0 },
    });
    expect(Object.keys(done.metadata as Json).filter((key) => key.endsWith('Url'))).toEqual([]);

    const source = await steps.post(`${API}/externalsources`, { name: 'No file' }, 200);
    const settings = await steps.post(
      `${IMPORT}/settings`,
      { name: 'No file', mergeContacts: false, externalSourceId: source.id, importFields: [] },
      200,
    );
    const created = await steps.post(`${IMPORT}/jobs`, { settingsId: settings.id }, 200);
    expect(created.metadata).toEqual({});
  });

  it('refuses a tampered, expired, unsigned or re-pathed link as export downloads do', async () => {
    const jobId = await startJob('First,Last,Email,Org\nBad,Row,nope,\n');
    const url = String(metadataOf(await steps.settled(jobId)).dryRunReportDownloadUrl);

    const exported = await kit.call('POST', `${API}/contacts/exports`, {});
    const exportId = exported.json<{ id: string }>().id;
    const exportUrl = String((await kit.finished('contacts', exportId)).downloadUrl);
    const exportRefusal = (await kit.fetchSigned(tamper(exportUrl))).json<Json>();

    const tampered = await kit.fetchSigned(tamper(url));
    expect(tampered.statusCode).toBe(403);
    expect(tampered.json()).toMatchObject({
      status: 403,
      code: 'access.denied',
      message: exportRefusal.message,
    });
    const unsigned = await kit.fetchSigned(url.replace(/\?.*$/, ''));
    expect(unsigned.json()).toMatchObject({ status: 403, code: 'access.denied' });
    // The signature covers the path: it does not open the other step's report or another job's.
    const otherStep = await kit.fetchSigned(url.replace('dry-run-report.csv', 'import-report.csv'));
    expect(otherStep.json()).toMatchObject({ status: 403, code: 'access.denied' });

    kit.advanceClock(16 * 60 * 1000);
    try {
      const expired = await kit.fetchSigned(url);
      const exportExpired = await kit.fetchSigned(exportUrl);
      expect(expired.statusCode).toBe(403);
      expect(expired.json()).toMatchObject({ code: 'access.denied' });
      expect(expired.json<Json>().message).toBe(exportExpired.json<Json>().message);
      expect(expired.json<Json>().message).toContain('expired');
      // Reading the job again mints a link that works.
      const fresh = (await kit.call('GET', `${IMPORT}/jobs/${jobId}`)).json<Json>();
      expect((await download(metadataOf(fresh).dryRunReportDownloadUrl)).body).toContain(
        '2,workEmail',
      );
    } finally {
      kit.advanceClock(-16 * 60 * 1000);
    }
  });

  it('keeps the dry-run report of a cancelled job, and starts it over on Retry', async () => {
    const jobId = await startJob(
      'First,Last,Email,Org\nOne,Bad,x,\nGood,Row,good@example.com,\nTwo,Bad,y,\n',
    );
    await steps.settled(jobId);
    const cancel = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Cancel' });
    expect(cancel.statusCode).toBe(200);
    const cancelled = (await kit.call('GET', `${IMPORT}/jobs/${jobId}`)).json<Json>();
    expect(cancelled.status).toBe('Cancelled');
    const before = await download(metadataOf(cancelled).dryRunReportDownloadUrl);
    expect(before.body.split('\r\n').map((line) => line.split(',')[0])).toEqual([
      `${BOM}Row`,
      '2',
      '4',
      '',
    ]);

    const retry = await kit.call('PUT', `${IMPORT}/jobs/${jobId}`, { jobId, status: 'Retry' });
    expect(retry.statusCode).toBe(202);
    const again = await steps.settled(jobId);
    expect(again).toMatchObject({ executionStep: 'Validated', metadata: { dryRunFailedCount: 2 } });
    // Each failed row once: the first pass's rows were cleared with its counts.
    expect((await download(metadataOf(again).dryRunReportDownloadUrl)).body).toBe(before.body);
  });
});

describe('a signed report link to a report that is not there', () => {
  it('answers 404 for a job without failures and for an unknown job', async () => {
    const { db } = openSandboxDatabase({ ...defaultSandboxOptions(), memory: true });
    const app = await buildServer({ memory: true, log: 'silent' }, { db });
    try {
      createImportsRepo(db).insertJob({
        id: 'clean-job',
        settingsId: 'settings',
        csvSettingsId: null,
        uploadId: null,
        divisionId: null,
        status: 'Completed',
        statusDetails: null,
        executionStep: 'Importing',
        metadata: { dryRunFailedCount: 0, importFailedCount: 0 },
        dateCreated: '2025-01-01T00:00:00.000Z',
      });
      for (const jobId of ['clean-job', 'no-such-job']) {
        const url = signedUrl(db, '', 'GET', importReportPath(jobId, 'import'), Date.now());
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({
          code: 'not.found',
          message: `The import job ${jobId} has no import report.`,
        });
      }
    } finally {
      await app.close();
      db.close();
    }
  });
});
