// The Import page's in-browser path (files of up to 1,000 rows), timed without a browser: the
// same TypeScript the page and its Web Worker run (src/features/bulk: CSV parsing, the contact
// form's checks, the reverse-whitepages lookups that match rows, the 200-row bulk adds with their
// lost-answer look-ups) over the console's own ApiClient, whose fetch goes through Fastify's
// inject to an in-process sandbox (no socket) with Genesys' rate limit ON (300 requests a minute
// per token, sandbox/config.ts), so the rows/s is what the limit lets through.
// The sandbox holds the demo seed, or BENCH_DATA_FILE when given (contacts are added to it).
// Prints one `BENCH_ROWS [...]` line (bench/results.json's row shape) for scripts/bench.mjs.
import { performance } from 'node:perf_hooks';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, resolveSandboxOptions } from '../sandbox/config.ts';
import { buildServer } from '../sandbox/server.ts';
import { clientCredentialsToken } from '../sandbox/testing/sandbox-test-kit.ts';
import { loadConsoleModule } from './console-modules.ts';
import { importFileText } from './import-file.ts';

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
}

type ApiClient = <T>(path: string, options?: object) => Promise<T>;
interface CsvRecord {
  rowNumber: number;
  cells: string[];
}
interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
}
interface CheckedRow {
  rowNumber: number;
  body: Record<string, unknown> | null;
}
interface Identity {
  key: 'email' | 'phone';
  value: string;
  label: string;
}
type Outcome = { status: 'created'; contactId: string } | { status: 'failed'; message: string };

const { createApiClient } = await loadConsoleModule<{
  createApiClient: (config: {
    getApiBase: () => string;
    getAccessToken: () => string;
    onUnauthorized: () => void;
    fetchImpl: typeof fetch;
  }) => ApiClient;
}>('api/client.ts');
const { parseCsvText } = await loadConsoleModule<{
  parseCsvText: (text: string) => { ok: true; csv: ParsedCsv } | { ok: false; message: string };
}>('features/bulk/parse-csv.ts');
const { autoMap } = await loadConsoleModule<{
  autoMap: (headers: string[]) => readonly string[];
}>('features/bulk/header-mapping.ts');
const { checkRows } = await loadConsoleModule<{
  checkRows: (
    csv: ParsedCsv,
    mapping: readonly string[],
    phoneCountry: string,
    schema: null,
    withRows: boolean,
    progress: (done: number, total: number) => void,
  ) => { rows?: CheckedRow[]; goodCount: number; problemRowCount: number };
}>('features/bulk/import-check-work.ts');
const { identitiesOf } = await loadConsoleModule<{
  identitiesOf: (body: Record<string, unknown>, keys: readonly string[]) => Identity[];
}>('features/bulk/row-identities.ts');
const { lookUpIdentities } = await loadConsoleModule<{
  lookUpIdentities: (
    api: ApiClient,
    identities: readonly Identity[],
    results: Map<string, unknown>,
  ) => Promise<void>;
}>('features/bulk/match-lookups.ts');
const { importContacts } = await loadConsoleModule<{
  importContacts: (options: {
    api: ApiClient;
    rows: { rowNumber: number; body: Record<string, unknown> }[];
    divisionId: string;
  }) => Promise<Map<number, Outcome>>;
}>('features/bulk/import-engine.ts');

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000);
/**
 * Rows whose identities are looked up: by default few enough that their lookups (2 a row) stay
 * inside one minute's allowance, so the figure is the sandbox's speed; 1,000 shows the limit
 * itself (about 6 minutes).
 */
const LOOKUP_ROWS = Math.min(IMPORT_ROWS, Number(process.env.BENCH_LOOKUP_ROWS ?? 100));
const RATE_PER_MINUTE = DEFAULT_RATE_LIMIT_PER_MINUTE;
const BULK_ROWS = 200;
const dataFile = process.env.BENCH_DATA_FILE;
const rows: Row[] = [];
const round = (value: number) => Math.round(value * 100) / 100;
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000 * 10) / 10;

const app = await buildServer(
  resolveSandboxOptions({
    log: 'silent',
    rateLimit: { kind: 'perMinute', requests: RATE_PER_MINUTE },
    ...(dataFile ? { dataFile, memory: false, seed: { kind: 'none' } } : { memory: true }),
  }),
);
try {
  const token = await clientCredentialsToken(app);
  const BASE = 'http://sandbox.bench';
  let requests = 0;
  let refused = 0;
  const headersOf = (init: HeadersInit | undefined) => {
    const flat: Record<string, string> = {};
    new Headers(init).forEach((value, name) => {
      flat[name] = value;
    });
    return flat;
  };
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: `${url.pathname}${url.search}`,
      headers: headersOf(init?.headers),
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    requests += 1;
    if (response.statusCode === 429) refused += 1;
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    return new Response(response.body, { status: response.statusCode, headers });
  };
  const api = createApiClient({
    getApiBase: () => BASE,
    getAccessToken: () => token,
    onUnauthorized: () => {
      throw new Error('The bench token was refused.');
    },
    fetchImpl,
  });
  const home = await api<{ id: string }>('/authorization/divisions/home');
  // Phones from 500,000 on: the jobs bench's file (run before, on the same data) has the first ones.
  const text = await importFileText(IMPORT_ROWS, `s${Date.now().toString(36)}`, {
    seed: 12,
    firstPhone: 500_000,
  });

  // What the Web Worker does with a small file: read it, check every row, keep the rows.
  let started = performance.now();
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const checked = checkRows(
    parsed.csv,
    autoMap(parsed.csv.headers),
    'US',
    null,
    true,
    () => undefined,
  );
  const ready = (checked.rows ?? []).flatMap((row) =>
    row.body ? [{ rowNumber: row.rowNumber, body: row.body }] : [],
  );
  const checkedAt = performance.now();
  if (ready.length !== IMPORT_ROWS) {
    throw new Error(`${checked.problemRowCount} of ${IMPORT_ROWS} rows have problems.`);
  }
  rows.push({
    figure: `Import ${IMPORT_ROWS} rows in the tab: parse and check`,
    value: round(checkedAt - started),
    unit: 'ms',
  });

  // Matching: each row's email and phone looked up (4 at a time), as the page does.
  const identities = ready
    .slice(0, LOOKUP_ROWS)
    .flatMap((row) => identitiesOf(row.body, ['email', 'phone']));
  const lookupRequests = requests;
  started = performance.now();
  // A lookup refused by the rate limit more often than its retries allow stops the check with an
  // error and a Retry button, which resumes where it stopped: the bench presses it.
  const found = new Map<string, unknown>();
  let retryClicks = 0;
  for (;;) {
    try {
      await lookUpIdentities(api, identities, found);
      break;
    } catch (error) {
      if ((error as { status?: number }).status !== 429 || retryClicks >= 100) throw error;
      retryClicks += 1;
    }
  }
  const lookedUpMs = performance.now() - started;
  const lookupsPerRow = identities.length / LOOKUP_ROWS;
  rows.push(
    {
      figure: `  matching lookups, ${LOOKUP_ROWS} rows (${identities.length} lookups)`,
      value: round(lookedUpMs / 1000),
      unit: 's',
    },
    { figure: '  matching rows/s', value: perSecond(LOOKUP_ROWS, lookedUpMs), unit: 'rows/s' },
    {
      figure: '  matching stopped by the rate limit (Retry clicks)',
      value: retryClicks,
      unit: 'times',
    },
    {
      figure: `  matching ceiling: ${RATE_PER_MINUTE}/min ÷ ${round(lookupsPerRow)} lookups a row`,
      value: round(RATE_PER_MINUTE / 60 / lookupsPerRow),
      unit: 'rows/s',
    },
  );
  const lookupCount = requests - lookupRequests;

  const sendRequests = requests;
  started = performance.now();
  const outcomes = await importContacts({ api, rows: ready, divisionId: home.id });
  const importedMs = performance.now() - started;
  const created = [...outcomes.values()].filter((outcome) => outcome.status === 'created').length;
  if (created !== IMPORT_ROWS) {
    const failed = [...outcomes.values()].find((outcome) => outcome.status === 'failed');
    throw new Error(`${created} of ${IMPORT_ROWS} rows imported: ${JSON.stringify(failed)}`);
  }
  rows.push(
    {
      figure: `  bulk adds of ${BULK_ROWS} (${requests - sendRequests} requests)`,
      value: round(importedMs / 1000),
      unit: 's',
    },
    { figure: '  bulk adds rows/s', value: perSecond(IMPORT_ROWS, importedMs), unit: 'rows/s' },
    {
      figure: `  bulk adds ceiling: ${RATE_PER_MINUTE}/min × ${BULK_ROWS} rows`,
      value: (RATE_PER_MINUTE / 60) * BULK_ROWS,
      unit: 'rows/s',
    },
    { figure: '  429 answers (rate limit on)', value: refused, unit: 'requests' },
  );
  console.error(`${lookupCount} lookups, ${requests} API requests in all`);
} finally {
  await app.close();
}
console.error(rows.map((row) => `${row.figure}: ${row.value} ${row.unit}`).join('\n'));
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
