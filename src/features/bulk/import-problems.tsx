import { unguardCell } from './csv-cells';
import type { CheckedRow } from './import-rows';
import { ScrollTable } from './scroll-region';
import './bulk.css';

const count = new Intl.NumberFormat();

/** Every problem of every row, before anything is sent: row, column and the model's message. */
export function ImportProblems({ rows }: { rows: readonly CheckedRow[] }) {
  const problems = rows.flatMap((row) => row.problems);
  if (problems.length === 0) return null;
  const badRows = rows.filter((row) => row.problems.length > 0).length;
  return (
    <ScrollTable
      label="Problems found"
      caption={`Problems: ${count.format(badRows)} row${badRows === 1 ? '' : 's'} will be skipped. Fix them in the file and choose it again to include them.`}
      columns={['Row', 'Column', 'Problem']}
    >
      {problems.map((problem, index) => (
        <tr key={index}>
          <td>{problem.rowNumber}</td>
          <td>{problem.column}</td>
          <td>{problem.message}</td>
        </tr>
      ))}
    </ScrollTable>
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
    <ScrollTable
      label="Rows preview"
      caption={`Preview: the first ${count.format(shown.length)} of ${count.format(rows.length)} rows`}
      columns={['Row', ...mapped.map((index) => headers[index] ?? ''), 'Check']}
    >
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
    </ScrollTable>
  );
}
