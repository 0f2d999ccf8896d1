import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API, exportsTestKit, parseCsv } from './exports-test-kit.ts';
import { IMPORT, importSteps } from './imports-test-kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-exports-'));
const dataFile = join(dir, 'sandbox.db');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Three sandboxes on one data file, jobs run to their end: seconds on a busy 2-core machine.
describe('jobs across a restart', { timeout: 30_000 }, () => {
  it('resumes a RUNNING export and a running import; finished exports stay downloadable', async () => {
    const first = await exportsTestKit({ memory: false, dataFile });
    await first.create('contacts', { firstName: 'Kept', lastName: 'Across' });
    const created = await first.call('POST', `${API}/contacts/exports`, {});
    const exportId = created.json<{ id: string }>().id;
    const steps = importSteps(first);
    const csvSettings = await steps.post(
      `${IMPORT}/csv/settings`,
      { mappings: [{ sourceField: 'Last', targetField: 'lastName' }] },
      201,
    );
    const uploadId = await steps.upload('Last\nResumed\n');
    const job = await first.call('POST', `${IMPORT}/csv/jobs`, {
      uploadId,
      settingsId: csvSettings.id,
    });
    const jobId = job.json<{ job: { id: string } }>().job.id;
    // Closed before the background work's first step: both jobs are left running on disk.
    await first.app.close();

    const second = await exportsTestKit({ memory: false, dataFile });
    const done = await second.finished('contacts', exportId);
    expect(done).toMatchObject({ status: 'SUCCEEDED', resultRowCount: 1 });
    const imported = await importSteps(second).settled(jobId);
    expect(imported.statusDetails).toBe('Imported 1 row; 0 failed.');
    expect(imported).toMatchObject({ status: 'Completed', metadata: { importSuccessCount: 1 } });
    await second.app.close();

    const third = await exportsTestKit({ memory: false, dataFile });
    const again = await third.call('GET', `${API}/contacts/exports/${exportId}`);
    const file = await third.fetchSigned(String(again.json<{ downloadUrl: string }>().downloadUrl));
    expect(parseCsv(file.body).rows.map((row) => row.lastName)).toEqual(['Across']);
    await third.app.close();
  });
});
