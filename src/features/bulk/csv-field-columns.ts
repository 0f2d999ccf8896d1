import type { NamedRef, RecordBase } from '@/models/record-fields';
import {
  ADDRESS_PARTS,
  asRecord,
  fieldValue,
  type AddressPart,
  type FieldKind,
  type PhoneNumber,
  type RecordField,
} from '@/models/record-fields';

/**
 * The CSV columns a record's field list makes (src/models/*-fields.ts), read by kind: what an
 * export writes for contacts and organizations alike. The contacts' import adds how each column
 * goes back into the form (contact-csv-columns.ts).
 */
export interface CsvColumn<Read> {
  key: string;
  header: string;
  aliases: readonly string[];
  /** The field the column comes from, and for an address the part of it. */
  field?: RecordField;
  part?: AddressPart;
  /**
   * Written for people to read and ignored on import (Id, Division, a reference's name): the
   * import recognises the header and leaves the column out without calling it unknown.
   */
  forReference?: true;
  read: (record: Read) => string;
}

/**
 * Headers export has always written where they differ from the form's labels: people's
 * spreadsheets and scripts read columns by header, so a relabelled form field does not move them.
 */
const EXPORTED_HEADERS: Readonly<Record<string, string>> = {
  'State or region': 'State',
  'Opted out of surveys': 'Survey opt-out',
  'Phone number': 'Phone',
  'Fax number': 'Fax',
};
const headerFor = (label: string) => EXPORTED_HEADERS[label] ?? label;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Lists go in one cell, separated the way people write them. */
const listText = (value: unknown) =>
  (Array.isArray(value) ? value : []).filter((item) => typeof item === 'string' && item).join('; ');

/**
 * The file's column order, by kind: names first, then the ways to reach the record, where it
 * is, its figures and lists, and its settings. Structured fields (messaging ids) are left out.
 */
const KIND_ORDER: readonly FieldKind[] = [
  'text',
  'email',
  'phone',
  'address',
  'number',
  'textList',
  'twitter',
  'url',
  'boolean',
  'reference',
];

function columnsOf<Read extends object>(field: RecordField): CsvColumn<Read>[] {
  const value = (record: Read) => fieldValue(record, field);
  const base = {
    key: field.key,
    header: headerFor(field.label),
    aliases: field.csvAliases ?? [],
    field,
  };
  switch (field.kind) {
    case 'phone':
      return [
        { ...base, read: (record) => (value(record) as PhoneNumber | undefined)?.display ?? '' },
      ];
    case 'address':
      return ADDRESS_PARTS.map((part) => ({
        ...base,
        key: `${field.key}.${part.key}`,
        header: headerFor(part.label),
        aliases: part.csvAliases,
        part,
        read: (record) => text(asRecord(value(record))[part.key]),
      }));
    case 'twitter':
      return [
        {
          ...base,
          key: `${field.key}.screenName`,
          read: (record) => text(asRecord(value(record)).screenName),
        },
      ];
    case 'boolean':
      return [
        {
          ...base,
          read: (record) => {
            const flag = value(record);
            return typeof flag === 'boolean' ? (flag ? 'yes' : 'no') : '';
          },
        },
      ];
    case 'reference':
      // The record it points to goes by id, which an import can send back; its name beside it
      // is for people (filled in from a batch read when the API gives the id only).
      return [
        {
          ...base,
          header: `${field.label} id`,
          read: (record) => text(asRecord(value(record)).id),
        },
        {
          key: `${field.key}.name`,
          header: `${field.label} name`,
          aliases: [],
          field,
          forReference: true,
          read: (record) => text(asRecord(value(record)).name),
        },
      ];
    case 'number':
      return [
        {
          ...base,
          read: (record) => (typeof value(record) === 'number' ? String(value(record)) : ''),
        },
      ];
    case 'textList':
      return [{ ...base, read: (record) => listText(value(record)) }];
    case 'structured':
      return [];
    default:
      return [{ ...base, read: (record) => text(value(record)) }];
  }
}

const kindRank = (field: RecordField) => {
  const rank = KIND_ORDER.indexOf(field.kind);
  return rank < 0 ? KIND_ORDER.length : rank;
};

/** A field list's columns in the file's order (stable: fields of one kind keep theirs). */
export const fieldColumns = <Read extends object>(fields: readonly RecordField[]) =>
  [...fields].sort((a, b) => kindRank(a) - kindRank(b)).flatMap((field) => columnsOf<Read>(field));

/** Exported for reference, ignored on import: ids are the API's. */
export const idColumn = <Read extends RecordBase>(aliases: readonly string[] = []) =>
  ({
    key: 'id',
    header: 'Id',
    aliases,
    forReference: true,
    read: (record: Read) => record.id,
  }) satisfies CsvColumn<Read>;

/** Exported for reference, ignored on import: the division is chosen on the import page. */
export const divisionColumn = <Read extends { division?: NamedRef }>() =>
  ({
    key: 'division',
    header: 'Division',
    // Export job files name it `division.name` and `division.id`.
    aliases: ['division name', 'division id'],
    forReference: true,
    read: (record: Read) => record.division?.name ?? record.division?.id ?? '',
  }) satisfies CsvColumn<Read>;

/**
 * The schema the record's custom fields belong to; the custom-field columns follow it
 * (export-custom-fields.ts). An import maps them back through it.
 */
export const schemaIdColumn = <Read extends RecordBase>() =>
  ({
    key: 'schema.id',
    header: 'Schema id',
    aliases: ['schema'],
    read: (record: Read) => record.schema?.id ?? '',
  }) satisfies CsvColumn<Read>;
