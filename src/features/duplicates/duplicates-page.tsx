import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { DivisionFilter } from '@/features/divisions';
import { PERMISSIONS } from '@/models/permissions';
import { InlineSelect } from '@/ui/inline-select';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import '@/ui/ui.css';
import { clustersQueryOptions, latestScanQueryOptions } from './api';
import { AutomaticMergingSetting } from './automatic-merging-setting';
import { ClusterCard } from './cluster-card';
import { STATUS_LABELS } from './cluster-view';
import { MERGE_STATUSES, type MergeStatus } from './graph-model';
import { ScanSummary } from './scan-summary';
import { toClusterListParams } from './search-params';
import './duplicates.css';

const routeApi = getRouteApi('/_app/duplicates');

/** The latest duplicate scan: its figures, its clusters (filtered, paged), and what to do. */
export function DuplicatesPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const { can } = usePermissions();
  const params = toClusterListParams(search);
  const canView = can(...PERMISSIONS.graph.clusterView);
  const latest = useQuery(latestScanQueryOptions(api));
  const scanId = latest.data?.id;
  const clusters = useQuery({
    ...clustersQueryOptions(api, scanId ?? '', params),
    enabled: scanId !== undefined && canView,
  });
  const entities = clusters.data?.entities ?? [];
  const after = clusters.data?.cursors?.after;
  const filtered = params.status !== undefined || params.divisionIds.length > 0;

  return (
    <div className="page">
      <PageHeader title="Duplicates">
        <p className="muted">
          Contacts of one division that share a phone number, email address or other identifier, as
          the latest duplicate scan found them.
        </p>
      </PageHeader>
      {latest.isError ? (
        <QueryError
          error={latest.error}
          title="The latest scan could not be loaded."
          onRetry={() => void latest.refetch()}
        />
      ) : latest.isPending ? (
        <p role="status">Loading the latest scan…</p>
      ) : (
        <>
          <ScanSummary scan={latest.data} />
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              disabled={latest.isFetching}
              onClick={() => void latest.refetch()}
            >
              {latest.isFetching ? 'Scanning…' : 'Scan again'}
            </button>
          </GuxButtonSlot>
        </>
      )}
      {can(...PERMISSIONS.graph.settingsView) ? (
        <AutomaticMergingSetting canEdit={can(...PERMISSIONS.graph.settingsEdit)} />
      ) : null}
      {!canView ? (
        <p>Your roles do not include the permission to see the clusters of a scan.</p>
      ) : (
        <section aria-label="Clusters">
          <div className="toolbar duplicates-toolbar">
            <DivisionFilter
              permission={PERMISSIONS.graph.clusterView[0]}
              selectedIds={params.divisionIds}
              onChange={(divisionIds) =>
                void navigate({
                  search: (prev) => ({
                    ...prev,
                    divisionIds: divisionIds.length > 0 ? divisionIds : undefined,
                    cursor: undefined,
                  }),
                })
              }
            />
            <InlineSelect
              label="Merge status"
              value={params.status ?? ''}
              onChange={(value) => {
                const status = MERGE_STATUSES.find((candidate) => candidate === value);
                void navigate({ search: (prev) => ({ ...prev, status, cursor: undefined }) });
              }}
            >
              <option value="">Any status</option>
              {MERGE_STATUSES.map((status: MergeStatus) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </InlineSelect>
          </div>
          {clusters.isError ? (
            <QueryError
              error={clusters.error}
              title="The clusters could not be loaded."
              onRetry={() => void clusters.refetch()}
            />
          ) : clusters.isPending ? (
            scanId === undefined ? null : (
              <p role="status">Loading clusters…</p>
            )
          ) : entities.length === 0 ? (
            <p>
              {params.cursor
                ? 'No more clusters.'
                : filtered
                  ? 'No cluster matches these filters.'
                  : 'The latest scan found no duplicates.'}
            </p>
          ) : (
            <div className="cluster-list">
              {entities.map((cluster) => (
                <ClusterCard
                  key={cluster.id}
                  cluster={cluster}
                  scanId={scanId ?? ''}
                  canMerge={can(...PERMISSIONS.graph.clusterMerge)}
                  canReview={can(...PERMISSIONS.identity.merge)}
                />
              ))}
            </div>
          )}
          <nav className="cluster-paging" aria-label="Cluster pages">
            {params.cursor ? (
              <GuxButtonSlot accent="secondary">
                <button
                  type="button"
                  onClick={() =>
                    void navigate({ search: (prev) => ({ ...prev, cursor: undefined }) })
                  }
                >
                  First clusters
                </button>
              </GuxButtonSlot>
            ) : null}
            {after ? (
              <GuxButtonSlot accent="secondary">
                <button
                  type="button"
                  onClick={() => void navigate({ search: (prev) => ({ ...prev, cursor: after }) })}
                >
                  Next clusters
                </button>
              </GuxButtonSlot>
            ) : null}
          </nav>
        </section>
      )}
    </div>
  );
}
