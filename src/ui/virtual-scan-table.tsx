import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import './ui.css';

export interface ScanColumn<Row> {
  id: string;
  label: string;
  render: (row: Row) => ReactNode;
}

const ROW_HEIGHT = 41;
/** Start loading the next page while this many rows are still below the fold. */
const LOAD_AHEAD = 50;

/**
 * A table over a cursor scan of any size: pages load as the user scrolls near the end, and only
 * the rows on screen are in the DOM (spacer rows keep the scroll height, so the table stays a
 * real table for assistive technology).
 */
export function VirtualScanTable<Row extends { id: string }>({
  label,
  rows,
  columns,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  onRowIntent,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly ScanColumn<Row>[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  onRowIntent?: (row: Row) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is read fresh on every render, which is what the compiler warns about; this
  // component does not pass its functions to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - LOAD_AHEAD) {
      fetchNextPage();
    }
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastIndex, rows.length]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      className="table-scroll virtual-scroll"
      // A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${label}, scrollable`}
      // The containing block of what cells position absolutely (the screen-reader text inside
      // Spark's badges): without it those boxes belong to the page, and rows scrolled past or
      // below the fold stretch the document by the whole table's height (a second scrollbar).
      style={{ position: 'relative' }}
    >
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                style={{ height: ROW_HEIGHT }}
                onMouseEnter={onRowIntent ? () => onRowIntent(row) : undefined}
              >
                {columns.map((column) => (
                  <td key={column.id}>{column.render(row)}</td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** "1,400 contacts loaded; scroll for more." — the live status line of a scan table. */
export function scanStatus(
  noun: string,
  loaded: number,
  state: { isPending: boolean; hasNextPage: boolean; isFetchingNextPage: boolean },
): string {
  if (state.isPending) return `Loading ${noun}…`;
  const count = new Intl.NumberFormat().format(loaded);
  return `${count} ${noun} loaded${state.hasNextPage ? '; scroll for more' : ', all of them'}${
    state.isFetchingNextPage ? ' (loading more…)' : ''
  }.`;
}
