import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import type { ExternalIdValue } from '@/models/record-fields';

export type ReferenceKind = 'contacts' | 'organizations';

/** A contact or organization whose external ids name the source. */
export interface ReferencingRecord {
  id: string;
  name: string;
}

/** How far one kind's scan has got; `matches` grows as pages arrive. */
export interface KindScanProgress {
  scanned: number;
  matches: ReferencingRecord[];
  status: 'running' | 'done' | 'stopped' | 'failed';
  error?: string;
}

interface ScanRecord {
  id: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  externalIds?: ExternalIdValue[];
}

interface ScanPage {
  entities?: ScanRecord[];
  cursors?: { after?: string };
}

const SCAN_PATH: Record<ReferenceKind, string> = {
  contacts: '/externalcontacts/scan/contacts',
  organizations: '/externalcontacts/scan/organizations',
};

/** The largest page the scan API gives (limit 10–200): fewest requests against the rate limit. */
const SCAN_PAGE_LIMIT = 200;

export const referencesSource = (record: { externalIds?: ExternalIdValue[] }, sourceId: string) =>
  (record.externalIds ?? []).some((externalId) => externalId.externalSource?.id === sourceId);

const recordName = (record: ScanRecord): string =>
  record.name ??
  ([record.firstName, record.lastName].filter(Boolean).join(' ') || `(no name) ${record.id}`);

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Reads every record of one kind through the cursor scan and reports, page by page, those whose
 * external ids name `sourceId`. Genesys has no query for "records on this source", and at
 * millions of records this takes a while: `signal` stops it between pages, keeping what was
 * found. A 429 waits for its Retry-After and goes on.
 */
export async function scanReferences(
  api: ApiClient,
  kind: ReferenceKind,
  sourceId: string,
  signal: AbortSignal,
  onProgress: (progress: KindScanProgress) => void,
): Promise<void> {
  let scanned = 0;
  const matches: ReferencingRecord[] = [];
  let cursor: string | undefined;
  const report = (status: KindScanProgress['status'], error?: string) =>
    onProgress({ scanned, matches: [...matches], status, ...(error ? { error } : {}) });
  report('running');
  for (;;) {
    if (signal.aborted) return report('stopped');
    let page: ScanPage;
    try {
      page = await api<ScanPage>(SCAN_PATH[kind], {
        query: { limit: SCAN_PAGE_LIMIT, cursor },
        signal,
      });
    } catch (error) {
      if (signal.aborted) return report('stopped');
      if (error instanceof ApiError && error.status === 429) {
        await wait((error.retryAfterSeconds ?? 5) * 1000, signal);
        continue;
      }
      return report('failed', error instanceof Error ? error.message : 'The scan failed.');
    }
    const entities = page.entities ?? [];
    scanned += entities.length;
    for (const record of entities) {
      if (referencesSource(record, sourceId)) {
        matches.push({ id: record.id, name: recordName(record) });
      }
    }
    cursor = page.cursors?.after;
    if (!cursor || entities.length === 0) return report('done');
    report('running');
  }
}
