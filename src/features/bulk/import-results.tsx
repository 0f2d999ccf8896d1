import { Link } from '@tanstack/react-router';
import { contactName, type ExternalContact } from '@/models/contact-fields';
import type { RowOutcome } from './import-engine';
import type { CheckedRow } from './import-rows';
import { ScrollTable } from './scroll-region';
import './bulk.css';

/** The row's name as the contact will be called (the same rule as everywhere in the console). */
const nameOf = (row: CheckedRow) =>
  row.body ? contactName(row.body as unknown as ExternalContact) : '';

/** Each sent row: created or updated (with a link to the contact), or failed with the API's message. */
export function ImportResults({
  rows,
  outcomes,
}: {
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
                <Link to="/contacts/$contactId" params={{ contactId: outcome.contactId }}>
                  {nameOf(row)}
                </Link>
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
                <Link to="/contacts/$contactId" params={{ contactId: outcome.contactId }}>
                  {nameOf(row)}
                </Link>
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
