import { GuxButtonSlot } from 'genesys-spark-components-react';
import { csvFileText, downloadCsv, type CsvTable } from './export-csv';
import { CsvPreview, FormulaGuardNote, PREVIEW_ROWS } from './csv-preview';

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
      <FormulaGuardNote />
      <div className="bulk-actions">
        <GuxButtonSlot accent="primary">
          <button type="button" onClick={() => downloadCsv(csvFileText(table), fileName)}>
            Download CSV ({count.format(table.rows.length)} {noun})
          </button>
        </GuxButtonSlot>
        <span className="muted">{fileName}</span>
      </div>
    </div>
  );
}
