import type { ApiClient } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import { bulkFetchContacts, BULK_MAX, chunk } from './bulk-api';
import { readWithRetries, type Sleep } from './read-retries';

export type ExportKind = 'contacts' | 'organizations';

interface ScanPage<T> {
  entities?: T[];
  cursors?: { after?: string };
  nextUri?: string;
}

/** 200 is the scan's largest page: the fewest round trips. */
export const SCAN_PAGE = 200;

export interface ScanOptions {
  api: ApiClient;
  divisionId: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: (read: number) => void;
  sleep?: Sleep;
  /** Stop once this many are read (the bench measures a fixed count). */
  maxRecords?: number;
}

/**
 * Every record of a kind (optionally one division) through GET /scan/*: cursor pages of 200,
 * each page retried on its own when the failure may pass. Abort the signal to stop.
 */
async function scanAll<T>(path: string, options: ScanOptions): Promise<T[]> {
  const records: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await readWithRetries(
      () =>
        options.api<ScanPage<T>>(path, {
          query: { limit: SCAN_PAGE, cursor, divisionId: options.divisionId },
          signal: options.signal,
        }),
      { signal: options.signal, ...(options.sleep ? { sleep: options.sleep } : {}) },
    );
    records.push(...(page.entities ?? []));
    if (options.maxRecords !== undefined && records.length >= options.maxRecords) {
      records.length = options.maxRecords;
      options.onProgress?.(records.length);
      break;
    }
    options.onProgress?.(records.length);
    // The end is the absence of a next page (domain-rules.md §6).
    cursor = page.nextUri ? page.cursors?.after : undefined;
  } while (cursor);
  return records;
}

export const scanContacts = (options: ScanOptions) =>
  scanAll<ExternalContact>('/externalcontacts/scan/contacts', options);

export const scanOrganizations = (options: ScanOptions) =>
  scanAll<ExternalOrganization>('/externalcontacts/scan/organizations', options);

/**
 * The selected contacts through POST /bulk/contacts, 200 ids a request, in the order selected.
 * Ids that could not be read are returned with the API's message.
 */
export async function fetchContactsById(
  api: ApiClient,
  ids: readonly string[],
): Promise<{ contacts: ExternalContact[]; missing: { id: string; message: string }[] }> {
  const byId = new Map<string, ExternalContact>();
  const missing: { id: string; message: string }[] = [];
  for (const part of chunk(ids, BULK_MAX)) {
    const answer = await readWithRetries(() => bulkFetchContacts(api, part));
    for (const result of answer.results ?? []) {
      if (result.success && result.entity) byId.set(result.id ?? result.entity.id, result.entity);
      else if (result.id)
        missing.push({ id: result.id, message: result.error?.message ?? 'Not found.' });
    }
  }
  return { contacts: ids.flatMap((id) => byId.get(id) ?? []), missing };
}
