import type { UseQueryResult } from '@tanstack/react-query';
import type { RecordBase, RecordListing } from '@/models/record-fields';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import {
  lastReachablePage,
  nextSortOrder,
  PAGE_SIZES,
  type PageSize,
  type RecordListParams,
} from '../list-params';
import type { ListNavigate } from './list-navigate';
import type { RecordColumn } from './record-column';
import type { RecordSelection } from './record-table';
import { RecordTable } from './record-table-lazy';

export interface RecordListResultsProps<Read extends RecordBase> {
  list: UseQueryResult<RecordListing<Read>>;
  params: RecordListParams;
  /** The URL's sort order as the user asked for it. */
  sortOrder: string | undefined;
  navigate: ListNavigate;
  caption: string;
  noun: { one: string; many: string };
  /** "Contacts pages": the pagination's landmark name. */
  pagesLabel: string;
  columns: readonly RecordColumn<Read>[];
  visibleIds?: readonly string[];
  nameOf: (record: Read) => string;
  selection?: RecordSelection;
  onIntent?: (id: string) => void;
  /** Shown when nothing matches without a search, e.g. "No contacts yet." */
  emptyText: string;
  noMatchText?: (q: string) => string;
}

/** A searched list's table and pagination, or the error that kept it from loading. */
export function RecordListResults<Read extends RecordBase>({
  list,
  params,
  sortOrder,
  navigate,
  caption,
  noun,
  pagesLabel,
  columns,
  visibleIds,
  nameOf,
  selection,
  onIntent,
  emptyText,
  noMatchText = (q) => `No ${noun.many} match “${q}”.`,
}: RecordListResultsProps<Read>) {
  const listing = list.data;
  const total = listing?.total;
  const goTo = (pageNumber: number) => navigate({ pageNumber });

  if (list.isError) {
    return (
      <QueryError
        error={list.error}
        title={`The ${noun.many} could not be loaded.`}
        onRetry={() => void list.refetch()}
      />
    );
  }

  const message = list.isPending ? (
    <span role="status">Loading {noun.many}…</span>
  ) : params.pageNumber > 1 && total ? (
    <span>
      This page is past the last one.{' '}
      <button type="button" className="sort-button" onClick={() => goTo(1)}>
        Go to the first page
      </button>
    </span>
  ) : params.q ? (
    <span>{noMatchText(params.q)}</span>
  ) : (
    <span>{emptyText}</span>
  );

  return (
    <>
      <RecordTable
        caption={caption}
        nounMany={noun.many}
        columns={columns}
        visibleIds={visibleIds}
        rows={listing?.entities ?? []}
        nameOf={nameOf}
        sortOrder={sortOrder}
        onSort={(field) => navigate({ sortOrder: nextSortOrder(sortOrder, field), pageNumber: 1 })}
        selection={selection}
        onIntent={onIntent}
        stale={list.isPlaceholderData}
        message={message}
      />
      <Pagination
        label={pagesLabel}
        pageNumber={params.pageNumber}
        lastPage={lastReachablePage(params.pageSize, listing?.pageCount)}
        pageSize={params.pageSize}
        pageSizes={PAGE_SIZES}
        total={total}
        onPageChange={goTo}
        onPageSizeChange={(pageSize) => navigate({ pageSize: pageSize as PageSize, pageNumber: 1 })}
      />
    </>
  );
}
