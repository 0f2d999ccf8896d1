import { Link } from '@tanstack/react-router';
import {
  ADDRESS_PARTS,
  asRecord,
  fieldValue,
  formatFieldValue,
  primaryPhone,
  type NamedRef,
  type RecordBase,
  type RecordField,
} from '@/models/record-fields';
import { formatDateTime } from '@/models/format-date';
import type { RecordEntity } from '../entity';
import { NAME_COLUMN_ID, type RecordColumn, type ReferenceTarget } from './record-column';
import { ReferenceLink } from './reference-link';

export interface ColumnOptions<Read> {
  /** The fields the list API sorts by (CONTACT_SORT_FIELDS…): their columns get a sort button. */
  sortFields: readonly string[];
  /** What sorting the name column sorts by (contacts: lastName); none when the API cannot. */
  nameSortField?: string;
  /** Where each reference field points, by field key. A reference without a target is text. */
  references?: Readonly<Record<string, ReferenceTarget>>;
  /** Columns only the feature knows how to show (the contact's type badge), after the name. */
  extras?: readonly RecordColumn<Read>[];
}

/** The part of an entity the columns need: an organization's Contacts tab lists contacts. */
export type ColumnEntity<Read extends RecordBase> = Pick<
  RecordEntity<Read>,
  'fields' | 'name' | 'links'
>;

const addressPart = (key: 'city' | 'countryCode') =>
  ADDRESS_PARTS.find((part) => part.key === key)?.label ?? key;

function fieldColumns<Read extends RecordBase>(
  field: RecordField,
  entity: ColumnEntity<Read>,
  options: ColumnOptions<Read>,
): RecordColumn<Read>[] {
  const sortField = options.sortFields.includes(field.key) ? field.key : undefined;
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'url':
    case 'number':
    case 'boolean':
      return [
        {
          id: field.key,
          label: field.label,
          sortField,
          render: (record) => formatFieldValue(field, fieldValue(record, field)),
        },
      ];
    case 'reference': {
      const target = options.references?.[field.key];
      return [
        {
          id: field.key,
          label: field.label,
          sortField,
          render: (record) => {
            const reference = asRecord(fieldValue(record, field));
            if (typeof reference.id !== 'string' || !reference.id) return null;
            return target ? (
              <ReferenceLink target={target} reference={reference as unknown as NamedRef} />
            ) : (
              formatFieldValue(field, reference)
            );
          },
        },
      ];
    }
    case 'phone':
      // Every phone slot shares one column: the first one the record has.
      return [
        { id: 'phone', label: 'Phone', render: (record) => primaryPhone(record, entity.fields) },
      ];
    case 'address':
      return [
        {
          id: 'city',
          label: addressPart('city'),
          render: (record) => asRecord(fieldValue(record, field)).city as string | undefined,
        },
        {
          id: 'country',
          label: addressPart('countryCode'),
          render: (record) => asRecord(fieldValue(record, field)).countryCode as string | undefined,
        },
      ];
    default:
      // Lists, social ids and structured values do not fit a cell.
      return [];
  }
}

/**
 * Every column a table of `entity` can show, from its field list: the name (with the link)
 * first, then the feature's extras, the fields by kind in their defined order, and the record's
 * division and modification date.
 */
export function deriveRecordColumns<Read extends RecordBase>(
  entity: ColumnEntity<Read>,
  options: ColumnOptions<Read>,
): RecordColumn<Read>[] {
  const name: RecordColumn<Read> = {
    id: NAME_COLUMN_ID,
    label: 'Name',
    sortField: options.nameSortField,
    render: (record) => <Link {...entity.links.detail(record.id)}>{entity.name(record)}</Link>,
  };
  const columns: RecordColumn<Read>[] = [name, ...(options.extras ?? [])];
  const seen = new Set(columns.map((column) => column.id));
  for (const field of entity.fields) {
    for (const column of fieldColumns(field, entity, options)) {
      // A field the name column already shows (an organization's name), or a second phone slot.
      if (seen.has(column.id)) continue;
      seen.add(column.id);
      columns.push(column);
    }
  }
  columns.push(
    { id: 'division', label: 'Division', render: (record) => record.division?.name },
    { id: 'modified', label: 'Modified', render: (record) => formatDateTime(record.modifyDate) },
  );
  return columns;
}
