// Starting the sandbox and the console server as child processes, for `npm start` and the e2e suite.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** Starts the sandbox and resolves with its base URL once it prints SANDBOX_READY. */
export function startSandbox(args, { echo = true } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const ready = /^SANDBOX_READY (\S+)/.exec(line);
      if (ready) resolve({ child, url: ready[1] });
      else if (echo) console.log(line);
    });
    child.once('exit', (code) =>
      reject(new Error(`The sandbox exited (code ${code}) before it was ready.`)),
    );
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves when an HTTP GET to url answers, or rejects after timeoutMs. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function consoleConfigJson(sandboxUrl) {
  return JSON.stringify({ defaultRegion: 'sandbox', clientId: 'sandbox-console', sandboxUrl });
}

/**
 * Serves a production build with `vite preview` on a free port, pointed at a sandbox through the
 * runtime config, and resolves once it answers. `stop()` ends the server and its children.
 */
export async function startConsolePreview({ outDir, sandboxUrl }) {
  const port = await freePort();
  const child = spawn(
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
      outDir,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONSOLE_CONFIG_JSON: consoleConfigJson(sandboxUrl) },
      // Its own process group, so stop() also ends the server npx started.
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    await waitForHttp(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
