import { csvFileText, downloadCsv, type CsvTable } from './export-csv';
import { CsvPreview, PREVIEW_ROWS } from './csv-preview';
import { ActionButton } from '@/ui/action-button';

const count = new Intl.NumberFormat();

/** The preview of an export and its Download button. */
export function ExportPreview({
  table,
  noun,
  fileName,
}: {
  table: CsvTable;
  noun: string;
  fileName: string;
}) {
  const shown = Math.min(PREVIEW_ROWS, table.rows.length);
  return (
    <div className="bulk-steps">
      <CsvPreview
        table={table}
        caption={`Preview: the first ${count.format(shown)} of ${count.format(table.rows.length)} ${noun} as the file will hold them`}
      />
      <p className="muted">
        Cells that start with = + - @ or a tab are written with a leading single quote (&#39;), so a
        spreadsheet shows them as text instead of running them as formulas. Phone numbers and plain
        numbers cannot run anything and are written as they are. Importing the file here takes the
        quote off again. Custom fields are the columns named <q>title [field key]</q>, after the
        schema id.
      </p>
      <div className="bulk-actions">
        <ActionButton accent="primary" onClick={() => downloadCsv(csvFileText(table), fileName)}>
          Download CSV ({count.format(table.rows.length)} {noun})
        </ActionButton>
        <span className="muted">{fileName}</span>
      </div>
    </div>
  );
}
