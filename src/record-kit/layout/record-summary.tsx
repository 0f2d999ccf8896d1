import type { ReactNode } from 'react';
import {
  fieldsOfKind,
  fieldValue,
  formatFieldValue,
  primaryPhone,
  type RecordBase,
  type RecordField,
} from '@/models/record-fields';
import './record-layout.css';

export interface SummaryItem {
  label: string;
  value: ReactNode;
}

/**
 * The facts people look for first (like Genesys' profile panel or Salesforce's highlights): the
 * main phone, the first email, what the record references and its division, from the fields.
 */
export function summaryItems(
  record: RecordBase,
  fields: readonly RecordField[],
  reference: (field: RecordField, ref: { id: string; name?: string }) => ReactNode,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const phone = primaryPhone(record, fields);
  if (phone) items.push({ label: 'Phone', value: phone });
  const email = fieldsOfKind(fields, 'email')
    .map((field) => formatFieldValue(field, fieldValue(record, field)))
    .find(Boolean);
  if (email) items.push({ label: 'Email', value: <a href={`mailto:${email}`}>{email}</a> });
  for (const field of fieldsOfKind(fields, 'reference')) {
    const ref = fieldValue(record, field) as { id?: string; name?: string } | undefined;
    if (ref?.id)
      items.push({ label: field.label, value: reference(field, { ...ref, id: ref.id }) });
  }
  const division = record.division?.name;
  if (division) items.push({ label: 'Division', value: division });
  return items;
}

export function RecordSummary({ items }: { items: SummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <dl className="record-summary" aria-label="Summary">
      {items.map((item) => (
        <div key={item.label} className="record-summary-item">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
