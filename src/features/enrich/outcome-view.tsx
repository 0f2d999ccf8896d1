import { Link, type LinkProps } from '@tanstack/react-router';
import type { RecordBase } from '@/models/record-fields';
import { changedOnly, type FieldChange } from './enrich-diff';
import type { EnrichKind } from './enrich-kinds';
import type { EnrichOutcome } from './enrich-outcome';

/** Whether an outcome is a preview (nothing written) or what was stored. */
export type Phase = 'preview' | 'applied';

export function RecordLink({ kind, record }: { kind: EnrichKind; record: RecordBase }) {
  return (
    <Link {...(kind.record.links.detail(record.id) as LinkProps)}>{kind.record.name(record)}</Link>
  );
}

function joinedLinks(kind: EnrichKind, records: readonly RecordBase[]) {
  return records.map((record, index) => (
    <span key={record.id}>
      {index > 0 ? (index === records.length - 1 ? ' and ' : ', ') : null}
      <RecordLink kind={kind} record={record} />
    </span>
  ));
}

/** One sentence: what the enrich would do (preview) or did (applied), with links to the records. */
export function OutcomeHeadline({
  kind,
  outcome,
  phase,
}: {
  kind: EnrichKind;
  outcome: EnrichOutcome;
  phase: Phase;
}) {
  const noun = kind.record.noun.one;
  const preview = phase === 'preview';
  switch (outcome.kind) {
    case 'update': {
      const count = changedOnly(outcome.changes).length;
      const fields = count === 1 ? '1 field' : `${count} fields`;
      if (outcome.before.length === 0)
        return (
          <>
            {preview ? 'Would write ' : 'Wrote '}
            <RecordLink kind={kind} record={outcome.record} />: what it held before could not be
            read.
          </>
        );
      return (
        <>
          {preview ? 'Would update ' : 'Updated '}
          <RecordLink kind={kind} record={outcome.before[0] ?? outcome.record} />
          {count === 0 ? ': nothing changes.' : `: ${fields} ${preview ? 'change' : 'changed'}.`}
        </>
      );
    }
    case 'create':
      return preview ? (
        <>
          Would create a new {noun}: no {noun} matches.
        </>
      ) : (
        <>
          Created <RecordLink kind={kind} record={outcome.record} />.
        </>
      );
    case 'merge':
      return (
        <>
          {preview ? 'Would merge ' : 'Merged '}
          {joinedLinks(kind, outcome.before)}
          {preview ? (
            ` into one new ${noun}.`
          ) : (
            <>
              {' '}
              into <RecordLink kind={kind} record={outcome.record} />.
            </>
          )}
        </>
      );
    case 'failed':
      return (
        <>
          {preview ? 'Would fail: ' : 'Not applied: '}
          {outcome.message}
          {outcome.conflicts.length > 0 ? (
            <> Already there: {joinedLinks(kind, outcome.conflicts)}.</>
          ) : null}
        </>
      );
  }
}

const shownValue = (value: string) => value || '—';

/**
 * The records as they are now beside the result, field by field: one column per stored record
 * (one when matched, each merged contact for a merge, none for a new record), then the result.
 */
export function ChangesTable({
  kind,
  outcome,
  phase,
  showUnchanged,
}: {
  kind: EnrichKind;
  outcome: Exclude<EnrichOutcome, { kind: 'failed' }>;
  phase: Phase;
  showUnchanged: boolean;
}) {
  const rows = outcome.changes.filter(
    (change) => change.changed || (showUnchanged && (change.after || change.before.some(Boolean))),
  );
  const resultHeading =
    outcome.kind === 'create'
      ? phase === 'preview'
        ? `New ${kind.record.noun.one}`
        : 'Created'
      : phase === 'preview'
        ? 'After (dry run)'
        : 'Stored now';
  if (rows.length === 0) {
    return <p className="muted">No field changes.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table enrich-changes">
        <caption>
          {phase === 'preview' ? 'Field by field: now and after' : 'Field by field: before and now'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {outcome.before.map((record) => (
              <th scope="col" key={record.id}>
                {outcome.before.length > 1
                  ? kind.record.name(record)
                  : phase === 'preview'
                    ? 'Now'
                    : 'Before'}
              </th>
            ))}
            <th scope="col">{resultHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((change) => (
            <tr key={change.key} className={change.changed ? 'is-changed' : undefined}>
              <th scope="row">
                {change.label}
                {change.changed && outcome.kind !== 'create' ? (
                  <span className="change-mark"> changed</span>
                ) : null}
              </th>
              {change.before.map((value, index) => (
                <td key={index}>{shownValue(value)}</td>
              ))}
              <td>{shownValue(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row's changes in a few words each: "Title: Analyst → Director". */
export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  const changed = changedOnly(changes);
  if (changed.length === 0) return <span className="muted">No field changes.</span>;
  return (
    <ul className="change-list">
      {changed.map((change) => (
        <li key={change.key}>
          <span className="change-label">{change.label}:</span>{' '}
          {change.before.length > 0 ? (
            <>
              {change.before.map(shownValue).join(' / ')} <span aria-hidden="true">→</span>
              <span className="visually-hidden">becomes</span>{' '}
            </>
          ) : null}
          {shownValue(change.after)}
        </li>
      ))}
    </ul>
  );
}
