import { importedRecordName, type ImportEntity, type ImportedRecord } from './import-entity';
import type { RowOutcome } from './import-engine';
import { ImportedRecordLink } from './import-plan-preview';
import type { CheckedRow } from './import-rows';
import { ScrollTable } from './scroll-region';
import './bulk.css';

/** The row's name as the record will be called (the same rule as everywhere in the console). */
const nameOf = (row: CheckedRow) =>
  row.body ? importedRecordName(row.body as unknown as ImportedRecord) : '';

/** Each sent row: created or updated (with a link to the record), or failed with the API's message. */
export function ImportResults({
  rows,
  outcomes,
  entity = 'contacts',
}: {
  entity?: ImportEntity;
  rows: readonly CheckedRow[];
  outcomes: ReadonlyMap<number, RowOutcome>;
}) {
  const sent = rows.filter((row) => outcomes.has(row.rowNumber));
  if (sent.length === 0) return null;
  return (
    <ScrollTable label="Import results" caption="Results" columns={['Row', 'Name', 'Result']}>
      {sent.map((row) => {
        const outcome = outcomes.get(row.rowNumber)!;
        return (
          <tr key={row.rowNumber}>
            <td>{row.rowNumber}</td>
            <td>{nameOf(row)}</td>
            {outcome.status === 'created' ? (
              <td className="status-created">
                Created:{' '}
                <ImportedRecordLink entity={entity} id={outcome.contactId} name={nameOf(row)} />
                {outcome.recovered ? (
                  <span className="muted">
                    {' '}
                    (the answer was lost; found it stored rather than sending it again)
                  </span>
                ) : null}
              </td>
            ) : outcome.status === 'updated' ? (
              <td className="status-created">
                Updated:{' '}
                <ImportedRecordLink entity={entity} id={outcome.contactId} name={nameOf(row)} />
              </td>
            ) : (
              <td className="status-failed">Failed: {outcome.message}</td>
            )}
          </tr>
        );
      })}
    </ScrollTable>
  );
}
