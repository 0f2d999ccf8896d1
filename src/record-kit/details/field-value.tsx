import type { ReactNode } from 'react';
import {
  ADDRESS_PARTS,
  asRecord,
  formatFieldValue,
  phoneDisplay,
  type PhoneNumber,
  type RecordField,
} from '@/models/record-fields';

/** Only web links become clickable: a javascript: or data: URL from the API stays text. */
export function SafeLink({ url }: { url: string | undefined }): ReactNode {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return url;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}

export function PhoneValue({ phone }: { phone: PhoneNumber | undefined }): ReactNode {
  const shown = phoneDisplay(phone);
  if (!phone || !shown) return null;
  return (
    <>
      {shown}
      {phone.e164 ? <span className="muted"> · E.164 {phone.e164}</span> : null}
      {phone.acceptsSMS ? <span className="muted"> · accepts SMS</span> : null}
    </>
  );
}

export function ListValue({ items }: { items: ReactNode[] }): ReactNode {
  const shown = items.filter((item) => item !== null && item !== undefined && item !== '');
  if (shown.length === 0) return null;
  return (
    <ul>
      {shown.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export type DetailRow = readonly [label: string, value: ReactNode];

/**
 * The label/value rows one field shows on a detail page, by its kind. API text only ever goes
 * through React text nodes. `reference` renders a link to a referenced record (the feature knows
 * its route).
 */
export function fieldRows(
  field: RecordField,
  value: unknown,
  reference: (field: RecordField, ref: { id: string; name?: string }) => ReactNode,
): DetailRow[] {
  if (value === undefined || value === null) return [];
  switch (field.kind) {
    case 'phone':
      return [[field.label, <PhoneValue key={field.key} phone={value as PhoneNumber} />]];
    case 'email':
      return typeof value === 'string' && value
        ? [[field.label, <a href={`mailto:${value}`}>{value}</a>]]
        : [];
    case 'url':
      return [[field.label, <SafeLink url={typeof value === 'string' ? value : undefined} />]];
    case 'address': {
      const address = asRecord(value);
      return ADDRESS_PARTS.map((part) => [part.label, address[part.key] as ReactNode] as const);
    }
    case 'twitter': {
      const twitter = asRecord(value);
      return [
        [field.label, twitter.screenName as ReactNode],
        ['Twitter name', twitter.name as ReactNode],
        ['Twitter id', twitter.id as ReactNode],
      ];
    }
    case 'reference': {
      const ref = asRecord(value);
      return typeof ref.id === 'string'
        ? [
            [
              field.label,
              reference(field, {
                id: ref.id,
                ...(typeof ref.name === 'string' ? { name: ref.name } : {}),
              }),
            ],
          ]
        : [];
    }
    case 'textList': {
      const items = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
      return [
        [
          field.label,
          <ListValue
            items={items.map((item) =>
              /^https?:\/\//i.test(item) ? <SafeLink url={item} /> : item,
            )}
          />,
        ],
      ];
    }
    default:
      return [[field.label, formatFieldValue(field, value)]];
  }
}
