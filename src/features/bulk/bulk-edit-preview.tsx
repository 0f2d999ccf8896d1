import type { FieldChange, RecordPlan } from './bulk-edit-changes';
import { nounTitle, type BulkEditEntity } from './bulk-edit-entities';
import { ScrollTable } from './scroll-region';

export interface PlannedRecord {
  id: string;
  name: string;
  plan: RecordPlan;
}

export interface PreviewCounts {
  change: number;
  same: number;
  refused: number;
}

export function countPlans(planned: readonly PlannedRecord[]): PreviewCounts {
  const counts: PreviewCounts = { change: 0, same: 0, refused: 0 };
  for (const { plan } of planned) {
    if (plan.decision.kind === 'write') counts.change += 1;
    else if (plan.decision.kind === 'none') counts.same += 1;
    else counts.refused += 1;
  }
  return counts;
}

/** "Sales lead → Account manager", or what it already holds. */
function ChangeCell({ change }: { change: FieldChange | undefined }) {
  if (!change) return <td />;
  if (!change.changed) {
    return (
      <td className="muted">{change.before ? `already ${change.before}` : 'already empty'}</td>
    );
  }
  return (
    <td>
      {change.before || <span className="muted">(empty)</span>} <span aria-hidden="true">→</span>
      <span className="visually-hidden"> becomes</span> <strong>{change.after || '(empty)'}</strong>
    </td>
  );
}

function outcomeText(plan: RecordPlan): string {
  switch (plan.decision.kind) {
    case 'write':
      return 'Will change';
    case 'none':
      return 'No change: already holds these values';
    case 'refuse':
      return `Will not change: ${plan.decision.message}`;
  }
}

/**
 * Each selected record with every edited field's current value and the new one; those that
 * would not change say so. Nothing has been sent yet.
 */
export function BulkEditPreview({
  entity,
  planned,
}: {
  entity: BulkEditEntity;
  planned: readonly PlannedRecord[];
}) {
  const first = planned[0]?.plan.changes ?? [];
  return (
    <ScrollTable
      caption="Preview: current value → new value"
      columns={[nounTitle(entity), ...first.map((change) => change.label), 'Outcome']}
    >
      {planned.map(({ id, name, plan }) => (
        <tr key={id}>
          <th scope="row">{name}</th>
          {first.map((column) => (
            <ChangeCell
              key={column.key}
              change={plan.changes.find((change) => change.key === column.key)}
            />
          ))}
          <td
            className={
              plan.decision.kind === 'refuse'
                ? 'status-failed'
                : plan.decision.kind === 'none'
                  ? 'status-skipped'
                  : undefined
            }
          >
            {outcomeText(plan)}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
