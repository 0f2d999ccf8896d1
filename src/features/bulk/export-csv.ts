import type { ExternalContact } from '@/models/contact-fields';
import type { NamedRef, RecordBase } from '@/models/record-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import { CONTACT_CSV_COLUMNS } from './contact-csv-columns';
import { guardCell, toCsvText, UTF8_BOM } from './csv-cells';
import type { CsvColumn } from './csv-field-columns';
import { customFieldColumns, noTitles, type CustomFieldTitle } from './export-custom-fields';
import { ORGANIZATION_CSV_COLUMNS } from './organization-csv-columns';

/** A table ready to write: the header and every row's cells, already guarded against formulas. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * What the bulk reads do not say and the file shows: division and organization names (the API
 * gives ids) and custom-field titles (the schemas hold them).
 */
export interface ExportNames {
  divisions?: ReadonlyMap<string, string>;
  organizations?: ReadonlyMap<string, string>;
  customFieldTitle?: CustomFieldTitle;
}

/** A reference named from the names read, unless the record names it already. */
function named(ref: NamedRef | undefined, names: ReadonlyMap<string, string> | undefined) {
  if (!ref || ref.name) return ref;
  const name = names?.get(ref.id);
  return name ? { ...ref, name } : ref;
}

function recordsTable<Read extends RecordBase>(
  fixed: readonly CsvColumn<Read>[],
  records: readonly Read[],
  titleOf: CustomFieldTitle,
): CsvTable {
  const columns = [...fixed, ...customFieldColumns(records, titleOf)];
  return {
    header: columns.map((column) => guardCell(column.header)),
    rows: records.map((record) => columns.map((column) => guardCell(column.read(record)))),
  };
}

export const contactsTable = (
  records: readonly ExternalContact[],
  names: ExportNames = {},
): CsvTable =>
  recordsTable(
    CONTACT_CSV_COLUMNS,
    records.map((record) => ({
      ...record,
      division: named(record.division, names.divisions),
      externalOrganization: named(record.externalOrganization, names.organizations),
    })),
    names.customFieldTitle ?? noTitles,
  );

export const organizationsTable = (
  records: readonly ExternalOrganization[],
  names: ExportNames = {},
): CsvTable =>
  recordsTable(
    ORGANIZATION_CSV_COLUMNS,
    records.map((record) => ({ ...record, division: named(record.division, names.divisions) })),
    names.customFieldTitle ?? noTitles,
  );

/** The file's whole text, with the byte-order mark spreadsheets need to read UTF-8. */
export const csvFileText = (table: CsvTable) => UTF8_BOM + toCsvText(table.header, table.rows);

/** A dated file name, so two exports on one day sort together and never overwrite by surprise. */
export function exportFileName(kind: string, at = new Date()): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `${kind}-${stamp}.csv`;
}

/** Saves the text as a file through a Blob link: nothing is sent anywhere. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
