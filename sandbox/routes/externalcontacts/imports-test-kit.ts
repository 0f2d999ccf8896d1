import { expect } from 'vitest';
import { API, pathOf } from './exports-test-kit.ts';
import type { ExportsTestKit } from './exports-test-kit.ts';

export const IMPORT = `${API}/import`;

type Json = Record<string, unknown>;

/** Steps of the CSV import flow, through the API the way a client drives it. */
export function importSteps(kit: ExportsTestKit) {
  async function post(path: string, body: Json, status: number): Promise<Json & { id: string }> {
    const response = await kit.call('POST', path, body);
    expect(response.statusCode, response.body).toBe(status);
    return response.json<Json & { id: string }>();
  }

  return {
    post,
    /** POST …/uploads then PUT the text to the presigned URL; returns the upload id. */
    async upload(csv: string, fileName = 'contacts.csv'): Promise<string> {
      const created = await post(
        `${IMPORT}/csv/uploads`,
        { fileName, fileSize: Buffer.byteLength(csv) },
        201,
      );
      const put = await kit.app.inject({
        method: 'PUT',
        url: pathOf(String(created.uploadUrl)),
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(put.statusCode, put.body).toBe(200);
      return String(created.uploadId);
    },
    /** Polls the job until it leaves Running, or waits at Validated. */
    async settled(jobId: string): Promise<Json> {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const job = (await kit.call('GET', `${IMPORT}/jobs/${jobId}`)).json<Json>();
        if (job.status !== 'Running' || job.executionStep === 'Validated') return job;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`import job ${jobId} still running`);
    },
  };
}
