import { useQueries } from '@tanstack/react-query';
import { useServices } from '@/app/services';
import type { ExternalIdValue } from '@/models/record-fields';
import { externalIdUrl } from './external-id-link';
import { externalSourceQueryOptions, type ExternalSource } from './external-source-query';
import type { DetailRow } from './field-value';
import { DetailSection } from './detail-section';

/** What the page knows of an external id's source: loading, gone, or the source itself. */
export type SourceState = ExternalSource | null | undefined;

export function sourceLabel(externalId: ExternalIdValue, source: SourceState): string {
  if (source) return source.name;
  const ref = externalId.externalSource;
  if (source === null) return `${ref?.name ?? ref?.id ?? 'Unknown'} (deleted source)`;
  return ref?.name ?? 'External id';
}

export function ExternalIdValueCell({ value, source }: { value: string; source: SourceState }) {
  // Only an active source links: an inactive one is kept for its history, not to be opened.
  const href =
    source && source.active !== false
      ? externalIdUrl(source.linkConfiguration?.uriTemplate, value)
      : null;
  return (
    <>
      {value}
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener noreferrer" className="external-id-link">
            Open in {source?.name} (new tab)
          </a>
        </>
      ) : null}
    </>
  );
}

/**
 * A record's external ids, each under its source's name with a link into that source built from
 * its URI template. The record holds only the source's id (the sandbox, like Genesys without
 * expand, sends no more), so each distinct source is read once and cached.
 */
export function ExternalIdsSection({ externalIds }: { externalIds: readonly ExternalIdValue[] }) {
  const { api } = useServices();
  const sourceIds = [
    ...new Set(externalIds.flatMap((id) => (id.externalSource?.id ? [id.externalSource.id] : []))),
  ];
  const results = useQueries({
    queries: sourceIds.map((id) => externalSourceQueryOptions(api, id)),
  });
  const sources = new Map(sourceIds.map((id, index) => [id, results[index]?.data]));
  const rows: DetailRow[] = externalIds.map((externalId) => {
    const source = externalId.externalSource?.id
      ? sources.get(externalId.externalSource.id)
      : undefined;
    return [
      sourceLabel(externalId, source),
      <ExternalIdValueCell value={externalId.value ?? ''} source={source} />,
    ];
  });
  return <DetailSection title="External ids" rows={rows} />;
}
