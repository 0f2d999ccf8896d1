import { describe, expect, it } from 'vitest';
import { allowedExportKinds } from './export-job-kinds';
import {
  describeJobFilters,
  finishedAnnouncement,
  formatDuration,
  jobDurationMs,
  jobState,
  mergeRecentJobs,
  pollIntervalMs,
} from './export-job-state';
import { cursorOf, type ExportJob } from './export-jobs-api';

const T0 = Date.parse('2026-05-04T10:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const job = (id: string, seconds: number, patch: Partial<ExportJob> = {}): ExportJob => ({
  id,
  dateCreated: at(seconds),
  status: 'RUNNING',
  ...patch,
});

describe('an export job’s state', () => {
  it('reads the statuses, and an unknown one as unknown rather than running', () => {
    expect(jobState(job('a', 0))).toBe('running');
    expect(jobState(job('a', 0, { status: 'SUCCEEDED' }))).toBe('succeeded');
    expect(jobState(job('a', 0, { status: 'FAILED' }))).toBe('failed');
    expect(jobState(job('a', 0, { status: 'QUEUED' }))).toBe('unknown');
  });

  it('times a running job to now and a finished one to its completion', () => {
    expect(jobDurationMs(job('a', 0), T0 + 4_500)).toBe(4_500);
    const done = job('a', 0, { status: 'FAILED', dateCompletion: at(3) });
    expect(jobDurationMs(done, T0 + 60_000)).toBe(3_000);
    expect(jobDurationMs(job('a', 0, { dateCreated: null }), T0)).toBeUndefined();
    expect(formatDuration(4_900)).toBe('4 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_600_000 + 180_000)).toBe('1 h 3 min');
  });

  it('polls a running job every second at first, then less often, and stops when it ends', () => {
    expect(pollIntervalMs(job('a', 0), T0 + 2_000)).toBe(1_000);
    expect(pollIntervalMs(job('a', 0), T0 + 30_000)).toBe(3_000);
    expect(pollIntervalMs(job('a', 0), T0 + 600_000)).toBe(10_000);
    expect(pollIntervalMs(job('a', 0, { status: 'SUCCEEDED' }), T0)).toBe(false);
    expect(pollIntervalMs(job('a', 0, { status: 'FAILED' }), T0)).toBe(false);
    expect(pollIntervalMs(undefined, T0)).toBe(false);
  });

  it('announces the end: the rows when it succeeded, the failure otherwise', () => {
    expect(
      finishedAnnouncement('contacts', job('a', 0, { status: 'SUCCEEDED', resultRowCount: 1234 })),
    ).toBe('The contact export has finished: 1,234 rows, ready to download.');
    expect(finishedAnnouncement('notes', job('a', 0, { status: 'FAILED' }))).toBe(
      'The note export failed.',
    );
  });
});

describe('the recent jobs of every kind', () => {
  it('merges the kinds newest first, holding back what a later page could overtake', () => {
    const merged = mergeRecentJobs([
      { kind: 'contacts', jobs: [job('c3', 30), job('c1', 10)], hasMore: true },
      { kind: 'notes', jobs: [job('n4', 40), job('n2', 20), job('n0', 0)], hasMore: false },
    ]);
    // n0 is older than c1, the oldest contacts export read: an older page may hold one between.
    expect(merged.jobs.map(({ job: item }) => item.id)).toEqual(['n4', 'c3', 'n2', 'c1']);
    expect(merged.more).toBe(true);

    const all = mergeRecentJobs([
      { kind: 'contacts', jobs: [job('c3', 30), job('c1', 10)], hasMore: false },
      { kind: 'notes', jobs: [job('n0', 0)], hasMore: false },
    ]);
    expect(all.jobs.map(({ job: item }) => item.id)).toEqual(['c3', 'c1', 'n0']);
    expect(all.more).toBe(false);
  });

  it('shows a job just started once, though the listing may hold it too', () => {
    const merged = mergeRecentJobs([
      { kind: 'contacts', jobs: [job('c1', 10), job('c1', 10), job('c0', 0)], hasMore: false },
      { kind: 'organizations', jobs: [job('c1', 5)], hasMore: false },
    ]);
    expect(merged.jobs.map(({ kind, job: item }) => `${kind}/${item.id}`)).toEqual([
      'contacts/c1',
      'organizations/c1',
      'contacts/c0',
    ]);
  });

  it('reads the next page’s cursor from nextUri', () => {
    expect(cursorOf('/api/v2/externalcontacts/contacts/exports?pageSize=25&after=MTI')).toBe('MTI');
    expect(cursorOf('/api/v2/externalcontacts/contacts/exports?pageSize=25')).toBeUndefined();
    expect(cursorOf(undefined)).toBeUndefined();
  });
});

describe('what a job exports, in words', () => {
  const NAMES: Record<string, string> = { 'division/d1': 'Home', 'schema/s1': 'Customer' };
  const names = (what: string, id: string) => NAMES[`${what}/${id}`];

  it('names divisions and ids, and reads the form’s filters back', () => {
    const described = describeJobFilters(
      job('a', 0, {
        divisionIds: ['d1', 'd9'],
        queryConditions: {
          filters: {
            and: [
              { in: { field: 'ContactClassification', values: ['Curated', 'Identified'] } },
              { eq: { field: 'SchemaId', value: 's1' } },
              { eq: { field: 'ExternalOrganizationId', value: 'o1' } },
              { gte: { field: 'CreateDate', value: '2026-03-01T00:00:00.000Z' } },
            ],
          },
          limit: 500,
        },
      }),
      names,
    );
    expect(described.slice(0, 4)).toEqual([
      'Division: Home, d9',
      'Type: Curated, Identified',
      'Schema: Customer',
      'Organization: o1',
    ]);
    expect(described[4]).toMatch(/^Created from /);
    expect(described[5]).toBe('At most 500 rows');
  });

  it('says "all divisions" and "other filters" for shapes it does not write', () => {
    expect(
      describeJobFilters(
        job('a', 0, {
          queryConditions: {
            filters: { not: { eq: { field: 'DivisionId', value: 'd1' } } },
            limit: 180_000_000,
          },
        }),
        names,
      ),
    ).toEqual(['All divisions', 'Other filters']);
  });
});

describe('what the user may do', () => {
  it('lists a kind only with every permission its endpoint asks for', () => {
    const granted = new Set([
      'externalContacts:export:view',
      'externalContacts:export:add',
      'externalContacts:contact:view',
    ]);
    const kinds = allowedExportKinds((permission) => granted.has(permission));
    expect(kinds).toEqual({ view: ['contacts'], add: ['contacts'] });
    granted.add('externalContacts:externalOrganization:view');
    granted.delete('externalContacts:export:add');
    expect(allowedExportKinds((permission) => granted.has(permission))).toEqual({
      view: ['contacts', 'organizations', 'notes', 'relationships'],
      add: [],
    });
  });
});
