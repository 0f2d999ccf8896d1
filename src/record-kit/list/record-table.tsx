import {
  columnVisibilityFeature,
  flexRender,
  functionalUpdate,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { RecordBase } from '@/models/record-fields';
import { parseSortOrder } from '../list-params';
import type { RecordColumn } from './record-column';

const SELECT_COLUMN_ID = 'select';

/**
 * Only the table features the lists use (react-table v9 leaves the others out of the bundle):
 * the API sorts and pages, so there are no client row models either.
 */
const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: {} as { sortField?: string },
});
type Features = typeof features;

export interface RecordSelection {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

export interface RecordTableProps<Read extends RecordBase> {
  caption: string;
  /** "contacts": names the select-all box. */
  nounMany: string;
  columns: readonly RecordColumn<Read>[];
  /** The chosen columns; all of them when absent. */
  visibleIds?: readonly string[];
  rows: readonly Read[];
  nameOf: (record: Read) => string;
  /** The URL's `field:direction`: the table only shows it, the API sorts. */
  sortOrder: string | undefined;
  onSort: (field: string) => void;
  /** Rows get checkboxes only when something can be done with a selection. */
  selection?: RecordSelection;
  /** Hover or focus on a row: a click on it will likely follow, so its page can load now. */
  onIntent?: (id: string) => void;
  /** The rows on screen belong to the previous search while the next one loads. */
  stale: boolean;
  /** Shown in the body when there are no rows (loading, empty). */
  message?: ReactNode;
}

const ariaSort = (direction: false | 'asc' | 'desc') =>
  direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';

/**
 * A page of records as an accessible table: react-table holds the column definitions and the
 * sort, visibility and selection state, all of it driven from outside (the URL's sortOrder, the
 * column chooser, the page's selection), since the API sorts and pages.
 */
export function RecordTable<Read extends RecordBase>({
  caption,
  nounMany,
  columns,
  visibleIds,
  rows,
  nameOf,
  sortOrder,
  onSort,
  selection,
  onIntent,
  stale,
  message,
}: RecordTableProps<Read>) {
  const selectable = selection !== undefined;
  const columnDefs = useMemo<ColumnDef<Features, Read>[]>(() => {
    const defs: ColumnDef<Features, Read>[] = columns.map((column) => ({
      id: column.id,
      header: column.label,
      cell: ({ row }) => column.render(row.original),
      enableSorting: column.sortField !== undefined,
      meta: { sortField: column.sortField },
    }));
    if (!selectable) return defs;
    return [
      {
        id: SELECT_COLUMN_ID,
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={`Select all ${nounMany} on this page`}
            checked={table.getIsAllPageRowsSelected()}
            disabled={table.getRowModel().rows.length === 0}
            onChange={(event) => table.toggleAllPageRowsSelected(event.target.checked)}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={`Select ${nameOf(row.original)}`}
            checked={row.getIsSelected()}
            onChange={(event) => row.toggleSelected(event.target.checked)}
          />
        ),
      },
      ...defs,
    ];
  }, [columns, nameOf, nounMany, selectable]);

  const sort = parseSortOrder(sortOrder);
  // Every column showing the sorted field is sorted (a contact's name and its last name).
  const sorting: SortingState = sort
    ? columns
        .filter((column) => column.sortField === sort.field)
        .map((column) => ({ id: column.id, desc: sort.direction === 'desc' }))
    : [];
  const columnVisibility: ColumnVisibilityState = visibleIds
    ? Object.fromEntries(columns.map((column) => [column.id, visibleIds.includes(column.id)]))
    : {};
  const rowSelection: RowSelectionState = selection
    ? Object.fromEntries([...selection.selected].map((id) => [id, true]))
    : {};

  const table = useTable({
    features,
    data: rows,
    columns: columnDefs,
    getRowId: (record) => record.id,
    manualSorting: true,
    enableRowSelection: selectable,
    state: { sorting, columnVisibility, rowSelection },
    onRowSelectionChange: (updater) => {
      const next = functionalUpdate(updater, rowSelection);
      selection?.onChange(new Set(Object.keys(next).filter((id) => next[id])));
    },
  });

  const visibleCount = table.getVisibleLeafColumns().length;
  const tableRows = table.getRowModel().rows;

  return (
    // Positioned, so what cells position absolutely (Spark badges' screen-reader text) scrolls
    // with the table instead of widening the page.
    <div className="table-scroll" style={{ position: 'relative' }}>
      <table className={`data-table${stale ? ' is-stale' : ''}`} aria-busy={stale}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (header.column.id === SELECT_COLUMN_ID) {
                  return (
                    <th key={header.id} scope="col" className="select-cell">
                      {label}
                    </th>
                  );
                }
                const sortField = header.column.columnDef.meta?.sortField;
                // Not getCanSort(): that needs an accessor, and these columns render, the API sorts.
                if (!sortField) {
                  return (
                    <th key={header.id} scope="col">
                      {label}
                    </th>
                  );
                }
                const direction = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort(direction)}>
                    <button type="button" className="sort-button" onClick={() => onSort(sortField)}>
                      {label}
                      <span className="sort-indicator" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {tableRows.length === 0 && message ? (
            <tr>
              <td colSpan={visibleCount} className="table-message">
                {message}
              </td>
            </tr>
          ) : null}
          {tableRows.map((row) => (
            <tr
              key={row.id}
              onMouseEnter={onIntent ? () => onIntent(row.id) : undefined}
              onFocus={onIntent ? () => onIntent(row.id) : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cell.column.id === SELECT_COLUMN_ID ? 'select-cell' : undefined}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
