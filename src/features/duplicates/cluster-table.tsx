import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { ClusterRow } from './cluster-rows';
import { ClusterDifferences } from './cluster-differences';
import { ClusterStatusBadge } from './cluster-status-badge';
import { canMergeCluster, identifierLabel, reviewIds } from './cluster-view';
import type { ClusterSort } from './search-params';

/** Identifiers shown in a row; the rest are counted ("+3 more") and listed when expanded. */
const SHOWN_IDENTIFIERS = 2;
const COLUMNS = 8;

const SORTABLE: { sort: ClusterSort; label: string }[] = [
  { sort: 'name', label: 'Contacts' },
  { sort: 'size', label: 'Size' },
];

/** A cluster can be selected for a bulk merge while it is not merged and has 2+ contacts. */
export const isSelectable = (row: ClusterRow) =>
  row.state !== 'MergedSince' && canMergeCluster(row.state) && row.members.length > 1;

function SortHeader({
  sort,
  label,
  current,
  desc,
  onSort,
}: {
  sort: ClusterSort;
  label: string;
  current: ClusterSort;
  desc: boolean;
  onSort: (sort: ClusterSort) => void;
}) {
  const active = current === sort;
  return (
    <th scope="col" aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (desc ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The clusters of a page, one line each: who (a button that opens the fields side by side),
 * how many, what links them, their types, division and merge status. Sorting orders this page.
 */
export function ClusterTable({
  rows,
  stale,
  sort,
  desc,
  onSort,
  selected,
  onSelect,
  expanded,
  onExpand,
  canReview,
  canSelect,
}: {
  rows: readonly ClusterRow[];
  /** The previous page, shown while the next one loads. */
  stale: boolean;
  sort: ClusterSort;
  desc: boolean;
  onSort: (sort: ClusterSort) => void;
  selected: ReadonlySet<string>;
  onSelect: (rows: readonly ClusterRow[], selected: boolean) => void;
  expanded: ReadonlySet<string>;
  onExpand: (id: string) => void;
  canReview: boolean;
  canSelect: boolean;
}) {
  const selectable = rows.filter(isSelectable);
  const allSelected =
    selectable.length > 0 && selectable.every((row) => selected.has(row.cluster.id));
  return (
    <div className="table-scroll">
      <table className={`data-table cluster-table${stale ? ' is-stale' : ''}`} aria-busy={stale}>
        <caption className="visually-hidden">
          Clusters of contacts sharing identifiers{sort === 'scan' ? '' : ', this page sorted'}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              {canSelect ? (
                <input
                  type="checkbox"
                  aria-label="Select every cluster of this page that can be merged"
                  checked={allSelected}
                  disabled={selectable.length === 0}
                  onChange={(event) => onSelect(selectable, event.target.checked)}
                />
              ) : (
                <span className="visually-hidden">Selection</span>
              )}
            </th>
            {SORTABLE.map((column) => (
              <SortHeader
                key={column.sort}
                {...column}
                current={sort}
                desc={desc}
                onSort={onSort}
              />
            ))}
            <th scope="col">Shared identifiers</th>
            <th scope="col">Types</th>
            <SortHeader
              sort="division"
              label="Division"
              current={sort}
              desc={desc}
              onSort={onSort}
            />
            <SortHeader sort="status" label="Status" current={sort} desc={desc} onSort={onSort} />
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { cluster } = row;
            const names = row.names.join(', ');
            const open = expanded.has(cluster.id);
            const detailsId = `cluster-${cluster.id}`;
            const ids = reviewIds(cluster);
            const more = row.identifiers.length - SHOWN_IDENTIFIERS;
            return (
              <Fragment key={cluster.id}>
                <tr className={selected.has(cluster.id) ? 'is-selected' : undefined}>
                  <td className="select-cell">
                    {canSelect && isSelectable(row) ? (
                      <input
                        type="checkbox"
                        aria-label={`Select ${names}`}
                        checked={selected.has(cluster.id)}
                        onChange={(event) => onSelect([row], event.target.checked)}
                      />
                    ) : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="cluster-toggle"
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      onClick={() => onExpand(cluster.id)}
                    >
                      <span aria-hidden="true" className="cluster-toggle-mark">
                        {open ? '▾' : '▸'}
                      </span>
                      {names}
                    </button>
                  </td>
                  <td>{row.members.length}</td>
                  <td>
                    <ul className="cluster-identifiers">
                      {row.identifiers.slice(0, SHOWN_IDENTIFIERS).map((vertex) => (
                        <li key={vertex.vertexId}>{identifierLabel(vertex)}</li>
                      ))}
                      {more > 0 ? <li className="muted">+{more} more</li> : null}
                    </ul>
                  </td>
                  <td>{row.types.join(', ')}</td>
                  <td>{row.divisionName}</td>
                  <td>
                    <ClusterStatusBadge state={row.state} />
                  </td>
                  <td className="cluster-row-actions">
                    {row.resultId ? (
                      <Link
                        to="/contacts/$contactId"
                        params={{ contactId: row.resultId }}
                        aria-label={`Open the merged contact: ${names}`}
                      >
                        Merged contact
                      </Link>
                    ) : canReview && isSelectable(row) && ids.length > 1 ? (
                      <Link
                        to="/contacts/merge"
                        search={{ ids }}
                        aria-label={`Review and merge on the merge screen: ${names}`}
                      >
                        Review…
                      </Link>
                    ) : null}
                  </td>
                </tr>
                {open ? (
                  <tr className="cluster-details-row">
                    <td colSpan={COLUMNS} id={detailsId}>
                      <ClusterDifferences row={row} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
