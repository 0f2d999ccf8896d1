import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { usePermissions } from '@/auth/me-query';
import { PageHeader } from '@/ui/page-header';
import { useExportFilterOptions } from './export-filter-options';
import { ExportJobFormSection } from './export-job-form';
import { allowedExportKinds, EXPORT_KIND_INFO } from './export-job-kinds';
import { finishedAnnouncement, type NameOf } from './export-job-state';
import { RecentExportJobs } from './export-jobs-list';
import { addStartedJob, recentKey } from './export-jobs-queries';
import type { ExportJob, ExportKind } from './export-jobs-api';
import './bulk.css';
import './export-jobs.css';

/**
 * Whole-division and whole-org exports through Genesys' export jobs: the file is built on
 * Genesys' side, whatever its size, and the job is listed (from the API, not this browser) until
 * its file is downloaded. A few contacts are exported from the contacts list's selection instead.
 */
export function ExportPage() {
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const kinds = allowedExportKinds((permission) => can(permission));
  const options = useExportFilterOptions();
  const [announcement, setAnnouncement] = useState('');

  const onStarted = useCallback(
    (kind: ExportKind, job: ExportJob) => {
      addStartedJob(queryClient, kinds.view, kind, job);
      void queryClient.invalidateQueries({ queryKey: recentKey(kinds.view) });
      setAnnouncement(
        `The ${EXPORT_KIND_INFO[kind].singular} export has started. It is first in the list of recent exports.`,
      );
    },
    [queryClient, kinds.view],
  );
  const onFinished = useCallback((kind: ExportKind, job: ExportJob) => {
    setAnnouncement(finishedAnnouncement(kind, job));
  }, []);
  const nameOf: NameOf = (what, id) =>
    what === 'division' || what === 'externalSource' || what === 'schema'
      ? options.nameOf(what, id)
      : undefined;

  if (kinds.view.length === 0 && kinds.add.length === 0) {
    return (
      <div className="page">
        <h1>You cannot export contacts or organizations</h1>
        <p>
          Your roles do not include the export permissions. Ask an administrator if you need them.
          You can still export contacts you select in the <Link to="/contacts">contacts list</Link>{' '}
          (Export selected).
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Export">
        <p className="muted">
          Genesys Cloud builds the CSV file of every record you choose, however many there are.
          Close this page if you like: the export keeps running and is listed below with its file.
          To export a few contacts, select them in the <Link to="/contacts">contacts list</Link> and
          choose Export selected.
        </p>
      </PageHeader>
      <div className="bulk-steps">
        {kinds.add.length > 0 ? (
          <ExportJobFormSection
            kinds={kinds.add}
            sources={options.sources}
            schemas={options.schemas}
            onStarted={onStarted}
          />
        ) : (
          <p className="muted">
            Your roles let you see exports and download their files, but not start one.
          </p>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {kinds.view.length > 0 ? (
          <RecentExportJobs
            kinds={kinds.view}
            startKinds={kinds.add}
            nameOf={nameOf}
            onFinished={onFinished}
            onStarted={onStarted}
          />
        ) : null}
      </div>
    </div>
  );
}
