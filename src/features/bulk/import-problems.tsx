import { unguardCell } from './csv-cells';
import type { CheckedRow } from './import-rows';
import { ScrollRegion } from './scroll-region';
import './bulk.css';

const count = new Intl.NumberFormat();

/** Every problem of every row, before anything is sent: row, column and the model's message. */
export function ImportProblems({ rows }: { rows: readonly CheckedRow[] }) {
  const problems = rows.flatMap((row) => row.problems);
  if (problems.length === 0) return null;
  const badRows = rows.filter((row) => row.problems.length > 0).length;
  return (
    <ScrollRegion label="Problems found">
      <table>
        <caption>
          Problems: {count.format(badRows)} row{badRows === 1 ? '' : 's'} will be skipped. Fix them
          in the file and choose it again to include them.
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.rowNumber}</td>
              <td>{problem.column}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The first rows as read through the mapping, so a wrong mapping shows before sending. */
export function ImportRowsPreview({
  rows,
  headers,
  mapping,
}: {
  rows: readonly CheckedRow[];
  headers: readonly string[];
  mapping: readonly string[];
}) {
  const mapped = mapping.flatMap((key, index) => (key ? [index] : []));
  const shown = rows.slice(0, 10);
  return (
    <ScrollRegion label="Rows preview">
      <table>
        <caption>
          Preview: the first {count.format(shown.length)} of {count.format(rows.length)} rows
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {mapped.map((index) => (
              <th key={index} scope="col">
                {headers[index]}
              </th>
            ))}
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.rowNumber}>
              <td>{row.rowNumber}</td>
              {mapped.map((index) => (
                <td key={index}>{unguardCell(row.cells[index] ?? '')}</td>
              ))}
              <td className={row.problems.length ? 'status-failed' : 'status-created'}>
                {row.problems.length
                  ? `${row.problems.length} problem${row.problems.length === 1 ? '' : 's'}`
                  : 'Ready'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
