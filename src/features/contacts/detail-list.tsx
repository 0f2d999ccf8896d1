import { Fragment, type ReactNode } from 'react';

export type DetailRow = readonly [label: string, value: ReactNode];

const isEmpty = (value: ReactNode) =>
  value === undefined || value === null || value === '' || value === false;

/** A titled group of label/value pairs; empty values are left out so sections stay short. */
export function DetailSection({
  title,
  rows,
  empty = 'Nothing recorded.',
}: {
  title: string;
  rows: DetailRow[];
  empty?: string;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const shown = rows.filter(([, value]) => !isEmpty(value));
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {shown.length > 0 ? (
        <dl className="detail-list">
          {shown.map(([label, value], index) => (
            <Fragment key={`${label}-${index}`}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}
