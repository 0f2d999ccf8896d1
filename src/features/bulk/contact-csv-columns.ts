import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import {
  asRecord,
  fieldsOfKind,
  fieldValue,
  type PhoneNumber,
  type RecordField,
} from '@/models/record-fields';
import type { RecordFormValues } from '@/record-kit/form/record-form-values';
import {
  divisionColumn,
  fieldColumns,
  idColumn,
  schemaIdColumn,
  type CsvColumn,
} from './csv-field-columns';

/**
 * The one CSV layout of a record kind, shared by export and import so an exported file
 * re-imports: each column has the header export writes, the other headers import recognises
 * (compared without case, spaces, dashes or underscores), how it reads a record and where it goes
 * in the record form's values. Columns without `write` (Id, Organization name, Division, Schema
 * id) are not imported. Contacts' layout is here; organizations' in organization-csv-columns.ts.
 */
export interface ImportCsvColumn<Read extends object> extends CsvColumn<Read> {
  write?: (values: RecordFormValues, cell: string) => void;
  /** A cell this column cannot take, said so on its row rather than guessed. */
  problem?: (cell: string) => string | undefined;
}

export type ContactCsvColumn = ImportCsvColumn<ExternalContact>;

/** A cell that is not one of these is reported on its row, not guessed. */
export const YES_NO_VALUES: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  no: false,
  n: false,
  false: false,
  '0': false,
  '': false,
};

/** Read as plain field definitions: which optional parts a field has is the model's business. */
const FIELDS: readonly RecordField[] = CONTACT_FIELDS;
const PHONE_FIELDS = fieldsOfKind(FIELDS, 'phone');

/**
 * Lists (tags, websites) share one cell: the console's files join them with `; `, Genesys' export
 * jobs with `|`. The form holds one item a line.
 */
export const listCellItems = (cell: string) =>
  cell
    .split(/[;|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** How a cell goes into the record form's values, by the column's field kind. */
export function importOf<Read extends object>(
  column: CsvColumn<Read>,
): Partial<ImportCsvColumn<Read>> {
  const { field, part } = column;
  if (!field || column.forReference) return {};
  const set = (values: RecordFormValues, value: unknown) => {
    values[field.key] = value;
  };
  switch (field.kind) {
    case 'phone':
      return { write: (values, cell) => set(values, { display: cell }) };
    case 'address':
      return {
        write: (values, cell) =>
          set(values, { ...asRecord(values[field.key]), [part?.key ?? '']: cell }),
      };
    case 'twitter':
      return { write: (values, cell) => set(values, { screenName: cell }) };
    case 'boolean':
      return {
        write: (values, cell) => set(values, YES_NO_VALUES[cell.toLowerCase()] ?? false),
        problem: (cell) =>
          YES_NO_VALUES[cell.toLowerCase()] === undefined
            ? `${column.header} must be yes or no (or true/false, 1/0), or empty.`
            : undefined,
      };
    case 'reference':
      return { write: (values, cell) => set(values, cell ? { id: cell } : null) };
    // A number goes as typed: the form's rule says what is wrong with one that is not.
    case 'text':
    case 'email':
    case 'url':
    case 'number':
      return { write: (values, cell) => set(values, cell) };
    case 'textList':
      return { write: (values, cell) => set(values, listCellItems(cell).join('\n')) };
    default:
      return {};
  }
}

/** The form keeps one country for all phones; export reads the first one set. */
export const phoneCountryColumn = <Read extends object>(
  fields: readonly RecordField[],
): ImportCsvColumn<Read> => ({
  key: 'phoneCountry',
  header: 'Phone country',
  aliases: ['phone country code', 'normalization country code'],
  read: (record) =>
    fieldsOfKind(fields, 'phone')
      .map(
        (field) => (fieldValue(record, field) as PhoneNumber | undefined)?.normalizationCountryCode,
      )
      .find(Boolean) ?? '',
  write: (values, cell) => {
    values.phoneCountry = cell.toUpperCase();
  },
});

/**
 * Every row needs a name (the API requires none for a contact; a record without one cannot be
 * found again, nor looked for after a lost answer): the fields whose autocomplete tokens say
 * they are one.
 */
export const nameFieldsOf = (fields: readonly RecordField[]) =>
  fields.filter(
    (field) =>
      field.autoComplete === 'given-name' ||
      field.autoComplete === 'family-name' ||
      field.autoComplete === 'organization',
  );

const lastPhone = PHONE_FIELDS.at(-1);

export const CONTACT_CSV_COLUMNS: readonly ContactCsvColumn[] = [
  idColumn<ExternalContact>(['contact id', 'external contact id']),
  // The phone country follows the phones it applies to.
  ...fieldColumns<ExternalContact>(FIELDS).flatMap((column) => [
    { ...column, ...importOf(column) },
    ...(column.field === lastPhone ? [phoneCountryColumn<ExternalContact>(FIELDS)] : []),
  ]),
  divisionColumn<ExternalContact>(),
  // Custom-field columns follow it in a file (export-custom-fields.ts, csv-custom-fields.ts).
  schemaIdColumn<ExternalContact>(),
];

/**
 * The columns a file's column can be mapped to. `Schema id` writes nothing: each row's is
 * checked against the schema chosen for the import (import-rows.ts).
 */
export const IMPORTABLE_COLUMNS = CONTACT_CSV_COLUMNS.filter(
  (column) => column.write || column.key === 'schema.id',
);

export function columnByKey(key: string): ContactCsvColumn | undefined {
  return CONTACT_CSV_COLUMNS.find((column) => column.key === key);
}

/**
 * A contact without a name is not useful: a mapping must include a given or a family name, and
 * each row must fill one. Found by the fields' autocomplete tokens, which say what a name is.
 */
export const NAME_FIELDS = nameFieldsOf(FIELDS);
export const NAME_KEYS: readonly string[] = NAME_FIELDS.map((field) => field.key);
