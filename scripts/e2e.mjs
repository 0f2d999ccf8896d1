// Runs the Playwright suite: finds (or installs) Chromium, builds the console, then runs the specs.
// Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/auth.spec.ts`).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let executable;
try {
  executable = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`Browser tests use ${executable}`);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// E2E_OUT_DIR lets several checkouts' suites run side by side without sharing dist/.
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
if (!process.env.E2E_SKIP_BUILD)
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir]);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  ...process.env,
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable,
});
