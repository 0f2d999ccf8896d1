import type { RowProblem } from './import-rows';
import { ScrollTable } from './scroll-region';
import './bulk.css';

const count = new Intl.NumberFormat();

/** Every problem of every row (or the first ones of a large file), before anything is sent. */
export function ImportProblems({
  problems,
  problemRowCount,
}: {
  problems: readonly RowProblem[];
  problemRowCount: number;
}) {
  if (problems.length === 0) return null;
  return (
    <ScrollTable
      label="Problems found"
      caption={`Problems: ${count.format(problemRowCount)} row${problemRowCount === 1 ? '' : 's'} will be skipped. Fix them in the file and choose it again to include them.`}
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
