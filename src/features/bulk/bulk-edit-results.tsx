import { Link } from '@tanstack/react-router';
import { nounTitle, recordsNoun, type BulkEditEntity } from './bulk-edit-entities';
import type { UpdateOutcome } from './bulk-update-engine';
import { ScrollTable } from './scroll-region';

const ORDER: Readonly<Record<UpdateOutcome['status'], number>> = {
  failed: 0,
  updated: 1,
  unchanged: 2,
};

function OutcomeCell({ outcome }: { outcome: UpdateOutcome }) {
  switch (outcome.status) {
    case 'updated':
      return (
        <td className="status-created">
          Updated
          {outcome.recovered ? (
            <span className="muted">
              {' '}
              (the answer was lost; read again, it held the change, so it was not sent again)
            </span>
          ) : null}
        </td>
      );
    case 'unchanged':
      return <td className="status-skipped">No change needed: it already held these values</td>;
    case 'failed':
      return <td className="status-failed">Failed: {outcome.message}</td>;
  }
}

/** Each record sent so far with its outcome and a link to it; failures first. */
export function BulkEditResults({
  entity,
  rows,
  outcomes,
}: {
  entity: BulkEditEntity;
  rows: readonly { id: string; name: string }[];
  outcomes: ReadonlyMap<string, UpdateOutcome>;
}) {
  const done = rows
    .flatMap((row) => {
      const outcome = outcomes.get(row.id);
      return outcome ? [{ ...row, outcome }] : [];
    })
    .sort((a, b) => ORDER[a.outcome.status] - ORDER[b.outcome.status]);
  if (done.length === 0) return null;
  const uncertain = done.filter(
    ({ outcome }) => outcome.status === 'failed' && outcome.uncertain,
  ).length;
  return (
    <>
      {uncertain > 0 ? (
        <p>
          For {recordsNoun(entity, uncertain)} the answer was lost, so their change may have been
          saved. Retry failed reads them again and sends only what is missing: nothing is applied
          twice.
        </p>
      ) : null}
      <ScrollTable
        caption={`Result per ${entity.noun.one}`}
        columns={[nounTitle(entity), 'Result']}
      >
        {done.map(({ id, name, outcome }) => (
          <tr key={id}>
            <th scope="row">
              <Link {...entity.detail(outcome.status === 'failed' ? id : outcome.recordId)}>
                {name}
              </Link>
            </th>
            <OutcomeCell outcome={outcome} />
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
