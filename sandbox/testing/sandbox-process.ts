import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * A real sandbox process on a data file, with no seed and no rate limit, so a test can kill it
 * with SIGKILL mid-work and start another on the same file. Resolves once it listens.
 */
export function startSandboxProcess(
  dataFile: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'sandbox/main.ts',
      '--data',
      dataFile,
      ...['--port', '0', '--seed', 'none', '--rate-limit', 'off'],
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^SANDBOX_READY (\S+)/.exec(line);
      if (ready) resolve({ child, url: ready[1]! });
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
  });
}
