// The console's bulk import and export, timed without a browser: the same TypeScript the
// import and export pages run (src/features/bulk: CSV parsing, the contact form's checks, the
// 200-row chunking with its lost-answer look-ups, the scan and the CSV writer) over the console's
// own ApiClient, whose fetch goes through Fastify's inject to an in-process sandbox (no socket).
// The sandbox holds the demo seed, or BENCH_DATA_FILE when given (contacts are added to it).
// Prints one `BENCH_ROWS [...]` line (bench/results.json's row shape) for scripts/bench.mjs.
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolveSandboxOptions } from '../sandbox/config.ts';
import { generateContacts } from '../sandbox/seed/contacts.ts';
import { createRng } from '../sandbox/seed/random.ts';
import { buildServer } from '../sandbox/server.ts';
import { bearer, clientCredentialsToken } from '../sandbox/testing/sandbox-test-kit.ts';

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
}

// The console's modules import each other through the `@/` alias of tsconfig.app.json, which
// this Node-side script's config does not have: resolve it at run time, and import them by path
// (typed below by the few shapes this script uses).
const srcUrl = pathToFileURL(`${process.cwd()}/src/`).href;
const aliasHook = `export async function resolve(specifier, context, next) {
  return next(specifier.startsWith('@/') ? ${JSON.stringify(srcUrl)} + specifier.slice(2) : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(aliasHook)}`);
const load = <T>(path: string) => import(`${srcUrl}${path}`) as Promise<T>;

type ApiClient = <T>(path: string, options?: object) => Promise<T>;
interface Contact {
  id: string;
  [field: string]: unknown;
}
interface CsvTable {
  header: string[];
  rows: string[][];
}
interface CsvRecord {
  rowNumber: number;
  cells: string[];
}
type Outcome = { status: 'created'; contactId: string } | { status: 'failed'; message: string };

const { createApiClient } = await load<{
  createApiClient: (config: {
    getApiBase: () => string;
    getAccessToken: () => string;
    onUnauthorized: () => void;
    fetchImpl: typeof fetch;
  }) => ApiClient;
}>('api/client.ts');
const { parseCsvText } = await load<{
  parseCsvText: (
    text: string,
  ) =>
    { ok: true; csv: { headers: string[]; records: CsvRecord[] } } | { ok: false; message: string };
}>('features/bulk/parse-csv.ts');
const { autoMap } = await load<{ autoMap: (headers: string[]) => readonly string[] }>(
  'features/bulk/header-mapping.ts',
);
const { checkRecords } = await load<{
  checkRecords: (
    records: CsvRecord[],
    headers: string[],
    mapping: readonly string[],
  ) => { rowNumber: number; body: Record<string, unknown> | null }[];
}>('features/bulk/import-rows.ts');
const { importContacts } = await load<{
  importContacts: (options: {
    api: ApiClient;
    rows: { rowNumber: number; body: Record<string, unknown> }[];
    divisionId: string;
  }) => Promise<Map<number, Outcome>>;
}>('features/bulk/import-engine.ts');
const { scanContacts } = await load<{
  scanContacts: (options: {
    api: ApiClient;
    divisionId: undefined;
    maxRecords: number;
  }) => Promise<Contact[]>;
}>('features/bulk/scan-export.ts');
const { contactsTable, csvFileText } = await load<{
  contactsTable: (contacts: Contact[]) => CsvTable;
  csvFileText: (table: CsvTable) => string;
}>('features/bulk/export-csv.ts');

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000);
const EXPORT_CONTACTS = Number(process.env.BENCH_EXPORT_CONTACTS ?? 10_000);
const dataFile = process.env.BENCH_DATA_FILE;
const rows: Row[] = [];
const round = (value: number) => Math.round(value * 100) / 100;

const app = await buildServer(
  resolveSandboxOptions({
    log: 'silent',
    rateLimit: { kind: 'off' },
    ...(dataFile ? { dataFile, memory: false, seed: { kind: 'none' } } : { memory: true }),
  }),
);
try {
  const token = await clientCredentialsToken(app);
  const BASE = 'http://sandbox.bench';
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

  // A file as people export it: the console's own layout, from generated named contacts.
  const rng = createRng(11);
  const people: Contact[] = [];
  while (people.length < IMPORT_ROWS) {
    for (const { body } of generateContacts(IMPORT_ROWS, rng)) {
      if (people.length < IMPORT_ROWS && (body.firstName || body.lastName)) {
        people.push({ ...(body as unknown as Record<string, unknown>), id: '' });
      }
    }
  }
  const csvText = csvFileText(contactsTable(people));

  let started = performance.now();
  const parsed = parseCsvText(csvText);
  if (!parsed.ok) throw new Error(parsed.message);
  const mapping = autoMap(parsed.csv.headers);
  const checked = checkRecords(parsed.csv.records, parsed.csv.headers, mapping);
  const ready = checked.flatMap((row) =>
    row.body ? [{ rowNumber: row.rowNumber, body: row.body }] : [],
  );
  const checkedAt = performance.now();
  const outcomes = await importContacts({ api, rows: ready, divisionId: home.id });
  const importedAt = performance.now();
  const created = [...outcomes.values()].filter((outcome) => outcome.status === 'created').length;
  if (created !== IMPORT_ROWS) {
    const failed = [...outcomes.values()].find((outcome) => outcome.status === 'failed');
    throw new Error(`${created} of ${IMPORT_ROWS} rows imported: ${JSON.stringify(failed)}`);
  }
  rows.push({
    figure: `Import ${IMPORT_ROWS} CSV rows: parse and check`,
    value: round(checkedAt - started),
    unit: 'ms',
  });
  rows.push({
    figure: `Import ${IMPORT_ROWS} CSV rows: whole import (bulk adds of 200)`,
    value: round((importedAt - started) / 1000),
    unit: 's',
  });

  // Enough contacts for the export (not timed): bulk adds of generated ones.
  const probe = await scanContacts({ api, divisionId: undefined, maxRecords: EXPORT_CONTACTS });
  for (let missing = EXPORT_CONTACTS - probe.length; missing > 0; missing -= 200) {
    const batch = generateContacts(Math.min(200, missing), rng).map((generated) => generated.body);
    const added = await app.inject({
      method: 'POST',
      url: '/api/v2/externalcontacts/bulk/contacts/add',
      headers: bearer(token),
      payload: { entities: batch },
    });
    if (added.statusCode !== 200) throw new Error(`top-up failed: ${added.body}`);
  }

  started = performance.now();
  const contacts = await scanContacts({ api, divisionId: undefined, maxRecords: EXPORT_CONTACTS });
  const text = csvFileText(contactsTable(contacts));
  const exportedAt = performance.now();
  if (contacts.length !== EXPORT_CONTACTS) {
    throw new Error(`exported ${contacts.length} of ${EXPORT_CONTACTS} contacts`);
  }
  rows.push({
    figure: `Export ${EXPORT_CONTACTS} contacts: scan (200 a page) into CSV`,
    value: round((exportedAt - started) / 1000),
    unit: 's',
  });
  rows.push({
    figure: `Export ${EXPORT_CONTACTS} contacts: CSV size`,
    value: round(Buffer.byteLength(text) / 1024 / 1024),
    unit: 'MB',
  });
} finally {
  await app.close();
}
console.error(rows.map((row) => `${row.figure}: ${row.value} ${row.unit}`).join('\n'));
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
