import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import type { RecordBase } from '@/models/record-fields';
import { ColumnChooser } from '@/ui/column-chooser';
import { formatCount } from '@/ui/format';
import { PageHeader } from '@/ui/page-header';
import { SearchBox } from '@/ui/search-box';
import type { RecordEntity } from '../entity';
import { SEARCH_WINDOW, toListParams, type RecordSearch } from '../list-params';
import type { RecordQueries } from '../record-queries';
import type { ListNavigate } from './list-navigate';
import { NAME_COLUMN_ID, type RecordColumn } from './record-column';
import { RecordListResults } from './record-list-results';
import { columnStorageKey, useVisibleColumns } from './use-visible-columns';
import { ActionButton } from '@/ui/action-button';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The divisions feature's filter, passed in: the kit imports no feature. */
export type DivisionFilterComponent = ComponentType<{
  permission: string;
  selectedIds: readonly string[];
  onChange: (divisionIds: string[]) => void;
}>;

export interface RecordListPageProps<Read extends RecordBase> {
  entity: RecordEntity<Read>;
  recordApi: RecordQueries<Read>;
  search: RecordSearch;
  navigate: ListNavigate;
  /** Every column the chooser offers (deriveRecordColumns). */
  columns: readonly RecordColumn<Read>[];
  defaultColumnIds: readonly string[];
  searchPlaceholder: string;
  DivisionFilter: DivisionFilterComponent;
  /**
   * What a selection can do. Rows get checkboxes only with this; it renders inside a Suspense
   * boundary, so the actions can load lazily with the first selection instead of with the list.
   */
  selectionActions?: (ids: string[], clearSelection: () => void) => ReactNode;
}

/**
 * A record kind's searched list: search, division filter, chosen columns, sort and paging, all in
 * the URL but the columns (a preference of this browser) and the selection (of this visit).
 */
export function RecordListPage<Read extends RecordBase>({
  entity,
  recordApi,
  search,
  navigate,
  columns,
  defaultColumnIds,
  searchPlaceholder,
  DivisionFilter,
  selectionActions,
}: RecordListPageProps<Read>) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const params = toListParams(search);
  const list = useQuery(recordApi.listQueryOptions(api, params));
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const { visibleIds, setVisibleIds } = useVisibleColumns(
    columnStorageKey(entity.resource),
    columns,
    defaultColumnIds,
  );
  const { noun } = entity;
  const title = capitalised(noun.many);
  // The scan takes one division: carry the filter over only when it names exactly one.
  const browseLink = entity.links.browse(
    search.divisionIds?.length === 1 ? search.divisionIds[0] : undefined,
  );
  const total = list.data?.total;
  const clearSelection = () => setSelected(new Set());

  return (
    <div className="page">
      <PageHeader
        title={title}
        actions={
          can(...entity.permissions.add) ? (
            <Link {...entity.links.create} className="link-button primary">
              New {noun.one}
            </Link>
          ) : null
        }
      />
      <div className="toolbar">
        <SearchBox
          label={`Search ${noun.many}`}
          placeholder={searchPlaceholder}
          q={search.q}
          // Typing refines one search: keep it to one history entry.
          onSearch={(q) => navigate({ q, pageNumber: 1 }, { replace: true })}
        />
        <DivisionFilter
          permission={entity.permissions.divisionView[0] ?? ''}
          selectedIds={search.divisionIds ?? []}
          onChange={(divisionIds) =>
            navigate({
              divisionIds: divisionIds.length > 0 ? divisionIds : undefined,
              pageNumber: 1,
            })
          }
        />
        <ColumnChooser
          columns={columns}
          visibleIds={visibleIds}
          lockedId={NAME_COLUMN_ID}
          onChange={setVisibleIds}
        />
        <p className="muted">
          Search reaches the first {formatCount(SEARCH_WINDOW)} matches (a Genesys limit).{' '}
          <Link {...browseLink}>Browse all {noun.many}</Link>
        </p>
        {selectionActions ? (
          <div className="selection-bar" aria-live="polite">
            {selected.size > 0 ? (
              <>
                <span>{formatCount(selected.size)} selected</span>
                <Suspense fallback={null}>
                  {selectionActions([...selected], clearSelection)}
                </Suspense>
                <ActionButton accent="ghost" onClick={clearSelection}>
                  Clear selection
                </ActionButton>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {total !== undefined && total > SEARCH_WINDOW ? (
        <GuxInlineAlert accent="info">
          <div>
            {formatCount(total)} {noun.many} match. Genesys pages only the first{' '}
            {formatCount(SEARCH_WINDOW)} matches of a search: refine the search, or{' '}
            <Link {...browseLink}>browse all {noun.many}</Link> without a search.
          </div>
        </GuxInlineAlert>
      ) : null}
      <RecordListResults
        list={list}
        params={params}
        sortOrder={search.sortOrder}
        navigate={navigate}
        caption={params.q ? `${title} matching “${params.q}”` : title}
        noun={noun}
        pagesLabel={`${title} pages`}
        columns={columns}
        visibleIds={visibleIds}
        nameOf={entity.name}
        selection={
          selectionActions ? { selected, onChange: (next) => setSelected(next) } : undefined
        }
        onIntent={(id) => void queryClient.prefetchQuery(recordApi.detailQueryOptions(api, id))}
        emptyText={`No ${noun.many} yet.`}
      />
    </div>
  );
}
