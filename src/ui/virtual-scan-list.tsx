import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { QueryError } from './query-error';
import { formatCount } from './format';
import './virtual-scan-list.css';

/** One page of a cursor scan (GET /scan/…): its rows and the cursor of the next page. */
export interface CursorPage<Item> {
  entities?: Item[];
  cursors?: { after?: string };
}

/**
 * The infinite query over a cursor scan; `fetchPage` reads one page. An empty page ends the
 * scan even when the API still hands out a cursor.
 */
export function cursorScanQueryOptions<Item>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<Item>>,
) {
  return {
    queryKey,
    queryFn: ({ pageParam, signal }: { pageParam: string | undefined; signal: AbortSignal }) =>
      fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CursorPage<Item>) =>
      last.cursors?.after && (last.entities?.length ?? 0) > 0 ? last.cursors.after : undefined,
  };
}

export interface VirtualScanListProps<Item> {
  /** Names the scrolling region, e.g. "All notes". */
  label: string;
  /** Noun for the status line, e.g. "notes". */
  noun: string;
  query: UseInfiniteQueryResult<InfiniteData<{ entities?: Item[] }>>;
  estimateSize: number;
  itemKey: (item: Item) => string;
  renderItem: (item: Item, index: number) => ReactNode;
}

/**
 * A cursor scan shown as one long list: only the rows in view are in the DOM (react-virtual),
 * and the next page is fetched when the last loaded row scrolls into view, so thousands of
 * rows scroll smoothly.
 */
export function VirtualScanList<Item>({
  label,
  noun,
  query,
  estimateSize,
  itemKey,
  renderItem,
}: VirtualScanListProps<Item>) {
  const items = query.data?.pages.flatMap((page) => page.entities ?? []) ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = items.length + (query.hasNextPage ? 1 : 0);
  // React Compiler cannot memoise the virtualizer's mutable API; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows[virtualRows.length - 1]?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (lastIndex >= items.length - 1 && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage();
    }
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (query.isError && items.length === 0) {
    return (
      <QueryError
        error={query.error}
        title={`The ${noun} could not be loaded.`}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <>
      <p className="muted" aria-live="polite" data-testid="scan-status">
        {query.isPending
          ? `Loading ${noun}…`
          : `${formatCount(items.length)} ${noun} loaded${query.hasNextPage ? ', scroll for more' : ''}.`}
      </p>
      <div
        ref={scrollRef}
        className="scan-list"
        role="region"
        aria-label={label}
        // A scrolling region must be focusable so keyboard users can scroll it (WCAG 2.1.1);
        // the rule does not know scroll containers.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <ul
          style={{ height: virtualizer.getTotalSize(), margin: 0, padding: 0, listStyle: 'none' }}
        >
          {virtualRows.map((row) => {
            const item = items[row.index];
            return (
              <li
                key={item === undefined ? 'loader' : itemKey(item)}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="scan-row"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                {item === undefined ? (
                  query.isError ? (
                    <QueryError
                      error={query.error}
                      title={`More ${noun} could not be loaded.`}
                      onRetry={() => void fetchNextPage()}
                    />
                  ) : (
                    <span aria-busy="true">Loading more {noun}…</span>
                  )
                ) : (
                  renderItem(item, row.index)
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
