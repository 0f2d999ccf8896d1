import type { ApiClient } from '@/api/client';
import { createOnce, mayHaveBeenStored } from '@/api/create-once';
import type { ExternalContact } from '@/models/contact-fields';
import { mergeClusterOnce } from './api';
import type { MergeRule } from './merge-rules';

const BULK_LIMIT = 200;

interface BulkResult {
  id?: string;
  success?: boolean;
  entity?: ExternalContact;
}

/**
 * The contacts as stored now, merged-away ones included (POST /bulk/contacts/unresolved): the
 * preview is planned on these, not on the scan's copy, so what is sent is what was shown.
 */
export async function readStoredContacts(
  api: ApiClient,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, ExternalContact>> {
  const found = new Map<string, ExternalContact>();
  for (let start = 0; start < ids.length; start += BULK_LIMIT) {
    const chunk = ids.slice(start, start + BULK_LIMIT);
    const response = await api<{ results?: BulkResult[] }>(
      '/externalcontacts/bulk/contacts/unresolved',
      { method: 'POST', body: { entities: chunk.map((id) => ({ id })) }, signal },
    );
    for (const result of response.results ?? []) {
      if (result.success && result.entity) found.set(result.entity.id, result.entity);
    }
  }
  return found;
}

/** Where these contacts were merged to, if one of them was (a merge is one transaction). */
async function mergedResultOf(api: ApiClient, contactIds: readonly string[]) {
  const stored = await readStoredContacts(api, contactIds);
  const target = [...stored.values()].find((contact) => contact.mergedTo)?.mergedTo?.id;
  return target === undefined ? undefined : { id: target };
}

export interface ClusterMergeRequest {
  scanId: string;
  clusterId: string;
  /** The contacts as planned, in the cluster's order. */
  contactIds: string[];
  rule: MergeRule;
  valueOverride: Record<string, unknown> | null;
}

/**
 * Merges one cluster. Genesys' default is the scan's own merge (PUT …/clusters/{id}/merge),
 * which records the merge on the cluster; another rule is a contacts merge with the plan's
 * valueOverride. Neither is ever sent twice: after an uncertain failure the cluster (or its
 * contacts' `mergedTo`) is read first, and a merge that happened is taken as the answer.
 * Resolves to the merged contact's id.
 */
export async function mergeClusterByRule(
  api: ApiClient,
  request: ClusterMergeRequest,
): Promise<string> {
  if (request.rule === 'default') {
    const cluster = await mergeClusterOnce(api, request.scanId, request.clusterId);
    const contacts = cluster.graph?.vertices?.contacts ?? [];
    const result = contacts.find(
      (vertex) => vertex.contact?.mergedTo ?? vertex.contact?.canonicalContact,
    )?.contact;
    const id = result?.canonicalContact?.id ?? result?.mergedTo?.id;
    if (id === undefined) throw new Error('The merge answered without naming the merged contact.');
    return id;
  }
  const find = () => mergedResultOf(api, request.contactIds);
  try {
    const merged = await createOnce(
      `merge:${[...request.contactIds].sort().join(',')}`,
      () =>
        api<ExternalContact>('/externalcontacts/contacts/merge', {
          method: 'POST',
          body: {
            contactIds: request.contactIds,
            ...(request.valueOverride ? { valueOverride: request.valueOverride } : {}),
          },
        }),
      () => find(),
    );
    return merged.id;
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    const stored = await find().catch(() => undefined);
    if (stored) return stored.id;
    throw error;
  }
}
