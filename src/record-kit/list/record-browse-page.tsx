import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { useServices } from '@/app/services';
import type { RecordBase } from '@/models/record-fields';
import { ColumnChooser } from '@/ui/column-chooser';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { scanStatus, VirtualScanTable } from '@/ui/virtual-scan-table';
import type { RecordEntity } from '../entity';
import type { RecordQueries } from '../record-queries';
import { NAME_COLUMN_ID, type RecordColumn } from './record-column';
import { columnStorageKey, useVisibleColumns } from './use-visible-columns';

/** The divisions feature's single-division picker, passed in: the kit imports no feature. */
export type DivisionSelectComponent = ComponentType<{
  permission: string;
  value: string | undefined;
  onChange: (divisionId: string | undefined) => void;
}>;

export interface RecordBrowsePageProps<Read extends RecordBase> {
  entity: RecordEntity<Read>;
  recordApi: RecordQueries<Read>;
  divisionId: string | undefined;
  onDivisionChange: (divisionId: string | undefined) => void;
  columns: readonly RecordColumn<Read>[];
  defaultColumnIds: readonly string[];
  DivisionSelect: DivisionSelectComponent;
}

/**
 * Every record of a kind, past search's 1,000-record window, through the scan API: cursor pages
 * loaded as the user scrolls, and only the rows on screen in the DOM. The columns are the list's,
 * chosen once for both.
 */
export function RecordBrowsePage<Read extends RecordBase>({
  entity,
  recordApi,
  divisionId,
  onDivisionChange,
  columns,
  defaultColumnIds,
  DivisionSelect,
}: RecordBrowsePageProps<Read>) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { noun } = entity;
  const { visibleIds, setVisibleIds } = useVisibleColumns(
    columnStorageKey(entity.resource),
    columns,
    defaultColumnIds,
  );
  const scan = useInfiniteQuery(recordApi.scanQueryOptions(api, divisionId));
  const records = scan.data?.pages.flatMap((page) => page.entities ?? []) ?? [];
  const label = `All ${noun.many}`;

  return (
    <div className="page">
      <PageHeader title={label}>
        <p className="muted">
          <Link {...entity.links.list}>Search {noun.many}</Link> · Every {noun.one} in the order
          Genesys stores them, loaded as you scroll.
        </p>
      </PageHeader>
      <div className="toolbar">
        <DivisionSelect
          permission={entity.permissions.divisionView[0] ?? ''}
          value={divisionId}
          onChange={onDivisionChange}
        />
        <ColumnChooser
          columns={columns}
          visibleIds={visibleIds}
          lockedId={NAME_COLUMN_ID}
          onChange={setVisibleIds}
        />
        <p role="status" className="muted">
          {scanStatus(noun.many, records.length, scan)}
        </p>
      </div>
      {scan.isError && records.length === 0 ? (
        <QueryError
          error={scan.error}
          title={`The ${noun.many} could not be loaded.`}
          onRetry={() => void scan.refetch()}
        />
      ) : (
        <VirtualScanTable
          label={label}
          rows={records}
          columns={columns.filter((column) => visibleIds.includes(column.id))}
          hasNextPage={scan.hasNextPage}
          isFetchingNextPage={scan.isFetchingNextPage}
          fetchNextPage={() => void scan.fetchNextPage()}
          onRowIntent={(record) =>
            void queryClient.prefetchQuery(recordApi.detailQueryOptions(api, record.id))
          }
        />
      )}
      {scan.isError && records.length > 0 ? (
        <QueryError
          error={scan.error}
          title={`The next ${noun.many} could not be loaded.`}
          onRetry={() => void scan.fetchNextPage()}
        />
      ) : null}
    </div>
  );
}
