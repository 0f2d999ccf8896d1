import { spawn } from 'node:child_process';
import type { FullConfig } from '@playwright/test';
import {
  consoleConfigJson,
  freePort,
  startSandbox,
  waitForHttp,
} from '../scripts/process-helpers.mjs';

/**
 * Starts a fresh in-memory sandbox and the built console on free ports for this run, and stops
 * them afterwards. The URLs reach the specs through environment variables.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const { child: sandbox, url: sandboxUrl } = await startSandbox(
    ['--memory', '--port', '0', '--seed', 'demo'],
    { echo: false },
  );
  const port = await freePort();
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      process.env.E2E_OUT_DIR ?? 'dist',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONSOLE_CONFIG_JSON: consoleConfigJson(sandboxUrl) },
      detached: true,
    },
  );
  const consoleUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(consoleUrl);
  process.env.E2E_CONSOLE_URL = consoleUrl;
  process.env.E2E_SANDBOX_URL = sandboxUrl;
  return async () => {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    sandbox.kill('SIGTERM');
  };
}
