import { test as base } from '@playwright/test';
import { startConsolePreview, startSandbox } from '../scripts/process-helpers.mjs';
import { sandboxApi, type SandboxApi } from './quality-fixture';

/**
 * Faults the sandbox injects on /api/v2 (sandbox/http/faults.ts): latency on every request, 503s
 * and dropped connections before the handler runs (nothing written), 429 bursts, and 503s AFTER
 * a write committed. The seed fixes the sequence of decisions; which request meets which still
 * depends on the order parallel requests arrive, so the specs accept any outcome and check the
 * promises instead: reads recover on their own, failed writes say so, nothing is duplicated.
 */
export const FAULTS = '503=0.12,429=0.04,drop=0.04,latency=20-120,burst429=40,after-write-503=0.35';
export const FAULTS_SEED = '20261123';

interface FaultyWorld {
  consoleUrl: string;
  sandboxUrl: string;
  /** Client-credentials access to the same faulty sandbox; use `retrying` for arranging data. */
  api: SandboxApi;
}

/** A fresh faulty sandbox and a console server pointed at it, for one test. */
export const test = base.extend<{ faulty: FaultyWorld }>({
  // Playwright needs the object pattern to see which fixtures this one uses: none.
  // eslint-disable-next-line no-empty-pattern
  faulty: async ({}, use) => {
    const { child: sandbox, url: sandboxUrl } = await startSandbox(
      [
        '--memory',
        '--port',
        '0',
        '--seed',
        'none',
        '--faults',
        FAULTS,
        '--faults-seed',
        FAULTS_SEED,
      ],
      { echo: false },
    );
    let stopConsole = () => {};
    try {
      const preview = await startConsolePreview({
        outDir: process.env.E2E_OUT_DIR ?? 'dist',
        sandboxUrl,
      });
      stopConsole = preview.stop;
      await use({ consoleUrl: preview.url, sandboxUrl, api: await sandboxApi(sandboxUrl) });
    } finally {
      stopConsole();
      sandbox.kill('SIGTERM');
    }
  },
  baseURL: async ({ faulty }, use) => use(faulty.consoleUrl),
});

export { expect } from '@playwright/test';

const TRANSIENT = (status: number) => status === 0 || status === 429 || status >= 500;

/** A read through the faults: retried until it answers, as the console's queries are. */
export async function readThrough<T>(api: SandboxApi, path: string): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await api.request<T>('GET', path).catch(() => ({ status: 0, body: null }));
    if (!TRANSIENT(result.status) || attempt >= 15) {
      if (result.status >= 300 || result.status === 0)
        throw new Error(`GET ${path} answered ${result.status}`);
      return result.body as T;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Creates a record through the faults without ever duplicating it: after a failure that may have
 * committed (a 5xx or a dropped connection can come after the write), look for the record by its
 * unique text before sending the create again.
 */
export async function createOnce<T extends { id: string }>(
  api: SandboxApi,
  path: string,
  body: unknown,
  findExisting: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; attempt <= 15; attempt += 1) {
    const result = await api
      .request<T>('POST', path, body)
      .catch(() => ({ status: 0, body: null }));
    if (result.status < 300 && result.status > 0) return result.body as T;
    if (!TRANSIENT(result.status)) throw new Error(`POST ${path} answered ${result.status}`);
    const existing = await findExisting();
    if (existing) return existing;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`POST ${path} kept failing.`);
}
