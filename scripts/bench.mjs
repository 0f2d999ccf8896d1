// `npm run bench`: builds the console and prints each measured figure with its budget as one
// table, and writes them to bench/results.json so runs can be compared. Later issues add rows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageBundleSize } from '../bench/bundle-size.mjs';
import { findChromium } from './find-chromium.mjs';

// Other work on the machine moves every figure: the load is written beside them.
const startedAt = Date.now();
const loadAtStart = loadavg();
// A build of its own in a temporary folder, so the bench never overwrites dist/ (or races with a
// test suite serving it); the sandbox's seeded data file lives there too.
const work = mkdtempSync(join(tmpdir(), 'console-bench-'));
const distDir = join(work, 'dist');
const dataFile = join(work, 'sandbox.db');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', distDir], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

/** Runs a bench script as a child process (its own memory and timers) and reads its rows. */
function benchRows(name, script, env = {}) {
  const child = spawnSync('npx', ['tsx', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const line = child.stdout.split('\n').find((text) => text.startsWith('BENCH_ROWS '));
  if (child.status !== 0 || !line) {
    console.error(`The ${name} bench failed.`);
    process.exit(child.status || 1);
  }
  return JSON.parse(line.slice('BENCH_ROWS '.length));
}

// The sandbox at 100,000 contacts (BENCH_CONTACTS to change), seeded once into dataFile; the
// browser bench then serves the same file.
const sandboxRows = benchRows('sandbox', 'bench/sandbox-bench.ts', { BENCH_DATA_FILE: dataFile });
const browserRows = benchRows('browser', 'bench/browser-bench.ts', {
  BENCH_DIST: distDir,
  BENCH_DATA_FILE: dataFile,
  PLAYWRIGHT_CHROMIUM_EXECUTABLE: findChromium(),
});
// Jobs at 100,000 rows in the browser: the export first (the file holds the seeded contacts),
// then an import job that adds 100,000 contacts. BENCH_SKIP_JOBS=1 leaves them out
// (3 to 10 minutes, with the machine's load).
const jobRows = process.env.BENCH_SKIP_JOBS
  ? []
  : benchRows('jobs', 'bench/jobs-bench.ts', {
      BENCH_DIST: distDir,
      BENCH_DATA_FILE: dataFile,
      PLAYWRIGHT_CHROMIUM_EXECUTABLE: findChromium(),
    });
// Last: the in-tab import adds 1,000 contacts more.
const bulkRows = benchRows('bulk', 'bench/bulk-bench.ts', { BENCH_DATA_FILE: dataFile });

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const signIn = pageBundleSize(distDir, ['src/routes/login.tsx']);
// The signed-in layout (src/routes/_app.tsx) is not split from the entry: nothing more to add.
const home = pageBundleSize(distDir, ['src/routes/_app/index.tsx']);
const contacts = pageBundleSize(distDir, ['src/routes/_app/contacts/index.tsx']);
const rows = [
  // The issue budgets the contacts route (React and the Spark runtime included); the sign-in and
  // home pages are shown beside it for comparison.
  { figure: 'Initial JS, sign-in page (gzip)', value: kb(signIn.jsGzipBytes), unit: 'KB' },
  { figure: 'Initial CSS, sign-in page (gzip)', value: kb(signIn.cssGzipBytes), unit: 'KB' },
  { figure: 'Initial JS, home page (gzip)', value: kb(home.jsGzipBytes), unit: 'KB' },
  {
    figure: 'Initial JS, contacts list (gzip)',
    value: kb(contacts.jsGzipBytes),
    unit: 'KB',
    budget: 170,
  },
  {
    figure: 'Initial CSS, contacts list (gzip)',
    value: kb(contacts.cssGzipBytes),
    unit: 'KB',
    budget: 55,
  },
  ...sandboxRows,
  ...browserRows,
  ...bulkRows,
  ...jobRows,
];

console.table(
  rows.map((row) => ({
    figure: row.figure,
    value: `${row.value} ${row.unit}`,
    budget: row.budget === undefined ? '' : `${row.budget} ${row.unit}`,
    within: row.budget === undefined ? '' : row.value <= row.budget ? 'yes' : 'NO',
  })),
);
const round2 = (values) => values.map((value) => Math.round(value * 100) / 100);
const machine = {
  cpus: availableParallelism(),
  // os.loadavg(): the 1, 5 and 15-minute load averages.
  loadAverageAtStart: round2(loadAtStart),
  loadAverageAtEnd: round2(loadavg()),
  benchMinutes: Math.round((Date.now() - startedAt) / 600) / 100,
};
console.log(
  `${machine.cpus} CPUs; load average ${machine.loadAverageAtStart.join(' ')} at the start, ` +
    `${machine.loadAverageAtEnd.join(' ')} at the end; ${machine.benchMinutes} minutes.`,
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, rows }, null, 2)}\n`,
);
