// `npm run bench`: builds the console and prints each measured figure with its budget as one
// table, and writes them to bench/results.json so runs can be compared. Later issues add rows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pageBundleSize } from '../bench/bundle-size.mjs';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The sandbox at 100,000 contacts (BENCH_CONTACTS to change): a child process, so its memory
// and timers do not mix with the bundle measurement.
const sandbox = spawnSync('npx', ['tsx', 'bench/sandbox-bench.ts'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 * 1024 * 1024,
});
const sandboxLine = sandbox.stdout.split('\n').find((line) => line.startsWith('BENCH_ROWS '));
if (sandbox.status !== 0 || !sandboxLine) {
  console.error('The sandbox bench failed.');
  process.exit(sandbox.status || 1);
}
const sandboxRows = JSON.parse(sandboxLine.slice('BENCH_ROWS '.length));

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const signIn = pageBundleSize('dist', ['src/routes/login.tsx']);
const home = pageBundleSize('dist', ['src/routes/_app.tsx', 'src/routes/_app/index.tsx']);
const rows = [
  {
    figure: 'Initial JS, sign-in page (gzip)',
    value: kb(signIn.jsGzipBytes),
    unit: 'KB',
    budget: 170,
  },
  {
    figure: 'Initial CSS, sign-in page (gzip)',
    value: kb(signIn.cssGzipBytes),
    unit: 'KB',
    budget: 55,
  },
  { figure: 'Initial JS, home page (gzip)', value: kb(home.jsGzipBytes), unit: 'KB', budget: 170 },
  ...sandboxRows,
];

console.table(
  rows.map((row) => ({
    figure: row.figure,
    value: `${row.value} ${row.unit}`,
    budget: row.budget === undefined ? '' : `${row.budget} ${row.unit}`,
    within: row.budget === undefined ? '' : row.value <= row.budget ? 'yes' : 'NO',
  })),
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`,
);
