import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSandboxOptions } from '../config.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import type { ExportKind } from '../db/exports-repo.ts';
import { openSandboxDatabase } from '../db/open-sandbox-database.ts';
import { createSandboxContext } from '../sandbox-context.ts';
import { EXPORT_CHUNK_SIZE, createExportService } from './export-service.ts';
import type { ExportItem, ExportSource } from './export-sources.ts';

/** The chunked job itself, over an in-memory list of items instead of the real tables. */

const HOME = 'd1d1d1d1-0000-4000-8000-000000000001';

function listSource(count: number, failAfter: number | null = null): ExportSource {
  const items: ExportItem[] = Array.from({ length: count }, (_, index) => {
    const id = `item-${String(index).padStart(5, '0')}`;
    return { id, divisionId: HOME, row: { id, n: String(index) }, facts: { DivisionId: [HOME] } };
  });
  return {
    columns: ['id', 'n'],
    read(after, limit) {
      const start = items.findIndex((item) => item.id > after);
      if (failAfter !== null && start >= failAfter) throw new Error('disk on fire');
      return start === -1 ? [] : items.slice(start, start + limit);
    },
  };
}

let db: SqliteDatabase;
const options = resolveSandboxOptions({ memory: true, log: 'silent' });

function serviceWith(source: ExportSource) {
  const sources = { contacts: source, organizations: source, notes: source, relationships: source };
  return createExportService(
    createSandboxContext(db, options),
    sources as Record<ExportKind, ExportSource>,
  );
}

beforeEach(() => {
  db = openSandboxDatabase(options).db;
});
afterEach(() => {
  db.close();
});

describe('export jobs', () => {
  it('reads one chunk per step and survives being picked up by a new service', () => {
    const total = EXPORT_CHUNK_SIZE * 2 + 7;
    const first = serviceWith(listSource(total));
    const job = first.create('contacts', {}, null);
    expect(first.step()).toBe(true);
    expect(first.exports.find('contacts', job.id)).toMatchObject({
      status: 'RUNNING',
      rowCount: EXPORT_CHUNK_SIZE,
    });

    // A restarted sandbox builds a new service over the same data file and carries on.
    const second = serviceWith(listSource(total));
    while (second.step()) {
      /* step until done */
    }
    const done = second.exports.find('contacts', job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', rowCount: total });
    const lines = (second.exports.file(job.id) ?? '').split('\r\n');
    expect(lines[0]).toBe('id,n');
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines).size).toBe(total + 1);
  });

  it('marks a job FAILED when reading fails, and keeps no partial file', () => {
    const service = serviceWith(listSource(EXPORT_CHUNK_SIZE * 3, EXPORT_CHUNK_SIZE));
    const job = service.create('notes', {}, null);
    expect(service.step()).toBe(true);
    expect(service.step()).toBe(false);
    const failed = service.exports.find('notes', job.id);
    expect(failed).toMatchObject({ status: 'FAILED', failure: 'disk on fire' });
    expect(failed?.dateCompletion).not.toBeNull();
    expect(service.exports.file(job.id)).toBeNull();
    const json = service.view(failed ?? job, 'http://127.0.0.1:8787');
    expect(json.status).toBe('FAILED');
    expect(json.downloadUrl).toBeUndefined();
    expect(json.resultRowCount).toBeUndefined();
  });
});
