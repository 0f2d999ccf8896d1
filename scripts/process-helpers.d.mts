import type { ChildProcess } from 'node:child_process';

export function startSandbox(
  args: string[],
  options?: { echo?: boolean },
): Promise<{ child: ChildProcess; url: string }>;
export function freePort(): Promise<number>;
export function waitForHttp(url: string, timeoutMs?: number): Promise<void>;
export function consoleConfigJson(sandboxUrl: string): string;
export function startConsolePreview(options: {
  outDir: string;
  sandboxUrl: string;
}): Promise<{ url: string; stop: () => void }>;
