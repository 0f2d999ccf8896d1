// Genesys jobs at 100,000 rows, through the console's real pages in Debian's Chromium: the
// production build (BENCH_DIST) served by `vite preview`, against a sandbox process on
// BENCH_DATA_FILE (the 100,000-contact file the sandbox bench seeded) or, without it, a new
// in-memory one of BENCH_CONTACTS contacts.
//
// - Export: on the Export page, a contacts export of every division limited to BENCH_EXPORT_ROWS
//   (100,000) rows, from the click to the download link, then the file downloaded.
// - Import: on the Import page, a BENCH_JOB_ROWS-row file (100,000) chosen, checked in the page's
//   Web Worker, prepared (phones in E.164), uploaded, and run as an import job to Completed.
//
// The page's JavaScript memory (its heap and its Web Workers') is sampled through CDP all along.
// Phase times come from the page's own requests and from the job as the sandbox reports it,
// read every 250 ms by this script (the page reads it every 2 s, so the user sees it up to 2 s
// later). Prints one `BENCH_ROWS [...]` line for scripts/bench.mjs.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { startConsolePreview, startSandbox } from '../scripts/process-helpers.mjs';
import { launchChromium, newContext, signedInContext, signIn } from './browser-kit.ts';
import { importFileText } from './import-file.ts';
import { sampleMemory, type MemoryPeak } from './page-memory.ts';

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
}

const JOB_ROWS = Number(process.env.BENCH_JOB_ROWS ?? 100_000);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const distDir = process.env.BENCH_DIST ?? 'dist';
const dataFile = process.env.BENCH_DATA_FILE;
const contactCount = process.env.BENCH_CONTACTS ?? '100000';
/** A job of 100,000 rows takes minutes on a loaded machine; this is only a stop for a stuck one. */
const JOB_TIMEOUT_MS = 20 * 60_000;
const POLL_MS = 250;

const rows: Row[] = [];
const seconds = (ms: number) => Math.round(ms / 10) / 100;
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));
const formatted = (n: number) => n.toLocaleString('en-US');

/** The sandbox's API as a client-credentials app: for reading jobs, never for the page's work. */
async function sandboxApi(sandboxUrl: string) {
  const response = await fetch(`${sandboxUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return async <T>(path: string): Promise<T> => {
    const answer = await fetch(`${sandboxUrl}/api/v2${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
}
type SandboxApi = Awaited<ReturnType<typeof sandboxApi>>;

/** When each of the page's requests matching `test` was sent and when it finished. */
function watchRequests(page: Page, test: (request: Request) => boolean) {
  const seen: {
    url: string;
    method: string;
    sentAt: number;
    doneAt?: number;
    body: string | null;
  }[] = [];
  page.on('request', (request) => {
    if (test(request)) {
      const body = request.method() === 'PUT' ? null : request.postData();
      seen.push({ url: request.url(), method: request.method(), sentAt: Date.now(), body });
    }
  });
  page.on('requestfinished', (request) => {
    const entry = seen.find((item) => item.url === request.url() && item.doneAt === undefined);
    if (entry) entry.doneAt = Date.now();
  });
  return {
    first(method: string, part: string) {
      const entry = seen.find((item) => item.method === method && item.url.includes(part));
      if (!entry) throw new Error(`The page sent no ${method} …${part}.`);
      return entry;
    },
  };
}

function memoryRows(what: string, peak: MemoryPeak): Row[] {
  return [
    {
      figure: `Peak page memory, ${what} (JS heap, page + workers)`,
      value: megabytes(peak.peakTotal),
      unit: 'MB',
    },
    { figure: '  the page alone, its peak', value: megabytes(peak.peakPage), unit: 'MB' },
    { figure: '  its Web Workers, their peak', value: megabytes(peak.peakWorkers), unit: 'MB' },
  ];
}

interface ExportJobJson {
  id: string;
  status: string;
  dateCreated: string;
  dateCompletion?: string;
  resultRowCount?: number;
}

async function exportJob(page: Page, sandbox: SandboxApi, memory: () => Promise<MemoryPeak>) {
  await page.getByLabel('Export', { exact: true }).selectOption('contacts');
  await page.getByLabel('Division').selectOption({ label: 'All divisions' });
  const limitField = page.getByLabel('At most this many rows');
  if (!(await limitField.isVisible())) await page.getByText('More filters').click();
  await limitField.fill(String(EXPORT_ROWS));
  const posted = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && response.url().endsWith('/contacts/exports'),
  );
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Export contacts' }).click();
  const { id } = (await (await posted).json()) as { id: string };

  const row = page
    .getByRole('table', { name: 'Export jobs, newest first' })
    .getByRole('row')
    .filter({ hasText: `At most ${formatted(EXPORT_ROWS)} rows` });
  const download = row.getByRole('button', { name: /^Download CSV/ });
  await download.waitFor({ timeout: JOB_TIMEOUT_MS });
  const linkAt = Date.now();
  const downloading = page.waitForEvent('download', { timeout: JOB_TIMEOUT_MS });
  await download.click();
  const file = await (await downloading).path();
  const downloadedAt = Date.now();
  const peak = await memory();

  const job = await sandbox<ExportJobJson>(`/externalcontacts/contacts/exports/${id}`);
  if (job.status !== 'SUCCEEDED' || job.resultRowCount !== EXPORT_ROWS || !job.dateCompletion) {
    throw new Error(`The export ended ${job.status} with ${job.resultRowCount ?? 0} rows.`);
  }
  const onServer = Date.parse(job.dateCompletion) - Date.parse(job.dateCreated);
  const size = statSync(file).size;
  rows.push(
    {
      figure: `Export ${formatted(EXPORT_ROWS)} contacts (job): POST → SUCCEEDED`,
      value: seconds(onServer),
      unit: 's',
    },
    {
      figure: '  rows/s on the server',
      value: perSecond(EXPORT_ROWS, onServer),
      unit: 'rows/s',
    },
    {
      figure: '  click → download link on the page',
      value: seconds(linkAt - clickedAt),
      unit: 's',
    },
    {
      figure: '  click → file downloaded',
      value: seconds(downloadedAt - clickedAt),
      unit: 's',
    },
    {
      figure: '  rows/s, click → file',
      value: perSecond(EXPORT_ROWS, downloadedAt - clickedAt),
      unit: 'rows/s',
    },
    { figure: '  file size', value: megabytes(size), unit: 'MB' },
    ...memoryRows(`exporting ${formatted(EXPORT_ROWS)} contacts`, peak),
  );
}

interface ImportJobJson {
  status: string;
  executionStep?: string;
  statusDetails?: string;
  metadata?: { importSuccessCount?: number; importFailedCount?: number };
}

/** Reads the job until it is Completed; when it left Validating, and when it finished. */
async function followImportJob(sandbox: SandboxApi, id: string) {
  const deadline = Date.now() + JOB_TIMEOUT_MS;
  let validatedAt: number | undefined;
  for (;;) {
    const job = await sandbox<ImportJobJson>(`/externalcontacts/import/jobs/${id}`);
    const at = Date.now();
    if (job.executionStep !== 'Validating') validatedAt ??= at;
    if (job.status === 'Completed') return { validatedAt: validatedAt ?? at, completedAt: at, job };
    if (job.status !== 'Running' || job.executionStep === 'Validated') {
      throw new Error(`The import job stopped: ${job.status} ${job.statusDetails ?? ''}`);
    }
    if (at > deadline) throw new Error('The import job did not finish in time.');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function importJob(
  page: Page,
  sandbox: SandboxApi,
  memory: { sofar: () => MemoryPeak; stop: () => Promise<MemoryPeak> },
) {
  const tag = `b${Date.now().toString(36)}`;
  const text = await importFileText(JOB_ROWS, tag);
  const requests = watchRequests(page, (request) => request.url().startsWith(sandboxUrl));
  await page.evaluate(() =>
    document.addEventListener('change', () => void (window.__chosenAt = Date.now()), {
      capture: true,
      once: true,
    }),
  );
  // Chosen from disk: Playwright hands a path to Chromium as a person's choice would, where a
  // buffer would be built into a File by script in the page (its heap, counted as the page's).
  // The page reads the file when it needs it: it stays until the job is done.
  const path = join(fileFolder, `bench-${tag}.csv`);
  writeFileSync(path, text);
  await page.getByLabel('CSV file with a header row').setInputFiles(path);
  const ready = page.getByText(
    `${formatted(JOB_ROWS)} rows ready, 0 with problems (left out of the job).`,
  );
  await ready.waitFor({ timeout: JOB_TIMEOUT_MS });
  const checkedAt = Date.now();
  const checkedPeak = memory.sofar();
  const chosenAt = await page.evaluate(() => window.__chosenAt ?? NaN);
  // The division list loads beside the check: the job needs one chosen.
  const division = page.getByLabel('Division for the new contacts');
  for (let tries = 0; (await division.inputValue()) === ''; tries += 1) {
    if (tries > 600) throw new Error('No division was chosen for the import.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const startedAt = Date.now();
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && response.url().endsWith('/import/csv/jobs'),
    { timeout: JOB_TIMEOUT_MS },
  );
  await page
    .getByRole('button', { name: `Start an import job for ${formatted(JOB_ROWS)} rows` })
    .click();
  const jobAnswer = await answered;
  const jobAt = Date.now();
  const { job } = (await jobAnswer.json()) as { job: { id: string } };
  const followed = await followImportJob(sandbox, job.id);
  // What the user sees: the Import jobs list says Completed (it reads the job every 2 s).
  await page
    .getByRole('region', { name: 'Import jobs' })
    .getByRole('listitem')
    .filter({ hasText: `bench-${tag}` })
    .filter({ hasText: 'Completed' })
    .waitFor({ timeout: 60_000 });
  const shownAt = Date.now();
  const peak = await memory.stop();

  const imported = followed.job.metadata?.importSuccessCount ?? 0;
  if (imported !== JOB_ROWS) {
    throw new Error(
      `The job imported ${imported} of ${JOB_ROWS} rows: ${followed.job.statusDetails}`,
    );
  }
  // The prepare step ends when the settings are first asked for (the external source).
  const prepared = requests.first('GET', '/externalcontacts/externalsources').sentAt;
  const uploadPost = requests.first('POST', '/import/csv/uploads');
  const uploadPosted = uploadPost.sentAt;
  const { fileSize } = JSON.parse(uploadPost.body ?? '{}') as { fileSize?: number };
  const put = requests.first('PUT', '/uploads/');
  const total = followed.completedAt - chosenAt;
  rows.push(
    {
      figure: `Import ${formatted(JOB_ROWS)} rows (job): file chosen → Completed`,
      value: seconds(total),
      unit: 's',
    },
    { figure: '  rows/s', value: perSecond(JOB_ROWS, total), unit: 'rows/s' },
    { figure: '  size of the file chosen', value: megabytes(Buffer.byteLength(text)), unit: 'MB' },
    {
      figure: '  read and check (Web Worker), to the Start button',
      value: seconds(checkedAt - chosenAt),
      unit: 's',
    },
    {
      figure: '  prepare the job file (Web Worker, phones in E.164)',
      value: seconds(prepared - startedAt),
      unit: 's',
    },
    {
      figure: '  import and CSV settings, upload ticket',
      value: seconds(uploadPosted - prepared),
      unit: 's',
    },
    {
      figure: `  upload (PUT of the prepared file, ${megabytes(fileSize ?? NaN)} MB)`,
      value: seconds((put.doneAt ?? NaN) - put.sentAt),
      unit: 's',
    },
    {
      figure: '  start the job (POST csv/jobs)',
      value: seconds(jobAt - (put.doneAt ?? NaN)),
      unit: 's',
    },
    { figure: '  validate (dry run)', value: seconds(followed.validatedAt - jobAt), unit: 's' },
    {
      figure: '  import',
      value: seconds(followed.completedAt - followed.validatedAt),
      unit: 's',
    },
    {
      figure: '  rows/s on the server (validate + import)',
      value: perSecond(JOB_ROWS, followed.completedAt - jobAt),
      unit: 'rows/s',
    },
    {
      figure: '  Completed → shown on the page',
      value: seconds(shownAt - followed.completedAt),
      unit: 's',
    },
    ...memoryRows(`importing ${formatted(JOB_ROWS)} rows (check, prepare, job)`, peak),
    {
      figure: '  its peak while the file was read and checked',
      value: megabytes(checkedPeak.peakTotal),
      unit: 'MB',
    },
    { figure: '  when the job was Completed', value: megabytes(peak.last), unit: 'MB' },
  );
}

declare global {
  interface Window {
    __chosenAt?: number;
  }
}

const sandboxArgs = dataFile ? ['--data', dataFile] : ['--memory', '--seed', contactCount];
const { child: sandbox, url: sandboxUrl } = await startSandbox(
  [...sandboxArgs, '--port', '0', '--rate-limit', 'off'],
  { echo: false },
);
const { url: consoleUrl, stop: stopConsole } = await startConsolePreview({
  outDir: distDir,
  sandboxUrl,
});
const browser = await launchChromium();
const fileFolder = mkdtempSync(join(tmpdir(), 'jobs-bench-'));
try {
  const api = await sandboxApi(sandboxUrl);
  const signInContext = await newContext(browser);
  const session = await signIn(await signInContext.newPage(), consoleUrl);
  await signInContext.close();

  // The export first, while the file holds the seeded contacts only.
  {
    const { context, page } = await signedInContext(browser, session, { acceptDownloads: true });
    await page.goto(`${consoleUrl}/export`);
    await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
    const memory = await sampleMemory(context, page);
    await exportJob(page, api, memory.stop);
    await context.close();
  }
  {
    const { context, page } = await signedInContext(browser, session);
    await page.goto(`${consoleUrl}/import`);
    await page.getByRole('heading', { name: 'Import contacts', level: 1 }).waitFor();
    const memory = await sampleMemory(context, page);
    await importJob(page, api, memory);
    await context.close();
  }
} finally {
  rmSync(fileFolder, { recursive: true, force: true });
  await browser.close();
  stopConsole();
  sandbox.kill('SIGTERM');
}
console.error(rows.map((row) => `${row.figure}: ${row.value} ${row.unit}`).join('\n'));
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
