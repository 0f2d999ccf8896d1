import type { ReactNode } from 'react';
import './token-badge.css';

export type BadgeAccent = 'info' | 'success' | 'warning' | 'error' | 'inherit';

/**
 * A badge drawn from Spark's own badge tokens (`--gse-ui-badge-*`): it looks like `gux-badge`
 * but is plain HTML. For badges in every row of a table: each `gux-badge` brings a
 * `gux-tooltip-title` (a MutationObserver and a ResizeObserver that force a layout to see whether
 * its text is cut) and a screen-reader text, three Stencil components per row; 25 rows of them
 * held the contacts list's first screen 100–200 ms. Its words (a type, a status) are never cut,
 * and a screen reader reads them as they are.
 */
export function TokenBadge({
  accent = 'info',
  children,
}: {
  accent?: BadgeAccent | undefined;
  children: ReactNode;
}) {
  return <span className={`token-badge token-badge-${accent}`}>{children}</span>;
}
