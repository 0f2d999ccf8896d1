import { Fragment, type ReactNode } from 'react';
import type { DetailRow } from './field-value';

export const isEmptyValue = (value: ReactNode) =>
  value === undefined || value === null || value === '' || value === false;

const sectionId = (title: string) => `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** A titled group of label/value pairs; only the values present are listed. */
export function DetailSection({ title, rows }: { title: string; rows: DetailRow[] }) {
  const shown = rows.filter(([, value]) => !isEmptyValue(value));
  return (
    <section className="detail-section" aria-labelledby={sectionId(title)}>
      <h2 id={sectionId(title)}>{title}</h2>
      <dl className="detail-list">
        {shown.map(([label, value], index) => (
          <Fragment key={`${label}-${index}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
