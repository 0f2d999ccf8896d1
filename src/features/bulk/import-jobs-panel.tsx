import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useServices } from '@/app/services';
import { formatDateTime } from '@/models/format-date';
import { QueryError } from '@/ui/query-error';
import { listImportJobs, setImportJobStatus, type ImportJob } from './import-jobs-api';
import './bulk.css';

const count = new Intl.NumberFormat();
const JOBS_KEY = ['importJobs'] as const;

/** Still moving on its own: worth reading again (a finished job keeps its last step's name). */
const active = (job: ImportJob) =>
  job.status === 'Created' || (job.status === 'Running' && !awaitingChoice(job));

/** A dry run with failures waits at Validated for Continue or Cancel. */
const awaitingChoice = (job: ImportJob) =>
  job.status === 'Running' &&
  job.executionStep === 'Validated' &&
  (job.metadata?.dryRunFailedCount ?? 0) > 0;

function jobProgress(job: ImportJob): { done: number; total?: number; label: string } {
  const meta = job.metadata ?? {};
  const checked = (meta.dryRunSuccessCount ?? 0) + (meta.dryRunFailedCount ?? 0);
  if (job.executionStep === 'Importing' || job.status === 'Completed') {
    const done = (meta.importSuccessCount ?? 0) + (meta.importFailedCount ?? 0);
    return {
      done,
      total: meta.dryRunSuccessCount ?? done,
      label: `Imported ${count.format(meta.importSuccessCount ?? 0)}, ${count.format(meta.importFailedCount ?? 0)} failed`,
    };
  }
  return {
    done: checked,
    label: `Checked ${count.format(checked)} rows: ${count.format(meta.dryRunFailedCount ?? 0)} failed`,
  };
}

/** A report link from the job: followed as it is (its signature is the credential). */
function ReportLink({ url, children }: { url: string | undefined; children: string }) {
  if (!url) return null;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  if (!/^https?:/.test(href)) return null;
  return (
    <a href={href} rel="noopener noreferrer" referrerPolicy="no-referrer" download>
      {children}
    </a>
  );
}

function JobItem({ job, highlighted }: { job: ImportJob; highlighted: boolean }) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (status: 'Continue' | 'Cancel') => setImportJobStatus(api, job.id, status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: JOBS_KEY }),
  });
  const progress = jobProgress(job);
  // The upload is named after the file and the moment it started (import-job-start.ts).
  const name = job.metadata?.fileName?.replace(/ \d{4}-\d\d-\d\dT[\d:.]+Z(?=\.csv$)/, '') ?? job.id;
  return (
    <li className={highlighted ? 'import-job is-new' : 'import-job'}>
      <h3>{name}</h3>
      <p className="muted">
        {job.dateCreated ? formatDateTime(job.dateCreated) : ''}
        {job.division?.name ? ` · ${job.division.name}` : ''}
      </p>
      <p>
        <strong>{job.status}</strong>
        {job.executionStep && job.status === 'Running' ? ` · ${job.executionStep}` : ''} ·{' '}
        {progress.label}
      </p>
      {job.status === 'Running' || job.status === 'Created' ? (
        <progress
          aria-label={`Progress of ${name}`}
          max={progress.total ?? undefined}
          value={progress.total === undefined ? undefined : progress.done}
        />
      ) : null}
      {job.statusDetails ? <p>{job.statusDetails}</p> : null}
      {awaitingChoice(job) ? (
        <div className="bulk-actions">
          <GuxButtonSlot accent="primary">
            <button
              type="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate('Continue')}
            >
              Import the {count.format(job.metadata?.dryRunSuccessCount ?? 0)} rows that passed
            </button>
          </GuxButtonSlot>
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate('Cancel')}
            >
              Cancel the job
            </button>
          </GuxButtonSlot>
        </div>
      ) : null}
      {decide.isError ? (
        <GuxInlineAlert accent="error">
          <div role="alert">{decide.error.message}</div>
        </GuxInlineAlert>
      ) : null}
      <p className="bulk-actions">
        <ReportLink url={job.metadata?.dryRunReportDownloadUrl}>
          Download the rows that failed the check
        </ReportLink>
        <ReportLink url={job.metadata?.importReportDownloadUrl}>
          Download the rows that failed to import
        </ReportLink>
      </p>
    </li>
  );
}

/**
 * Genesys' recent import jobs, newest first, read from the API (not this tab), so a job started
 * before the tab was closed is found again; refreshed every 2 s while one is running.
 */
export function ImportJobsPanel({ startedJobId }: { startedJobId?: string | undefined }) {
  const { api } = useServices();
  const jobs = useQuery({
    queryKey: JOBS_KEY,
    queryFn: ({ signal }) => listImportJobs(api, signal),
    refetchInterval: (query) => ((query.state.data?.entities ?? []).some(active) ? 2_000 : false),
  });
  const entities = jobs.data?.entities ?? [];
  return (
    <section className="bulk-step" aria-labelledby="import-jobs">
      <h2 id="import-jobs">Import jobs</h2>
      <p className="muted">
        Files of more than a thousand rows are imported by Genesys Cloud as a job: it goes on when
        this tab is closed, and shows here when you come back.
      </p>
      {jobs.isError ? (
        <QueryError
          error={jobs.error}
          title="The import jobs could not be loaded."
          onRetry={() => void jobs.refetch()}
        />
      ) : jobs.isPending ? (
        <p role="status">Loading import jobs…</p>
      ) : entities.length === 0 ? (
        <p>No import jobs yet.</p>
      ) : (
        <ul className="import-jobs">
          {entities.map((job) => (
            <JobItem key={job.id} job={job} highlighted={job.id === startedJobId} />
          ))}
        </ul>
      )}
    </section>
  );
}

export const importJobsKey = JOBS_KEY;
