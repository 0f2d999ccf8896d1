import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { unguardCell } from './csv-cells';
import {
  importedRecordName,
  importKind,
  type ImportEntity,
  type ImportedRecord,
} from './import-entity';
import type { PlanKind, RowPlan } from './import-plan';
import type { CheckedRow } from './import-rows';
import { ScrollTable } from './scroll-region';
import './bulk.css';

const count = new Intl.NumberFormat();

/** Rows shown at once: the filter finds the others. */
const SHOWN_ROWS = 100;

const KIND_LABELS: Record<PlanKind, string> = {
  new: 'New',
  update: 'Updates',
  unchanged: 'Already up to date',
  skip: 'Skipped: already stored',
  duplicate: 'Duplicates in the file',
  problem: 'Problems',
};
const KIND_ORDER: readonly PlanKind[] = [
  'new',
  'update',
  'unchanged',
  'skip',
  'duplicate',
  'problem',
];

/** A link to a stored (or just imported) record, by its kind. */
export function ImportedRecordLink({
  entity,
  id,
  name,
}: {
  entity: ImportEntity;
  id: string;
  name: string;
}) {
  const text = name || `a ${importKind(entity).noun} without a name`;
  return entity === 'organizations' ? (
    <Link to="/organizations/$organizationId" params={{ organizationId: id }}>
      {text}
    </Link>
  ) : (
    <Link to="/contacts/$contactId" params={{ contactId: id }}>
      {text}
    </Link>
  );
}

/** What will happen to the row, in the steward's words, with the stored record it concerns. */
export function PlanOutcome({
  row,
  plan,
  entity = 'contacts',
}: {
  row: CheckedRow;
  plan: RowPlan | undefined;
  entity?: ImportEntity;
}) {
  const recordLink = (record: ImportedRecord) => (
    <ImportedRecordLink entity={entity} id={record.id} name={importedRecordName(record)} />
  );
  if (!plan) return <span className="muted">Checking…</span>;
  switch (plan.kind) {
    case 'problem':
      return (
        <span className="status-failed">
          Problem: {plan.message ?? row.problems.map((problem) => problem.message).join(' ')}
        </span>
      );
    case 'new':
      return plan.matches ? (
        <span className="status-created">
          New (created anyway: {importedRecordName(plan.matches)} holds the same details)
        </span>
      ) : (
        <span className="status-created">New</span>
      );
    case 'duplicate':
      return (
        <span className="status-skipped">
          Skipped: duplicate of row {plan.ofRow} ({plan.identity.label.toLowerCase()}{' '}
          {plan.identity.value})
        </span>
      );
    case 'skip':
      return (
        <span className="status-skipped">
          Skipped: {recordLink(plan.record)} holds this {plan.identity.label.toLowerCase()}
        </span>
      );
    case 'unchanged':
      return (
        <span className="status-skipped">
          No change: {recordLink(plan.record)} already says this
        </span>
      );
    case 'update':
      return (
        <span className="status-created">
          Updates {recordLink(plan.record)}: {plan.changed.join(', ')}
        </span>
      );
  }
}

/** Every row's fate before anything is sent, filtered by outcome. */
export function ImportPlanPreview({
  rows,
  plans,
  counts,
  headers,
  mapping,
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  rows: readonly CheckedRow[];
  /** Empty while the lookups run. */
  plans: ReadonlyMap<number, RowPlan>;
  counts: Record<PlanKind, number> | null;
  headers: readonly string[];
  mapping: readonly string[];
}) {
  const filterName = useId();
  const [filter, setFilter] = useState<PlanKind | 'all'>('all');
  const kinds = counts ? KIND_ORDER.filter((kind) => counts[kind] > 0) : [];
  const active = filter !== 'all' && kinds.includes(filter) ? filter : 'all';
  const mapped = mapping.flatMap((key, index) => (key ? [index] : []));
  const matching =
    active === 'all' ? rows : rows.filter((row) => plans.get(row.rowNumber)?.kind === active);
  const shown = matching.slice(0, SHOWN_ROWS);
  const what = active === 'all' ? 'rows' : KIND_LABELS[active].toLowerCase();
  return (
    <>
      {kinds.length > 1 ? (
        <fieldset className="import-outcome-filter">
          <legend className="visually-hidden">Show rows</legend>
          {(['all', ...kinds] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={filterName}
                checked={active === kind}
                onChange={() => setFilter(kind)}
              />
              {kind === 'all'
                ? `All (${count.format(rows.length)})`
                : `${KIND_LABELS[kind]} (${count.format(counts?.[kind] ?? 0)})`}
            </label>
          ))}
        </fieldset>
      ) : null}
      <ScrollTable
        label="Rows preview"
        caption={
          shown.length < matching.length
            ? `Preview: the first ${count.format(shown.length)} of ${count.format(matching.length)} ${what}`
            : `Preview: ${count.format(matching.length)} ${what}`
        }
        columns={['Row', ...mapped.map((index) => headers[index] ?? ''), 'What happens']}
      >
        {shown.map((row) => (
          <tr key={row.rowNumber}>
            <td>{row.rowNumber}</td>
            {mapped.map((index) => (
              <td key={index}>{unguardCell(row.cells[index] ?? '')}</td>
            ))}
            <td>
              <PlanOutcome row={row} plan={plans.get(row.rowNumber)} entity={entity} />
            </td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
