import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { contactName, type ExternalContact } from '@/models/contact-fields';
import type { ExternalOrganization } from '@/models/organization-fields';
import { noteKeys } from './api';
import type { Note } from './note-model';

/** Ids per bulk read: Genesys documents no limit, 100 keeps each request modest. */
const BULK_CHUNK = 100;

interface BulkFetchResponse<Entity> {
  results?: { id?: string; success?: boolean; entity?: Entity }[];
}

async function bulkNames<Entity>(
  api: ApiClient,
  path: string,
  ids: readonly string[],
  nameOf: (entity: Entity) => string,
  signal: AbortSignal,
): Promise<[string, string][]> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    chunks.push(ids.slice(start, start + BULK_CHUNK));
  }
  const answers = await Promise.all(
    chunks.map((chunk) =>
      api<BulkFetchResponse<Entity>>(path, {
        method: 'POST',
        body: { entities: chunk.map((id) => ({ id })) },
        signal,
      }).catch((error: unknown) => {
        // No permission for the bulk read, or it failed: those records keep their short ids.
        if (signal.aborted) throw error;
        return {} as BulkFetchResponse<Entity>;
      }),
    ),
  );
  // Keyed by the id asked for: a merged-away contact answers with its surviving contact.
  return answers.flatMap((answer) =>
    (answer.results ?? []).flatMap((result) =>
      result.success && result.id && result.entity
        ? [[result.id, nameOf(result.entity)] as [string, string]]
        : [],
    ),
  );
}

const uniqueIds = (notes: readonly Note[], type: Note['entityType']) =>
  [
    ...new Set(
      notes.flatMap((note) => (note.entityType === type && note.entityId ? [note.entityId] : [])),
    ),
  ].sort();

/**
 * The names of the records a page of scanned notes belongs to. The scan has no expand, so each
 * page costs one bulk read per record type (never one read per note); the key is the page's ids,
 * so a page already named is not read again.
 */
export function noteRecordNamesQueryOptions(api: ApiClient, notes: readonly Note[]) {
  const contactIds = uniqueIds(notes, 'contact');
  const organizationIds = uniqueIds(notes, 'organization');
  return queryOptions({
    queryKey: noteKeys.recordNames(contactIds, organizationIds),
    queryFn: async ({ signal }): Promise<Map<string, string>> => {
      const [contacts, organizations] = await Promise.all([
        bulkNames<ExternalContact>(
          api,
          '/externalcontacts/bulk/contacts',
          contactIds,
          contactName,
          signal,
        ),
        bulkNames<ExternalOrganization>(
          api,
          '/externalcontacts/bulk/organizations',
          organizationIds,
          (organization) => organization.name,
          signal,
        ),
      ]);
      return new Map([...contacts, ...organizations]);
    },
    staleTime: 5 * 60_000,
  });
}
