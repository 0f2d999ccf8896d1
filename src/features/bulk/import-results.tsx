import { Link } from '@tanstack/react-router';
import type { RowOutcome } from './import-engine';
import type { CheckedRow } from './import-rows';
import { ScrollRegion } from './scroll-region';
import './bulk.css';

const nameOf = (row: CheckedRow) =>
  [row.body?.firstName, row.body?.lastName].filter((part) => typeof part === 'string').join(' ');

/** Each sent row: created (with a link to the contact) or failed with the API's message. */
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
    <ScrollRegion label="Import results">
      <table>
        <caption>Results</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Name</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
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
                      {nameOf(row) || outcome.contactId}
                    </Link>
                    {outcome.recovered ? (
                      <span className="muted">
                        {' '}
                        (the answer was lost; found it stored rather than sending it again)
                      </span>
                    ) : null}
                  </td>
                ) : (
                  <td className="status-failed">Failed: {outcome.message}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
