import type { FullConfig } from '@playwright/test';
import { startConsolePreview, startSandbox } from '../scripts/process-helpers.mjs';

/**
 * Starts a fresh in-memory sandbox and the built console on free ports for this run, and stops
 * them afterwards. The URLs reach the specs through environment variables.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // An answer that breaks its declared contract is a 500 here, so a spec sees it.
  process.env.SANDBOX_STRICT_RESPONSES = '1';
  const { child: sandbox, url: sandboxUrl } = await startSandbox(
    ['--memory', '--port', '0', '--seed', 'demo'],
    { echo: false },
  );
  const { url: consoleUrl, stop: stopConsole } = await startConsolePreview({
    outDir: process.env.E2E_OUT_DIR ?? 'dist',
    sandboxUrl,
  });
  process.env.E2E_CONSOLE_URL = consoleUrl;
  process.env.E2E_SANDBOX_URL = sandboxUrl;
  return async () => {
    stopConsole();
    sandbox.kill('SIGTERM');
  };
}
