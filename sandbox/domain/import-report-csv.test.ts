import { afterAll, describe, expect, it } from 'vitest';
import { defaultSandboxOptions } from '../config.ts';
import { createImportsRepo } from '../db/imports-repo.ts';
import type { ImportJobRecord } from '../db/imports-repo.ts';
import { openSandboxDatabase } from '../db/open-sandbox-database.ts';
import { REPORT_PAGE_ROWS, importReportCsv, reportHeader } from './import-report-csv.ts';
import type { FailurePages } from './import-report-csv.ts';

const { db } = openSandboxDatabase({ ...defaultSandboxOptions(), memory: true });
const repo = createImportsRepo(db);
afterAll(() => db.close());

function storedJob(id: string, fileColumns: string[]): ImportJobRecord {
  repo.insertJob({
    id,
    settingsId: 'settings',
    csvSettingsId: null,
    uploadId: null,
    divisionId: null,
    status: 'Completed',
    statusDetails: null,
    executionStep: 'Importing',
    metadata: { fileColumns },
    dateCreated: '2025-01-01T00:00:00.000Z',
  });
  const job = repo.findJob(id);
  if (job === null) throw new Error('job not stored');
  return job;
}

/** Counts what the report asks the table for. */
function countingPages(): { pages: FailurePages; sizes: number[] } {
  const sizes: number[] = [];
  return {
    sizes,
    pages: (...args) => {
      const page = repo.failurePage(...args);
      sizes.push(page.length);
      return page;
    },
  };
}

describe('import failure reports', () => {
  it('serve 100,000 failed rows a page at a time, reading the table only as they are sent', () => {
    const total = 100_000;
    const job = storedJob('big', ['Name', 'Note']);
    for (let start = 0; start < total; start += 100) {
      const chunk = Array.from({ length: 100 }, (_, offset) => {
        const index = start + offset;
        return { rowNumber: index + 2, cells: [`N${index}`, `=SUM(A${index})`], reason: 'why' };
      });
      db.transaction(() => repo.addFailures(job.id, 'import', chunk))();
    }
    // The other step's failures of the same job stay out of this report.
    repo.addFailures(job.id, 'dryRun', [{ rowNumber: 2, cells: ['dry', ''], reason: 'other' }]);

    const { pages, sizes } = countingPages();
    const pieces = importReportCsv(pages, job, 'import');
    expect(pieces.next().value).toBe('\uFEFFRow,Error,Name,Note\r\n');
    expect(sizes).toEqual([]);
    const firstPage = String(pieces.next().value);
    expect(sizes).toEqual([REPORT_PAGE_ROWS]);
    expect(firstPage.startsWith("2,why,N0,'=SUM(A0)\r\n3,why,N1,'=SUM(A1)\r\n")).toBe(true);

    let lines = firstPage.split('\r\n').length - 1;
    let largest = firstPage.length;
    let last = firstPage;
    for (const piece of pieces) {
      lines += piece.split('\r\n').length - 1;
      largest = Math.max(largest, piece.length);
      last = piece;
    }
    expect(lines).toBe(total);
    // 100 full pages, then one read that finds nothing more.
    expect(sizes).toEqual([...Array<number>(100).fill(REPORT_PAGE_ROWS), 0]);
    expect(largest).toBeLessThan(REPORT_PAGE_ROWS * 40);
    expect(last.endsWith("100001,why,N99999,'=SUM(A99999)\r\n")).toBe(true);
  });

  it('keep every cell of a row longer than the header, and pad shorter ones', () => {
    const job = storedJob('ragged', ['A', 'B']);
    repo.addFailures(job.id, 'dryRun', [
      { rowNumber: 2, cells: ['1', '2', '3'], reason: 'too long' },
      { rowNumber: 3, cells: ['1'], reason: 'too short' },
    ]);
    const text = [...importReportCsv(repo.failurePage, job, 'dryRun')].join('');
    expect(text).toBe('\uFEFFRow,Error,A,B\r\n2,too long,1,2,3\r\n3,too short,1,\r\n');
  });

  it('name their own columns apart from the file columns they repeat', () => {
    expect(reportHeader(['Email', 'Row', 'Error', 'Row 2'])).toEqual([
      'Row 3',
      'Error 2',
      'Email',
      'Row',
      'Error',
      'Row 2',
    ]);
  });

  it('neutralise formulas in the header too', () => {
    const job = storedJob('formula-header', ['=cmd', 'Name']);
    expect(importReportCsv(repo.failurePage, job, 'dryRun').next().value).toBe(
      "\uFEFFRow,Error,'=cmd,Name\r\n",
    );
  });
});
