import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandboxProcess } from '../../testing/sandbox-process.ts';
import { exportsTestKit, parseCsv, pathOf } from './exports-test-kit.ts';
import { IMPORT, importSteps } from './imports-test-kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-import-report-'));
const dataFile = join(dir, 'in-process.db');
const killedFile = join(dir, 'killed.db');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Enough 100-row chunks that the job is still validating when the first run is stopped. */
const ROWS = 5000;
/** Every fourth data row has an email the dry run refuses. */
const isBad = (index: number) => index % 4 === 1;
const lineOf = (index: number) => index + 2;

type Metadata = {
  dryRunSuccessCount?: number;
  dryRunFailedCount?: number;
  dryRunReportDownloadUrl?: string;
};

function csvFile(): string {
  const lines = ['First,Last,Email'];
  for (let index = 0; index < ROWS; index += 1) {
    lines.push(`Row,R${index},${isBad(index) ? `bad-${index}` : `r${index}@example.com`}`);
  }
  return `${lines.join('\n')}\n`;
}

const MAPPINGS = [
  { sourceField: 'Last', targetField: 'lastName' },
  { sourceField: 'Email', targetField: 'workEmail' },
];
const BAD_LINES = Array.from({ length: ROWS }, (_, index) => index)
  .filter(isBad)
  .map(lineOf);

/** The report's rows are exactly the bad lines, each once, with the cells and the reason. */
function expectFullReport(body: string): void {
  expect(body.startsWith('\uFEFFRow,Error,First,Last,Email\r\n')).toBe(true);
  const { rows } = parseCsv(body.slice(1));
  expect(rows.map((row) => Number(row.Row))).toEqual(BAD_LINES);
  expect(rows[0]).toEqual({
    Row: '3',
    Error: 'workEmail: Work email must be a valid email address.',
    First: 'Row',
    Last: 'R1',
    Email: 'bad-1',
  });
}

function client(url: string) {
  let bearer = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json()) as Record<string, unknown> & { id: string };
  };
  return {
    call,
    async signIn() {
      const response = await fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      bearer = ((await response.json()) as { access_token: string }).access_token;
    },
    /** GET the job until `done` says so. */
    async poll(jobId: string, done: (job: Record<string, unknown>) => boolean, pauseMs: number) {
      for (let attempt = 0; attempt < 3000; attempt += 1) {
        const job = await call('GET', `${IMPORT}/jobs/${jobId}`);
        if (done(job)) return job;
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      throw new Error(`import job ${jobId} did not get there`);
    },
  };
}

const failedSoFar = (job: Record<string, unknown>) =>
  ((job.metadata as Metadata | undefined)?.dryRunFailedCount ?? 0) > 0;

// Three sandboxes on one data file with a job run to its end: seconds on a busy 2-core machine.
describe('failure reports across a restart', { timeout: 30_000 }, () => {
  it('keeps the failures of the chunks done before the restart, each once', async () => {
    const first = await exportsTestKit({ memory: false, dataFile });
    const steps = importSteps(first);
    const csvSettings = await steps.post(`${IMPORT}/csv/settings`, { mappings: MAPPINGS }, 201);
    const uploadId = await steps.upload(csvFile());
    const started = await first.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettings.id,
    });
    const jobId = started.json<{ job: { id: string } }>().job.id;

    // Stopped between two chunks once some failures are saved but the dry run is not over.
    let before: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 2000; attempt += 1) {
      before = (await first.call('GET', `${IMPORT}/jobs/${jobId}`)).json();
      if (failedSoFar(before)) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await first.app.close();
    const seen = before.metadata as Metadata;
    expect(before.executionStep).toBe('Validating');
    expect(seen.dryRunFailedCount).toBeGreaterThan(0);
    expect((seen.dryRunFailedCount ?? 0) + (seen.dryRunSuccessCount ?? 0)).toBeLessThan(ROWS);
    // A report still being written is not offered.
    expect(seen.dryRunReportDownloadUrl).toBeUndefined();

    const second = await exportsTestKit({ memory: false, dataFile });
    try {
      const validated = await importSteps(second).settled(jobId);
      expect(validated).toMatchObject({
        executionStep: 'Validated',
        metadata: {
          dryRunFailedCount: BAD_LINES.length,
          dryRunSuccessCount: ROWS - BAD_LINES.length,
        },
      });
      const url = String((validated.metadata as Metadata).dryRunReportDownloadUrl);
      const report = await second.fetchSigned(url);
      expect(report.statusCode).toBe(200);
      expectFullReport(report.body);
    } finally {
      await second.app.close();
    }
  });

  it('loses no failure and records none twice when the process is killed with -9 mid-job', async () => {
    const first = await startSandboxProcess(killedFile);
    const api = client(first.url);
    await api.signIn();
    const csvSettings = await api.call('POST', `${IMPORT}/csv/settings`, { mappings: MAPPINGS });
    const body = csvFile();
    const upload = await api.call('POST', `${IMPORT}/csv/uploads`, {
      fileSize: Buffer.byteLength(body),
    });
    const put = await fetch(`${first.url}${pathOf(String(upload.uploadUrl))}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/csv' },
      body,
    });
    expect(put.status).toBe(200);
    const started = await api.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId: upload.uploadId,
      settingsId: csvSettings.id,
    });
    const jobId = (started.job as { id: string }).id;
    const before = await api.poll(jobId, failedSoFar, 1);
    // No grace: whatever chunk was in its transaction is rolled back by SQLite on the next open.
    first.child.kill('SIGKILL');
    expect(before.executionStep).toBe('Validating');

    const second = await startSandboxProcess(killedFile);
    try {
      const again = client(second.url);
      await again.signIn();
      const validated = await again.poll(jobId, (job) => job.executionStep === 'Validated', 20);
      expect(validated).toMatchObject({
        status: 'Running',
        metadata: {
          dryRunFailedCount: BAD_LINES.length,
          dryRunSuccessCount: ROWS - BAD_LINES.length,
        },
      });
      const url = String((validated.metadata as Metadata).dryRunReportDownloadUrl);
      const report = await fetch(`${second.url}${pathOf(url)}`);
      expect(report.status).toBe(200);
      // text() would drop the BOM the report starts with.
      expectFullReport(
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(await report.arrayBuffer()),
      );
    } finally {
      second.child.kill('SIGTERM');
    }
    // Two sandbox processes start here: slow on a busy two-core machine.
  }, 120_000);
});
