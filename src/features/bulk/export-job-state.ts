import { EXPORT_KIND_INFO } from './export-job-kinds';
import { EXPORT_MAX_ROWS } from './export-job-request';
import type { ExportJob, ExportKind } from './export-jobs-api';
import type { ExportDateField, ExportField } from '@/models/export-request';

/** What the page makes of a job's status. Genesys reports no progress figure while it runs. */
export type JobState = 'running' | 'succeeded' | 'failed' | 'unknown';

export function jobState(job: ExportJob): JobState {
  switch (job.status) {
    case 'RUNNING':
      return 'running';
    case 'SUCCEEDED':
      return 'succeeded';
    case 'FAILED':
      return 'failed';
    default:
      return 'unknown';
  }
}

export const isFinished = (job: ExportJob) => jobState(job) !== 'running';

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN);

/** How long it has run (running) or ran (finished), or undefined when the dates do not say. */
export function jobDurationMs(job: ExportJob, now: number): number | undefined {
  const started = time(job.dateCreated);
  const ended = jobState(job) === 'running' ? now : time(job.dateCompletion);
  if (Number.isNaN(started) || Number.isNaN(ended)) return undefined;
  return Math.max(0, ended - started);
}

/** "4 s", "2 min 5 s", "1 h 3 min": how long a job ran, to the second while it is short. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/**
 * How soon to read a running job again: every second at first (most exports are small), then
 * less often, so a long export costs few of the requests the rate limit allows. False once done.
 */
export function pollIntervalMs(job: ExportJob | undefined, now: number): number | false {
  if (!job || isFinished(job)) return false;
  const running = jobDurationMs(job, now) ?? 0;
  if (running < 15_000) return 1_000;
  if (running < 120_000) return 3_000;
  return 10_000;
}

export interface KindJobs {
  kind: ExportKind;
  jobs: readonly ExportJob[];
  /** The listing has older pages not read yet. */
  hasMore: boolean;
}

export interface RecentJob {
  kind: ExportKind;
  job: ExportJob;
}

/**
 * The recent jobs of every kind, newest first. Each kind's listing is paged on its own, so a job
 * older than the oldest one read of a kind with more pages is held back until that kind's next
 * page is read: otherwise a later page could put a job above one already shown.
 */
export function mergeRecentJobs(lists: readonly KindJobs[]): { jobs: RecentJob[]; more: boolean } {
  let frontier = Number.NEGATIVE_INFINITY;
  for (const list of lists) {
    if (!list.hasMore) continue;
    const oldest = Math.min(
      ...list.jobs.map((job) => time(job.dateCreated)).filter(Number.isFinite),
    );
    if (Number.isFinite(oldest)) frontier = Math.max(frontier, oldest);
  }
  const jobs = lists
    .flatMap((list) => list.jobs.map((job) => ({ kind: list.kind, job })))
    .filter(({ job }) => !(time(job.dateCreated) < frontier))
    .sort((a, b) => (time(b.job.dateCreated) || 0) - (time(a.job.dateCreated) || 0));
  const seen = new Set<string>();
  return {
    // A job just started is put first before the listing knows it: shown once.
    jobs: jobs.filter(({ kind, job }) => {
      const key = `${kind}/${job.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    more: lists.some((list) => list.hasMore),
  };
}

/** Names for the ids a job's filters hold; the id is shown when a name is not known. */
export type NameOf = (
  what: 'division' | 'organization' | 'externalSource' | 'schema' | 'user',
  id: string,
) => string | undefined;

let dayFormat: Intl.DateTimeFormat | undefined;
const formatDay = (iso: string) => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dayFormat.format(at);
};

type FieldLabel = { label: string; name?: Parameters<NameOf>[0] };

// Keyed by what a listed job holds (any text); every field the API filters on has its label.
const FIELD_LABELS: Partial<Record<string, FieldLabel>> = {
  DivisionId: { label: 'Division', name: 'division' },
  ContactClassification: { label: 'Type' },
  ExternalOrganizationId: { label: 'Organization', name: 'organization' },
  ExternalSourceId: { label: 'External source', name: 'externalSource' },
  SchemaId: { label: 'Schema', name: 'schema' },
  SchemaVersion: { label: 'Schema version' },
  EntityType: { label: 'Notes of' },
  UserId: { label: 'User', name: 'user' },
} satisfies Record<ExportField, FieldLabel>;

const DATE_LABELS: Partial<Record<string, string>> = {
  CreateDate: 'Created',
  ModifyDate: 'Changed',
} satisfies Record<ExportDateField, string>;

type Condition =
  | { eq: { field: string; value: string } }
  | { in: { field: string; values: string[] } }
  | { gte: { field: string; value: string } }
  | { lte: { field: string; value: string } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function conditionOf(filter: Record<string, unknown>): Condition | null {
  const [operator, ...others] = Object.keys(filter);
  const body = operator ? filter[operator] : undefined;
  if (others.length > 0 || !isRecord(body) || !isText(body.field)) return null;
  if (operator === 'in') {
    const values = body.values;
    return Array.isArray(values) && values.every(isText)
      ? { in: { field: body.field, values } }
      : null;
  }
  if ((operator === 'eq' || operator === 'gte' || operator === 'lte') && isText(body.value)) {
    const leaf = { field: body.field, value: body.value };
    return operator === 'eq' ? { eq: leaf } : operator === 'gte' ? { gte: leaf } : { lte: leaf };
  }
  return null;
}

/** The filters' conditions joined by `and` (the form sends those); null for any other shape. */
function flatConditions(filter: unknown): Condition[] | null {
  if (!isRecord(filter)) return null;
  if (Array.isArray(filter.and)) {
    const parts = filter.and.map(flatConditions);
    return parts.every((part) => part !== null) ? parts.flat() : null;
  }
  const condition = conditionOf(filter);
  return condition ? [condition] : null;
}

function describeCondition(condition: Condition, nameOf: NameOf): string {
  if ('gte' in condition || 'lte' in condition) {
    const { field, value } = 'gte' in condition ? condition.gte : condition.lte;
    return `${DATE_LABELS[field] ?? field} ${'gte' in condition ? 'from' : 'until'} ${formatDay(value)}`;
  }
  const { field, values } =
    'eq' in condition ? { field: condition.eq.field, values: [condition.eq.value] } : condition.in;
  const info = FIELD_LABELS[field] ?? { label: field };
  const shown = values.map((value) => (info.name ? (nameOf(info.name, value) ?? value) : value));
  return `${info.label}: ${shown.join(', ')}`;
}

/** What a job exports, in words: "Division: Home · Type: Curated · Created from 1 Mar 2026". */
export function describeJobFilters(job: ExportJob, nameOf: NameOf): string[] {
  const ids = job.divisionIds ?? [];
  const parts = [
    ids.length === 0
      ? 'All divisions'
      : `Division: ${ids.map((id) => nameOf('division', id) ?? id).join(', ')}`,
  ];
  const filters = job.queryConditions?.filters;
  if (filters !== undefined && filters !== null) {
    const conditions = flatConditions(filters);
    if (conditions === null) parts.push('Other filters');
    else parts.push(...conditions.map((condition) => describeCondition(condition, nameOf)));
  }
  const limit = job.queryConditions?.limit;
  if (typeof limit === 'number' && limit < EXPORT_MAX_ROWS) {
    parts.push(`At most ${limit.toLocaleString('en-US')} rows`);
  }
  return parts;
}

/** Said once, politely, when a job the page watched finishes. */
export function finishedAnnouncement(kind: ExportKind, job: ExportJob): string {
  const info = EXPORT_KIND_INFO[kind];
  switch (jobState(job)) {
    case 'succeeded': {
      const rows = job.resultRowCount ?? 0;
      return `The ${info.singular} export has finished: ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}, ready to download.`;
    }
    case 'failed':
      return `The ${info.singular} export failed.`;
    default:
      return `The ${info.singular} export is ${String(job.status ?? 'in an unknown state')}.`;
  }
}
