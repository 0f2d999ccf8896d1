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
