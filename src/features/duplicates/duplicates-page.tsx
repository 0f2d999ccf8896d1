import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import '@/ui/ui.css';
import { latestScanQueryOptions } from './api';
import { clusterPageQueryOptions } from './cluster-page-read';
import { AutomaticMergingSetting } from './automatic-merging-setting';
import { BulkMergeDialog } from './bulk-merge-dialog';
import { ClusterFilters } from './cluster-filters';
import { ClusterPaging } from './cluster-paging';
import { sortRows, type ClusterRow } from './cluster-rows';
import { ClusterTable } from './cluster-table';
import { MERGE_RULES } from './merge-rules';
import { ScanSummary } from './scan-summary';
import {
  decodePosition,
  encodePosition,
  filtersHere,
  FIRST_PAGE,
  MAX_BACK_POSITIONS,
  toClusterListParams,
  type ClusterSort,
  type DuplicatesSearch,
} from './search-params';
import { useBulkMerge } from './use-bulk-merge';
import './duplicates.css';

const routeApi = getRouteApi('/_app/duplicates');

/**
 * The steward's duplicates workbench: the latest scan's clusters as a compact table, filtered,
 * sorted and paged from the URL; a cluster opens to its fields side by side; selected clusters
 * merge in one go with a chosen rule after a preview.
 */
export function DuplicatesPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const { can } = usePermissions();
  const params = toClusterListParams(search);
  const canView = can(...PERMISSIONS.graph.clusterView);
  const canMergeByScan = can(...PERMISSIONS.graph.clusterMerge);
  const canMergeContacts = can(...PERMISSIONS.identity.merge);
  const allowedRules = MERGE_RULES.filter((rule) =>
    rule === 'default' ? canMergeByScan : canMergeContacts,
  );
  const latest = useQuery(latestScanQueryOptions(api));
  const scanId = latest.data?.id ?? '';
  const page = useQuery({
    ...clusterPageQueryOptions(api, scanId, params),
    enabled: scanId !== '' && canView,
    placeholderData: (previous) => previous,
  });
  // Clusters belong to their scan: a new scan ("Scan again") starts a new selection.
  const [selection, setSelection] = useState<{
    scanId: string;
    rows: ReadonlyMap<string, ClusterRow>;
  }>({ scanId: '', rows: new Map() });
  const selected = selection.scanId === scanId ? selection.rows : new Map<string, ClusterRow>();
  const setSelected = (
    change: (previous: ReadonlyMap<string, ClusterRow>) => ReadonlyMap<string, ClusterRow>,
  ) =>
    setSelection((previous) => ({
      scanId,
      rows: change(previous.scanId === scanId ? previous.rows : new Map()),
    }));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [dialogRows, setDialogRows] = useState<ClusterRow[] | null>(null);
  const bulk = useBulkMerge(scanId, (clusterId) =>
    setSelected((previous) => {
      const next = new Map(previous);
      next.delete(clusterId);
      return next;
    }),
  );

  const sort: ClusterSort = search.sort ?? 'scan';
  const desc = search.desc === true;
  const rows = sortRows(page.data?.rows ?? [], sort, desc);
  const back = search.back ?? [];
  const next = page.data?.next;

  const filter = (change: Partial<DuplicatesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...change, ...FIRST_PAGE }) });
  const goTo = (position: { cursor: string | undefined; skip: number }, nextBack: string[]) =>
    void navigate({
      search: (prev) => ({
        ...prev,
        cursor: position.cursor,
        skip: position.skip > 0 ? position.skip : undefined,
        back: nextBack.length > 0 ? nextBack : undefined,
      }),
    });

  return (
    <div className="page duplicates-page">
      <PageHeader title="Duplicates">
        <p className="muted">
          Contacts of one division that share a phone number, email address or other identifier, as
          the latest duplicate scan found them.
        </p>
      </PageHeader>
      <div className="duplicates-scan">
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
                disabled={latest.isFetching || bulk.running}
                onClick={() => void latest.refetch()}
              >
                {latest.isFetching ? 'Scanning…' : 'Scan again'}
              </button>
            </GuxButtonSlot>
          </>
        )}
      </div>
      {can(...PERMISSIONS.graph.settingsView) ? (
        <AutomaticMergingSetting canEdit={can(...PERMISSIONS.graph.settingsEdit)} />
      ) : null}
      {!canView ? (
        <p>Your roles do not include the permission to see the clusters of a scan.</p>
      ) : (
        <section aria-label="Clusters">
          <ClusterFilters params={params} onChange={filter} />
          {allowedRules.length > 0 ? (
            <div className="selection-bar cluster-selection-bar">
              <span role="status">
                {selected.size === 0
                  ? 'Select clusters to merge several at once.'
                  : `${selected.size} ${selected.size === 1 ? 'cluster' : 'clusters'} selected`}
              </span>
              <GuxButtonSlot accent="primary">
                <button
                  type="button"
                  disabled={selected.size === 0}
                  onClick={() => {
                    bulk.reset();
                    setDialogRows([...selected.values()]);
                  }}
                >
                  Merge selected…
                </button>
              </GuxButtonSlot>
              {selected.size > 0 ? (
                <GuxButtonSlot accent="secondary">
                  <button type="button" onClick={() => setSelected(() => new Map())}>
                    Clear selection
                  </button>
                </GuxButtonSlot>
              ) : null}
            </div>
          ) : null}
          {page.isError ? (
            <QueryError
              error={page.error}
              title="The clusters could not be loaded."
              onRetry={() => void page.refetch()}
            />
          ) : page.isPending ? (
            scanId === '' ? null : (
              <p role="status">Loading clusters…</p>
            )
          ) : rows.length === 0 ? (
            <p>
              {page.data.cutShort
                ? `None of the next ${page.data.looked} clusters matches these filters.`
                : params.cursor || params.skip > 0
                  ? 'No more clusters.'
                  : filtersHere(params) || params.status || params.divisionIds.length > 0
                    ? 'No cluster matches these filters.'
                    : 'The latest scan found no duplicates.'}
            </p>
          ) : (
            <ClusterTable
              rows={rows}
              stale={page.isPlaceholderData}
              sort={sort}
              desc={desc}
              onSort={(column) =>
                void navigate({
                  search: (prev) => ({
                    ...prev,
                    sort: column,
                    desc: column === sort && !desc ? true : undefined,
                  }),
                })
              }
              selected={new Set(selected.keys())}
              onSelect={(changed, on) =>
                setSelected((previous) => {
                  const nextSelection = new Map(previous);
                  for (const row of changed) {
                    if (on) nextSelection.set(row.cluster.id, row);
                    else nextSelection.delete(row.cluster.id);
                  }
                  return nextSelection;
                })
              }
              expanded={expanded}
              onExpand={(id) =>
                setExpanded((previous) => {
                  const nextOpen = new Set(previous);
                  if (!nextOpen.delete(id)) nextOpen.add(id);
                  return nextOpen;
                })
              }
              canReview={canMergeContacts}
              canSelect={allowedRules.length > 0}
            />
          )}
          {page.data?.cutShort && rows.length > 0 ? (
            <p className="muted">
              {page.data.looked} clusters were looked at to find these; Next looks further.
            </p>
          ) : null}
          <ClusterPaging
            pageNumber={back.length + 1}
            onFirst={
              back.length > 0 || params.cursor || params.skip > 0 ? () => filter({}) : undefined
            }
            onPrevious={
              back.length > 0
                ? () => goTo(decodePosition(back[back.length - 1] ?? ''), back.slice(0, -1))
                : undefined
            }
            onNext={
              next
                ? () => goTo(next, [...back, encodePosition(params)].slice(-MAX_BACK_POSITIONS))
                : undefined
            }
          />
        </section>
      )}
      {dialogRows ? (
        <BulkMergeDialog
          open
          rows={dialogRows}
          scanId={scanId}
          allowedRules={allowedRules}
          bulk={bulk}
          onClose={() => setDialogRows(null)}
        />
      ) : null}
    </div>
  );
}
