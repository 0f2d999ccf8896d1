import type { CsvTable } from './export-csv';
import { ScrollTable } from './scroll-region';
import './bulk.css';

/** How many rows the preview shows: enough to see the columns, small enough to read. */
export const PREVIEW_ROWS = 10;

/**
 * The first rows exactly as the file's cells will read: the guarded text, shown as text by
 * React (never as HTML), so what the preview shows is what a spreadsheet will open.
 */
export function CsvPreview({ table, caption }: { table: CsvTable; caption: string }) {
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <ScrollTable caption={caption} columns={table.header}>
      {rows.map((row, index) => (
        <tr key={index}>
          {row.map((cell, column) => (
            <td key={column}>{cell}</td>
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
