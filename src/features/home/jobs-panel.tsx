import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { useServices } from '@/app/services';
import {
  allowedExportKinds,
  EXPORT_KIND_INFO,
  importJobsKey,
  jobState,
  kindLists,
  listImportJobs,
  recentJobsQueryOptions,
  type ExportJob,
  type ExportKind,
  type ImportJob,
} from '@/features/bulk';
import { formatDateTime } from '@/models/format-date';
import { PERMISSIONS } from '@/models/permissions';
import { formatCount } from '@/ui/format';

const SHOWN = 5;
const importRunning = (job: ImportJob) => job.status === 'Created' || job.status === 'Running';

function importText(job: ImportJob): string {
  if (importRunning(job)) return job.executionStep ? `Running: ${job.executionStep}` : 'Running';
  if (job.status === 'Completed') {
    const meta = job.metadata ?? {};
    return `Completed: ${formatCount(meta.importSuccessCount ?? 0)} imported, ${formatCount(meta.importFailedCount ?? 0)} failed`;
  }
  return job.status;
}

/** Genesys' import jobs, newest first: the same query (and cache) as the import page's list. */
function ImportJobs() {
  const { api } = useServices();
  const jobs = useQuery({
    queryKey: importJobsKey,
    queryFn: ({ signal }) => listImportJobs(api, signal),
    refetchInterval: (query) =>
      (query.state.data?.entities ?? []).some(importRunning) ? 5_000 : false,
  });
  const entities = (jobs.data?.entities ?? []).slice(0, SHOWN);
  const running = (jobs.data?.entities ?? []).filter(importRunning).length;
  return (
    <div>
      <h3 id="home-imports">
        Imports{running > 0 ? <span className="home-badge"> {running} running</span> : null}
      </h3>
      {jobs.isPending ? <p role="status">Reading the import jobs…</p> : null}
      {jobs.isError ? <p role="alert">The import jobs could not be read.</p> : null}
      {jobs.isSuccess && entities.length === 0 ? <p className="muted">No import jobs.</p> : null}
      <ul className="home-list" aria-labelledby="home-imports">
        {entities.map((job) => (
          <li key={job.id}>
            <strong>{job.metadata?.fileName ?? 'Import'}</strong>
            <span> · {importText(job)}</span>
            {job.dateCreated ? (
              <span className="muted"> · {formatDateTime(job.dateCreated)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <Link to="/import">Go to Import</Link>
    </div>
  );
}

function exportText(job: ExportJob): string {
  const state = jobState(job);
  if (state === 'running') return 'Running';
  if (state === 'succeeded') return `Ready: ${formatCount(job.resultRowCount ?? 0)} rows`;
  if (state === 'failed') return 'Failed';
  return job.status ?? 'Unknown';
}

/** Genesys' export jobs of every kind the user may list: the export page's own query. */
function ExportJobs({ kinds }: { kinds: readonly ExportKind[] }) {
  const { api } = useServices();
  const recent = useInfiniteQuery(recentJobsQueryOptions(api, kinds));
  const all = kindLists(recent.data?.pages ?? [], kinds)
    .flatMap(({ kind, jobs }) => jobs.map((job) => ({ kind, job })))
    .sort((a, b) => (b.job.dateCreated ?? '').localeCompare(a.job.dateCreated ?? ''));
  const running = all.filter(({ job }) => jobState(job) === 'running').length;
  const shown = all.slice(0, SHOWN);
  return (
    <div>
      <h3 id="home-exports">
        Exports{running > 0 ? <span className="home-badge"> {running} running</span> : null}
      </h3>
      {recent.isPending ? <p role="status">Reading the export jobs…</p> : null}
      {recent.isError ? <p role="alert">The export jobs could not be read.</p> : null}
      {recent.isSuccess && shown.length === 0 ? <p className="muted">No export jobs.</p> : null}
      <ul className="home-list" aria-labelledby="home-exports">
        {shown.map(({ kind, job }) => (
          <li key={`${kind}-${job.id}`}>
            <strong>{EXPORT_KIND_INFO[kind].label}</strong>
            <span> · {exportText(job)}</span>
            {job.dateCreated ? (
              <span className="muted"> · {formatDateTime(job.dateCreated)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <Link to="/export">Go to Export</Link>
    </div>
  );
}

/** Running and recent import and export jobs, for the kinds this user may see. */
export function JobsPanel() {
  const { can } = usePermissions();
  const imports = can(...PERMISSIONS.contact.add);
  const exportKinds = allowedExportKinds((permission) => can(permission)).view;
  if (!imports && exportKinds.length === 0) return null;
  return (
    <section aria-labelledby="home-jobs" className="home-card">
      <h2 id="home-jobs">Jobs</h2>
      <div className="stack">
        {imports ? <ImportJobs /> : null}
        {exportKinds.length > 0 ? <ExportJobs kinds={exportKinds} /> : null}
      </div>
    </section>
  );
}
