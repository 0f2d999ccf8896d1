import { useId, useState } from 'react';
import type { SchemaSnapshot } from './schema-diff';
import { sideBySide, type DiffLine, type DiffRow, type DiffRowStatus } from './version-diff';

const STATUS_TEXT: Record<DiffRowStatus, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/** Marks say in words what the colour says, for anyone who cannot tell the colours apart. */
function Side({
  lines,
  side,
  status,
}: {
  lines: DiffLine[] | null;
  side: 'before' | 'after';
  status: DiffRowStatus;
}) {
  if (lines === null) {
    return (
      <td>
        <span className="muted">
          {status === 'added' ? 'Not in this version' : 'Not in this version (removed)'}
        </span>
      </td>
    );
  }
  const cellClass = status === 'added' ? 'added' : status === 'removed' ? 'removed' : undefined;
  const onlyHere = side === 'before' ? 'line-removed' : 'line-added';
  const onlyHereText = side === 'before' ? 'removed' : 'added';
  return (
    <td className={cellClass}>
      <dl>
        {lines.map((line) => {
          const lineClass =
            line.mark === 'changed'
              ? 'line-changed'
              : line.mark === 'only-here' && status !== 'added' && status !== 'removed'
                ? onlyHere
                : undefined;
          return (
            <div key={line.label} style={{ display: 'contents' }}>
              <dt className={lineClass}>{line.label}</dt>
              <dd className={lineClass}>
                {line.value === '' ? <span className="muted">(empty)</span> : line.value}
                {lineClass ? (
                  <span className="diff-mark">
                    {line.mark === 'changed' ? 'changed' : onlyHereText}
                  </span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </td>
  );
}

function Row({ row }: { row: DiffRow }) {
  return (
    <tr>
      <th scope="row">
        {row.title}
        {row.key ? (
          <>
            <br />
            <code>{row.key}</code>
          </>
        ) : null}
        <br />
        <span className={`badge ${row.status}`}>{STATUS_TEXT[row.status]}</span>
      </th>
      <Side lines={row.before} side="before" status={row.status} />
      <Side lines={row.after} side="after" status={row.status} />
    </tr>
  );
}

/**
 * Two versions in two columns, one row per field: added fields green and marked "Added", removed
 * red and "Removed", each changed attribute highlighted and marked "changed". Unchanged fields
 * are hidden until asked for, so a long schema's diff stays short.
 */
export function VersionDiffTable({
  label,
  beforeLabel,
  afterLabel,
  before,
  after,
}: {
  label: string;
  beforeLabel: string;
  afterLabel: string;
  before: SchemaSnapshot;
  after: SchemaSnapshot;
}) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const id = useId();
  const rows = sideBySide(before, after);
  const unchanged = rows.filter((row) => row.status === 'unchanged').length;
  const shown = showUnchanged ? rows : rows.filter((row) => row.status !== 'unchanged');
  const counts = (['added', 'removed', 'changed'] as const)
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ fontSize: 15 }}>
        {label}
      </h3>
      <p className="muted">
        {counts.length > 0 ? counts.join(', ') : 'No differences'}
        {unchanged > 0 ? ` · ${unchanged} unchanged` : ''}
        {'. '}
        {unchanged > 0 ? (
          <label>
            <input
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />{' '}
            Show unchanged
          </label>
        ) : null}
      </p>
      {shown.length > 0 ? (
        <div className="table-scroll">
          <table className="version-diff">
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">{beforeLabel}</th>
                <th scope="col">{afterLabel}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <Row key={row.key || '(schema)'} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
