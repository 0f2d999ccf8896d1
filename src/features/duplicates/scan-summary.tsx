import { formatDateTime } from '@/models/format-date';
import type { ClusterScan } from './graph-model';

const count = new Intl.NumberFormat();

/** What the latest scan found and what automatic merging did with it. */
export function ScanSummary({ scan }: { scan: ClusterScan }) {
  const stats = scan.statistics?.aggregated;
  return (
    <dl className="scan-summary" aria-label="Latest scan">
      <div>
        <dt>Scanned</dt>
        <dd>
          <time dateTime={scan.dateCompleted}>{formatDateTime(scan.dateCompleted)}</time>
        </dd>
      </div>
      <div>
        <dt>Clusters found</dt>
        <dd>{count.format(stats?.totalClusters ?? 0)}</dd>
      </div>
      <div>
        <dt>Merged automatically</dt>
        <dd>{count.format(stats?.totalAutomaticMergeSuccesses ?? 0)}</dd>
      </div>
      <div>
        <dt>Automatic merges failed</dt>
        <dd>{count.format(stats?.totalAutomaticMergeFailures ?? 0)}</dd>
      </div>
    </dl>
  );
}
