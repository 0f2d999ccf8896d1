// The sandbox's figures at scale: seeds a data file with 100,000 contacts (or BENCH_CONTACTS), then
// times API operations in-process through Fastify's inject (the whole request pipeline: auth, rate
// limit, validation, SQL, JSON; no socket). Prints one JSON line of rows for scripts/bench.mjs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveSandboxOptions } from '../sandbox/config.ts';
import { openSandboxDatabase } from '../sandbox/db/open-sandbox-database.ts';
import { createSandboxContext } from '../sandbox/sandbox-context.ts';
import { seedExternalContacts } from '../sandbox/seed-demo-data.ts';
import { createRng } from '../sandbox/seed/random.ts';
import { generateContacts } from '../sandbox/seed/contacts.ts';
import { buildServer } from '../sandbox/server.ts';
import { bearer, clientCredentialsToken } from '../sandbox/testing/sandbox-test-kit.ts';

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: number;
}

const contactCount = Number(process.env.BENCH_CONTACTS ?? 100_000);
const API = '/api/v2/externalcontacts';
// BENCH_DATA_FILE: seed there and keep it, so the browser bench reuses the same 100,000 contacts
// instead of seeding them a second time.
const keptDataFile = process.env.BENCH_DATA_FILE;
const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
const dataFile = keptDataFile ?? join(dir, 'bench.db');
const options = resolveSandboxOptions({
  dataFile,
  memory: false,
  log: 'silent',
  rateLimit: { kind: 'off' },
});

const rows: Row[] = [];
const round = (value: number) => Math.round(value * 100) / 100;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

try {
  const { db } = openSandboxDatabase(options);
  let started = performance.now();
  seedExternalContacts(createSandboxContext(db, options), { kind: 'count', count: contactCount });
  rows.push({
    figure: `Seed ${contactCount} contacts`,
    value: round((performance.now() - started) / 1000),
    unit: 's',
  });

  const app = await buildServer(options, { db });
  const token = await clientCredentialsToken(app);
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: bearer(token) });
    if (response.statusCode !== 200)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<{
      entities: { id: string; firstName?: string; lastName?: string }[];
      cursors?: { after?: string };
    }>();
  };
  const time = async (label: string, urls: string[], budget?: number) => {
    for (const url of urls.slice(0, 20)) await get(url); // warm-up
    const samples: number[] = [];
    for (const url of urls) {
      const t = performance.now();
      await get(url);
      samples.push(performance.now() - t);
    }
    rows.push({ figure: `${label} p50`, value: round(percentile(samples, 50)), unit: 'ms' });
    rows.push({
      figure: `${label} p95`,
      value: round(percentile(samples, 95)),
      unit: 'ms',
      ...(budget ? { budget } : {}),
    });
  };

  const sample = (await get(`${API}/contacts?pageSize=100&pageNumber=3&sortOrder=lastName:desc`))
    .entities;
  const terms = sample
    .flatMap((c) => [c.firstName, c.lastName])
    .filter((t): t is string => Boolean(t));
  const queries = Array.from({ length: 300 }, (_, i) => terms[i % terms.length]!);
  await time(
    'Search q (first page of 25)',
    queries.map((q) => `${API}/contacts?q=${encodeURIComponent(q.slice(0, 4))}&pageSize=25`),
    20,
  );
  const sorts = ['firstName:asc', 'lastName:desc', 'title:asc', 'middleName:asc'];
  await time(
    'Sorted paging (25 per page)',
    Array.from(
      { length: 300 },
      (_, i) => `${API}/contacts?pageSize=25&pageNumber=${(i % 40) + 1}&sortOrder=${sorts[i % 4]}`,
    ),
    20,
  );
  const ids: string[] = [];
  let cursor: string | undefined;
  started = performance.now();
  do {
    const page = await get(`${API}/scan/contacts?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    for (const entity of page.entities) ids.push(entity.id);
    cursor = page.cursors?.after;
  } while (cursor);
  rows.push({
    figure: `Scan all contacts (${ids.length}, 200 a page)`,
    value: round((performance.now() - started) / 1000),
    unit: 's',
  });
  await time(
    'Get contact by id',
    Array.from({ length: 1000 }, (_, i) => `${API}/contacts/${ids[(i * 97) % ids.length]}`),
    2,
  );

  const batch = generateContacts(200, createRng(7)).map((generated) => generated.body);
  started = performance.now();
  const bulk = await app.inject({
    method: 'POST',
    url: `${API}/bulk/contacts/add`,
    headers: bearer(token),
    payload: { entities: batch },
  });
  if (bulk.statusCode !== 200 || bulk.json<{ errorCount: number }>().errorCount !== 0)
    throw new Error(`bulk add failed: ${bulk.body}`);
  rows.push({
    figure: 'Bulk add of one maximal batch (200)',
    value: round(performance.now() - started),
    unit: 'ms',
  });

  // Remove the batch again, so a kept file holds exactly the seeded contacts.
  const added = bulk.json<{ results: { entity?: { id: string } }[] }>().results;
  const removed = await app.inject({
    method: 'POST',
    url: `${API}/bulk/contacts/remove`,
    headers: bearer(token),
    payload: {
      entities: added.flatMap((result) => (result.entity ? [{ id: result.entity.id }] : [])),
    },
  });
  if (removed.statusCode !== 200) throw new Error(`bulk remove failed: ${removed.body}`);

  await app.close();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  rows.push({
    figure: 'Database size',
    value: round(statSync(dataFile).size / 1024 / 1024),
    unit: 'MB',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
