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
 * The source as the record brought it, when it was read with `expand=externalSources` (a bare
 * reference has neither a name nor an active flag).
 */
export function expandedSource(externalId: ExternalIdValue): ExternalSource | undefined {
  const ref = externalId.externalSource;
  return ref?.id && typeof ref.name === 'string' && typeof ref.active === 'boolean'
    ? { ...ref, id: ref.id, name: ref.name }
    : undefined;
}

/**
 * A record's external ids, each under its source's name with a link into that source built from
 * its URI template. Without `expand=externalSources` the record holds only the source's id, so
 * each distinct source is read once and cached; a source the record brought expanded seeds that
 * cache instead of a request (a source already cached is kept, and refreshed as usual).
 */
export function ExternalIdsSection({ externalIds }: { externalIds: readonly ExternalIdValue[] }) {
  const { api } = useServices();
  const sourceIds = [
    ...new Set(externalIds.flatMap((id) => (id.externalSource?.id ? [id.externalSource.id] : []))),
  ];
  const results = useQueries({
    queries: sourceIds.map((id) => {
      const brought = externalIds.map(expandedSource).find((source) => source?.id === id);
      return {
        ...externalSourceQueryOptions(api, id),
        ...(brought ? { initialData: brought } : {}),
      };
    }),
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
