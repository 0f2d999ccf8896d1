import type { ReactNode } from 'react';
import './bulk.css';

/** A table that scrolls in its own box; it takes focus so the keyboard can scroll it (WCAG 2.1.1). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="bulk-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The bulk pages' tables: a caption, a header row of column names, then the rows given. */
export function ScrollTable({
  label,
  caption,
  columns,
  children,
}: {
  /** The scroll region's name; the caption when not given. */
  label?: string;
  caption: string;
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label ?? caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
