import type { ReactNode } from 'react';
import './ui.css';

/** A page's title with its actions on the same line, and an optional line under it. */
export function PageHeader({
  title,
  actions,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div className="page-header-row">
        <h1>{title}</h1>
        {actions ? <div className="page-header-actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
