import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useServices } from '@/app/services';
import { formatDateTime } from '@/models/format-date';
import { freshDownloadUrl, openDownload } from './export-job-download';
import { exportErrorText } from './export-error-text';
import { EXPORT_KIND_INFO } from './export-job-kinds';
import { repeatRequest } from './export-job-request';
import {
  describeJobFilters,
  formatDuration,
  jobDurationMs,
  jobState,
  mergeRecentJobs,
  type NameOf,
} from './export-job-state';
import { startExportJob, type ExportJob, type ExportKind } from './export-jobs-api';
import { exportJobQueryOptions, kindLists, recentJobsQueryOptions } from './export-jobs-queries';
import { ActionButton } from '@/ui/action-button';
import { ColumnHeaders } from '@/ui/column-headers';
import './export-jobs.css';

/** Re-renders every `ms` while set: a running job's elapsed time (finished ones use their dates). */
function useNow(ms: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (ms === null) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

function JobStatus({ kind, job }: { kind: ExportKind; job: ExportJob }) {
  const state = jobState(job);
  const now = useNow(state === 'running' ? 1000 : null);
  const duration = jobDurationMs(job, now);
  const took = duration === undefined ? '' : formatDuration(duration);
  const noun = EXPORT_KIND_INFO[kind].singular;
  const rows = job.resultRowCount;
  switch (state) {
    case 'running':
      return (
        <div className="export-job-status">
          {/* No total: Genesys does not report how far a job is, so the bar is indeterminate. */}
          <progress aria-label={`The ${noun} export is running`} />
          <span>
            Running{took ? ` for ${took}` : ''}
            {typeof rows === 'number' ? ` · ${rows.toLocaleString('en-US')} rows so far` : ''}
          </span>
        </div>
      );
    case 'succeeded':
      return (
        <span className="export-job-status status-created">
          Finished: {(rows ?? 0).toLocaleString('en-US')} {rows === 1 ? 'row' : 'rows'}
          {took ? ` in ${took}` : ''}
        </span>
      );
    case 'failed':
      return (
        <div className="export-job-status">
          <strong className="status-failed">Failed{took ? ` after ${took}` : ''}.</strong>
          <span className="export-job-why">
            Genesys Cloud does not say why an export job fails. Start it again; if it fails again,
            export less at a time (one division, or a range of dates), or give Genesys Cloud support
            the export id {job.id}.
          </span>
        </div>
      );
    default:
      return (
        <span className="export-job-status">
          Genesys Cloud reports the status “{job.status ?? 'none'}”, which this console does not
          know.
        </span>
      );
  }
}

function JobRow({
  kind,
  listed,
  canStart,
  nameOf,
  onFinished,
  onStarted,
}: {
  kind: ExportKind;
  listed: ExportJob;
  canStart: boolean;
  nameOf: NameOf;
  onFinished: (kind: ExportKind, job: ExportJob) => void;
  onStarted: (kind: ExportKind, job: ExportJob) => void;
}) {
  const { api } = useServices();
  const listedRunning = jobState(listed) === 'running';
  const live = useQuery(exportJobQueryOptions(api, kind, listed));
  const job = listedRunning ? live.data : listed;
  const state = jobState(job);

  const watched = useRef(state === 'running');
  useEffect(() => {
    if (state === 'running') watched.current = true;
    else if (watched.current) {
      watched.current = false;
      onFinished(kind, job);
    }
  }, [state, kind, job, onFinished]);

  const download = useMutation({
    mutationFn: () => freshDownloadUrl(api, kind, job.id),
    onSuccess: openDownload,
  });
  const again = useMutation({
    mutationFn: () => startExportJob(api, kind, repeatRequest(job)),
    onSuccess: (started) => onStarted(kind, started),
  });

  const info = EXPORT_KIND_INFO[kind];
  const started = formatDateTime(job.dateCreated ?? undefined);
  return (
    <tr>
      <td>{started}</td>
      <td>{info.label}</td>
      <td>
        <ul className="export-job-filters">
          {describeJobFilters(job, nameOf).map((part, index) => (
            <li key={index}>{part}</li>
          ))}
        </ul>
      </td>
      <td>{job.createdBy?.name ?? job.createdBy?.id ?? ''}</td>
      <td>
        <JobStatus kind={kind} job={job} />
        {live.isError && state === 'running' ? (
          <span className="muted export-job-why">
            Its status could not be read just now ({live.error.message}); trying again.
          </span>
        ) : null}
      </td>
      <td>
        {state === 'succeeded' ? (
          <ActionButton
            accent="primary"
            disabled={download.isPending}
            aria-label={`Download CSV: ${info.singular} export of ${started}`}
            onClick={() => download.mutate()}
          >
            Download CSV
          </ActionButton>
        ) : null}
        {state === 'failed' && canStart ? (
          <ActionButton
            disabled={again.isPending}
            aria-label={`Start again: ${info.singular} export of ${started}`}
            onClick={() => again.mutate()}
          >
            Start again
          </ActionButton>
        ) : null}
        {download.isError ? (
          <span role="alert" className="status-failed export-job-why">
            The file could not be downloaded: {download.error.message}
          </span>
        ) : null}
        {again.isError ? (
          <span role="alert" className="status-failed export-job-why">
            The export was not started: {exportErrorText(again.error)}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The recent export jobs of every kind the user may see, newest first, read from Genesys'
 * listings (not from this browser), so a job started before the tab was closed is found again.
 * Running jobs are followed until they end.
 */
export function RecentExportJobs({
  kinds,
  startKinds,
  nameOf,
  onFinished,
  onStarted,
}: {
  kinds: readonly ExportKind[];
  startKinds: readonly ExportKind[];
  nameOf: NameOf;
  onFinished: (kind: ExportKind, job: ExportJob) => void;
  onStarted: (kind: ExportKind, job: ExportJob) => void;
}) {
  const { api } = useServices();
  const headingId = useId();
  const recent = useInfiniteQuery(recentJobsQueryOptions(api, kinds));

  const pages = recent.data?.pages ?? [];
  const { jobs, more } = mergeRecentJobs(kindLists(pages, kinds));
  const failures = Object.entries(pages[0]?.failures ?? {}) as [ExportKind, string][];

  return (
    <section className="bulk-step" aria-labelledby={headingId}>
      <h2 id={headingId}>Recent exports</h2>
      {recent.isPending ? <p role="status">Reading the recent exports…</p> : null}
      {recent.isError ? (
        <GuxInlineAlert accent="error">
          <div role="alert">
            The recent exports could not be read: {exportErrorText(recent.error)}{' '}
            <ActionButton onClick={() => void recent.refetch()}>Try again</ActionButton>
          </div>
        </GuxInlineAlert>
      ) : null}
      {failures.length > 0 ? (
        <GuxInlineAlert accent="warning">
          <div role="status">
            {failures.map(([kind, message]) => (
              <p key={kind}>
                The recent {EXPORT_KIND_INFO[kind].singular} exports could not be read: {message}
              </p>
            ))}
            <ActionButton onClick={() => void recent.refetch()}>Read them again</ActionButton>
          </div>
        </GuxInlineAlert>
      ) : null}
      {recent.isSuccess && jobs.length === 0 ? (
        <p>No exports yet. An export you start is listed here, for everyone who may see it.</p>
      ) : null}
      {jobs.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table export-jobs-table">
            <caption>Export jobs, newest first</caption>
            <ColumnHeaders
              titles={['Started', 'Export', 'Filters', 'Started by', 'Status', 'File']}
            />
            <tbody>
              {jobs.map(({ kind, job }) => (
                <JobRow
                  key={`${kind}/${job.id}`}
                  kind={kind}
                  listed={job}
                  canStart={startKinds.includes(kind)}
                  nameOf={nameOf}
                  onFinished={onFinished}
                  onStarted={onStarted}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {more ? (
        <ActionButton
          disabled={recent.isFetchingNextPage}
          onClick={() => void recent.fetchNextPage()}
        >
          {recent.isFetchingNextPage ? 'Reading older exports…' : 'Show older exports'}
        </ActionButton>
      ) : null}
    </section>
  );
}
