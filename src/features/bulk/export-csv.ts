import type { ExternalContact } from '@/models/contact-fields';
import type { NamedRef } from '@/models/record-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import { CONTACT_CSV_COLUMNS } from './contact-csv-columns';
import { guardCell, toCsvText, UTF8_BOM } from './csv-cells';
import { ORGANIZATION_CSV_COLUMNS } from './organization-csv-columns';

/** A table ready to write: the header and every row's cells, already guarded against formulas. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * The scan and bulk fetch name a record's division by id only: the name is filled in from the
 * divisions the user can see, so the file reads like the console.
 */
function withDivisionName<T extends { division?: NamedRef }>(
  record: T,
  names: ReadonlyMap<string, string>,
): T {
  const division = record.division;
  if (!division || division.name) return record;
  const name = names.get(division.id);
  return name ? { ...record, division: { ...division, name } } : record;
}

export const contactsTable = (
  records: readonly ExternalContact[],
  divisionNames: ReadonlyMap<string, string> = new Map(),
): CsvTable => {
  const contacts = records.map((record) => withDivisionName(record, divisionNames));
  return {
    header: CONTACT_CSV_COLUMNS.map((column) => column.header),
    rows: contacts.map((contact) =>
      CONTACT_CSV_COLUMNS.map((column) => guardCell(column.read(contact))),
    ),
  };
};

export const organizationsTable = (
  records: readonly ExternalOrganization[],
  divisionNames: ReadonlyMap<string, string> = new Map(),
): CsvTable => ({
  header: ORGANIZATION_CSV_COLUMNS.map((column) => column.header),
  rows: records.map((record) => {
    const organization = withDivisionName(record, divisionNames);
    return ORGANIZATION_CSV_COLUMNS.map((column) => guardCell(column.read(organization)));
  }),
});

/** The file's whole text, with the byte-order mark spreadsheets need to read UTF-8. */
export const csvFileText = (table: CsvTable) => UTF8_BOM + toCsvText(table.header, table.rows);

/** A dated file name, so two exports on one day sort together and never overwrite by surprise. */
export function exportFileName(kind: 'contacts' | 'organizations', at = new Date()): string {
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
