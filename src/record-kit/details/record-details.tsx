import type { ReactNode } from 'react';
import { formatDateTime } from '@/models/format-date';
import { fieldValue, type RecordBase, type RecordField } from '@/models/record-fields';
import { DetailSection, isEmptyValue as isEmpty } from './detail-section';
import { ExternalIdsSection } from './external-ids-section';
import { fieldRows, ListValue, type DetailRow } from './field-value';
import '@/ui/ui.css';
import './record-details.css';

export { DetailSection };

export interface DetailSectionSpec {
  title: string;
  rows: DetailRow[];
  /** A section with its own rendering (custom fields, merge information, external ids). */
  node?: ReactNode;
  /** False when `node` has nothing to show: then it joins the "nothing recorded" line. */
  hasContent?: boolean;
}

/** The sections of a record's fields, in the order its definition lists them. */
export function fieldSections(
  record: RecordBase,
  fields: readonly RecordField[],
  reference: (field: RecordField, ref: { id: string; name?: string }) => ReactNode,
): DetailSectionSpec[] {
  const sections = new Map<string, DetailRow[]>();
  for (const field of fields) {
    const rows = sections.get(field.section) ?? [];
    rows.push(...fieldRows(field, fieldValue(record, field), reference));
    sections.set(field.section, rows);
  }
  return [...sections].map(([title, rows]) => ({ title, rows }));
}

/** What every contact and organization has beside its own fields. */
export function baseSections(record: RecordBase, idLabel: string): DetailSectionSpec[] {
  return [
    {
      title: 'External ids',
      rows: [],
      node: <ExternalIdsSection key="external-ids" externalIds={record.externalIds ?? []} />,
      hasContent: (record.externalIds ?? []).length > 0,
    },
    {
      title: 'Identifiers',
      rows: (record.identifiers ?? []).map(
        (identifier) => [identifier.type ?? 'Identifier', identifier.value] as const,
      ),
    },
    {
      title: 'Record',
      rows: [
        ['Division', record.division?.name ?? record.division?.id],
        ['Created', formatDateTime(record.createDate)],
        ['Modified', formatDateTime(record.modifyDate)],
        [
          'Data sources',
          <ListValue items={(record.externalDataSources ?? []).map((source) => source.platform)} />,
        ],
        [idLabel, record.id],
      ],
    },
  ];
}

const hasRows = (section: DetailSectionSpec) =>
  section.node !== undefined
    ? section.hasContent !== false
    : section.rows.some(([, value]) => !isEmpty(value) && !isEmptyList(value));

// A ListValue with nothing in it renders nothing: look at its items, not at the element.
function isEmptyList(value: ReactNode): boolean {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type !== ListValue) return false;
  const items = (value.props as { items: ReactNode[] }).items;
  return items.every((item) => item === null || item === undefined || item === '');
}

/**
 * Every section that holds something, as a card; the empty ones are named on one line instead
 * of a card each saying "Nothing recorded".
 */
export function RecordDetails({ sections }: { sections: DetailSectionSpec[] }) {
  const shown = sections.filter(hasRows);
  const empty = sections.filter((section) => !hasRows(section)).map((section) => section.title);
  return (
    <>
      <div className="detail-grid">
        {shown.map(
          (section) =>
            section.node ?? (
              <DetailSection
                key={section.title}
                title={section.title}
                rows={section.rows.filter(([, value]) => !isEmptyList(value))}
              />
            ),
        )}
      </div>
      {empty.length > 0 ? (
        <p className="muted record-empty-sections">Nothing recorded in {empty.join(', ')}.</p>
      ) : null}
    </>
  );
}
