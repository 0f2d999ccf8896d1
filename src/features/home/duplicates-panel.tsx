import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePermissions } from '@/auth/me-query';
import { useServices } from '@/app/services';
import { latestScanQueryOptions } from '@/features/duplicates';
import { formatDateTime } from '@/models/format-date';
import { PERMISSIONS } from '@/models/permissions';
import { formatCount } from '@/ui/format';

/** The latest duplicate scan's figures (the duplicates page's own query) and a way there. */
export function DuplicatesPanel() {
  const { api } = useServices();
  const { can } = usePermissions();
  const allowed = can(...PERMISSIONS.graph.clusterView);
  const scan = useQuery({ ...latestScanQueryOptions(api), enabled: allowed });
  if (!allowed) return null;
  const stats = scan.data?.statistics?.aggregated;
  return (
    <section aria-labelledby="home-duplicates" className="home-card">
      <h2 id="home-duplicates">Duplicates</h2>
      {scan.isPending ? <p role="status">Reading the latest scan…</p> : null}
      {scan.isError ? <p role="alert">The latest duplicate scan could not be read.</p> : null}
      {scan.data ? (
        <dl className="home-figures" aria-label="Latest duplicate scan">
          <div>
            <dt>Clusters found</dt>
            <dd>{formatCount(stats?.totalClusters ?? 0)}</dd>
          </div>
          <div>
            <dt>Merged automatically</dt>
            <dd>{formatCount(stats?.totalAutomaticMergeSuccesses ?? 0)}</dd>
          </div>
          <div>
            <dt>Automatic merges failed</dt>
            <dd>{formatCount(stats?.totalAutomaticMergeFailures ?? 0)}</dd>
          </div>
          <div>
            <dt>Scanned</dt>
            <dd>
              <time dateTime={scan.data.dateCompleted}>
                {formatDateTime(scan.data.dateCompleted)}
              </time>
            </dd>
          </div>
        </dl>
      ) : null}
      <Link to="/duplicates">Review duplicates</Link>
    </section>
  );
}
