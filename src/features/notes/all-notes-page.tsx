import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { PageHeader } from '@/ui/page-header';
import { fetchNoteScanPage, noteKeys } from './api';
import { formatCount, formatWhen } from './format';
import type { Note } from './note-model';
import { VirtualScanList } from './virtual-scan-list';

/** The infinite query over GET /scan/notes; the loader prefetches its first page. */
export function noteScanQueryOptions(api: ReturnType<typeof useServices>['api']) {
  return {
    queryKey: noteKeys.scan(),
    queryFn: ({ pageParam, signal }: { pageParam: string | undefined; signal: AbortSignal }) =>
      fetchNoteScanPage(api, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { cursors?: { after?: string }; entities?: Note[] }) =>
      last.cursors?.after && (last.entities?.length ?? 0) > 0 ? last.cursors.after : undefined,
  };
}

/** Every note of the org through the scan API, newest ids last, each linked to its record. */
export function AllNotesPage() {
  const { api } = useServices();
  const query = useInfiniteQuery(noteScanQueryOptions(api));
  return (
    <div className="page">
      <PageHeader title="All notes">
        <p className="muted">
          Every note on contacts and organizations, read through the scan API.
        </p>
      </PageHeader>
      <VirtualScanList<Note>
        label="All notes"
        noun="notes"
        query={query}
        estimateSize={92}
        itemKey={(note) => note.id}
        renderItem={(note, index) => <ScanNote note={note} position={index + 1} />}
      />
    </div>
  );
}

function ScanNote({ note, position }: { note: Note; position: number }) {
  const entityId = note.entityId ?? '';
  const preview = (note.noteText ?? '').slice(0, 400);
  return (
    <article aria-label={`Note ${formatCount(position)}`}>
      <div className="note-meta">
        <span className="muted">{formatCount(position)}.</span>
        {note.entityType === 'organization' ? (
          <Link to="/organizations/$organizationId/notes" params={{ organizationId: entityId }}>
            Organization {entityId.slice(0, 8)}
          </Link>
        ) : (
          <Link to="/contacts/$contactId/notes" params={{ contactId: entityId }}>
            Contact {entityId.slice(0, 8)}
          </Link>
        )}
        <time dateTime={note.createDate}>{formatWhen(note.createDate)}</time>
      </div>
      {/* A preview only: plain text, never HTML; the full note is on its record. */}
      <p className="note-text">{preview}</p>
    </article>
  );
}
