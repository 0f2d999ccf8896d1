import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ApiClient } from '@/api/client';
import { useServices } from '@/app/services';
import { formatDateTime } from '@/models/format-date';
import { formatCount } from '@/ui/format';
import { ScanListPage } from '@/ui/scan-list-page';
import { cursorScanQueryOptions } from '@/ui/virtual-scan-list';
import { fetchNoteScanPage, noteKeys } from './api';
import type { Note } from './note-model';
import { noteRecordNamesQueryOptions } from './record-names';
import './notes.css';

/** The infinite query over GET /scan/notes; the loader prefetches its first page. */
export function noteScanQueryOptions(api: ApiClient) {
  return cursorScanQueryOptions<Note>(noteKeys.scan(), (cursor, signal) =>
    fetchNoteScanPage(api, cursor, signal),
  );
}

/** Every note of the org through the scan API, each linked to its record by the record's name. */
export function AllNotesPage() {
  const { api } = useServices();
  const query = useInfiniteQuery(noteScanQueryOptions(api));
  const names = useQueries({
    queries: (query.data?.pages ?? []).map((page) =>
      noteRecordNamesQueryOptions(api, page.entities ?? []),
    ),
    combine: (results) => new Map(results.flatMap((result) => [...(result.data ?? [])])),
  });
  return (
    <ScanListPage<Note>
      title="All notes"
      description="Every note on contacts and organizations, read through the scan API."
      noun="notes"
      query={query}
      estimateSize={92}
      renderItem={(note, index) => (
        <ScanNote note={note} position={index + 1} recordName={names.get(note.entityId ?? '')} />
      )}
    />
  );
}

function ScanNote({
  note,
  position,
  recordName,
}: {
  note: Note;
  position: number;
  /** Unknown while the page's names load, or when the record cannot be read. */
  recordName: string | undefined;
}) {
  const entityId = note.entityId ?? '';
  const preview = (note.noteText ?? '').slice(0, 400);
  const isOrganization = note.entityType === 'organization';
  const kind = isOrganization ? 'Organization' : 'Contact';
  return (
    <article aria-label={`Note ${formatCount(position)}`}>
      <div className="note-meta">
        <span className="muted">{formatCount(position)}.</span>
        <span className="muted">{kind}</span>
        {isOrganization ? (
          <Link to="/organizations/$organizationId/notes" params={{ organizationId: entityId }}>
            {recordName ?? entityId.slice(0, 8)}
          </Link>
        ) : (
          <Link to="/contacts/$contactId/notes" params={{ contactId: entityId }}>
            {recordName ?? entityId.slice(0, 8)}
          </Link>
        )}
        <time dateTime={note.createDate}>{formatDateTime(note.createDate)}</time>
      </div>
      {/* A preview only: plain text, never HTML; the full note is on its record. */}
      <p className="note-text">{preview}</p>
    </article>
  );
}
