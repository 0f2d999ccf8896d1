import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import type { ApiClient } from '@/api/client';
import { createOnce, mayHaveBeenStored } from '@/api/create-once';
import {
  forgetRecord,
  invalidateLists,
  invalidateResource,
  resourceKeys,
} from '@/api/resource-keys';
import { useServices } from '@/app/services';
import { lookupKeys } from '@/features/lookup';
import { CONTACT_FIELDS, contactName, type ExternalContact } from '@/models/contact-fields';
import { asRecord, fieldsOfKind, type NamedRef } from '@/models/record-fields';
import type { CandidateState } from './merge-warnings';

const CONTACTS = '/externalcontacts/contacts';
const contactKeys = resourceKeys('contacts');
/** What the contact's page reads in the same round trip: its references, identifiers, division. */
const DETAIL_EXPAND = [
  ...fieldsOfKind(CONTACT_FIELDS, 'reference').map((field) => field.key),
  'identifiers',
  'division',
];

/** Under the contacts resource, so anything that invalidates every contact query reaches these. */
export const mergeKeys = {
  all: [...contactKeys.all, 'merge'] as const,
  candidates: (ids: readonly string[]) => [...mergeKeys.all, 'candidates', ids] as const,
  history: (contactId: string, ids: readonly string[]) =>
    [...mergeKeys.all, 'history', contactId, ids] as const,
};

interface BulkFetchResult {
  id?: string;
  success?: boolean;
  status?: number;
  entity?: ExternalContact;
  error?: { message?: string; status?: number };
}

/**
 * The stored records of these ids, merged-away ones included (POST /bulk/contacts/unresolved):
 * a plain read would resolve an ancestor to its canonical contact and hide that it was merged.
 */
async function fetchUnresolved(
  api: ApiClient,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<CandidateState[]> {
  const response = await api<{ results?: BulkFetchResult[] }>(
    '/externalcontacts/bulk/contacts/unresolved',
    { method: 'POST', body: { entities: ids.map((id) => ({ id })) }, signal },
  );
  const results = response.results ?? [];
  return ids.map((id, index): CandidateState => {
    const result = results.find((item) => item.id === id) ?? results[index];
    if (result?.success && result.entity) return { id, state: 'found', contact: result.entity };
    if (result?.status === 404 || result?.error?.status === 404) return { id, state: 'missing' };
    return { id, state: 'failed', message: result?.error?.message ?? 'No answer for this id.' };
  });
}

/** The contact's organization: its one reference field (src/models/contact-fields.ts). */
const ORGANIZATION_KEY = fieldsOfKind(CONTACT_FIELDS, 'reference')[0]?.key ?? '';
const organizationOf = (contact: ExternalContact): NamedRef | undefined => {
  const ref = asRecord((contact as unknown as Record<string, unknown>)[ORGANIZATION_KEY]);
  return typeof ref.id === 'string' ? (ref as unknown as NamedRef) : undefined;
};

/**
 * Bulk reads take no expand: the contacts' organizations come as bare ids. The organization is a
 * choice on the merge screen, so give them their names (one bulk read); without the permission
 * to view organizations the ids stay as they are.
 */
async function withOrganizationNames(
  api: ApiClient,
  candidates: CandidateState[],
  signal?: AbortSignal,
): Promise<CandidateState[]> {
  const ids = [
    ...new Set(
      candidates.flatMap((candidate) => {
        const organization = candidate.state === 'found' ? organizationOf(candidate.contact) : null;
        return organization ? [organization.id] : [];
      }),
    ),
  ];
  if (ids.length === 0) return candidates;
  let names: Map<string, string>;
  try {
    const response = await api<{
      results?: { id?: string; success?: boolean; entity?: { id: string; name?: string } }[];
    }>('/externalcontacts/bulk/organizations', {
      method: 'POST',
      body: { entities: ids.map((id) => ({ id })) },
      signal,
    });
    names = new Map(
      (response.results ?? []).flatMap((result) =>
        result.success && result.entity?.name ? [[result.entity.id, result.entity.name]] : [],
      ),
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    return candidates;
  }
  return candidates.map((candidate) => {
    const organization = candidate.state === 'found' ? organizationOf(candidate.contact) : null;
    const name = organization ? names.get(organization.id) : undefined;
    if (candidate.state !== 'found' || !organization || !name) return candidate;
    return {
      ...candidate,
      contact: { ...candidate.contact, [ORGANIZATION_KEY]: { ...organization, name } },
    };
  });
}

/**
 * A merged-away contact is named by the contact it became: its name comes from the chosen
 * contacts when it is one of them, else from one bulk read. Without an answer the warning
 * says "another contact".
 */
async function withMergedIntoNames(
  api: ApiClient,
  candidates: CandidateState[],
  signal?: AbortSignal,
): Promise<CandidateState[]> {
  const names = new Map<string, string>();
  for (const candidate of candidates) {
    if (candidate.state === 'found') names.set(candidate.id, contactName(candidate.contact));
  }
  const unknown = [
    ...new Set(
      candidates.flatMap((candidate) =>
        candidate.state === 'found' && candidate.contact.mergedTo?.id
          ? [candidate.contact.mergedTo.id]
          : [],
      ),
    ),
  ].filter((id) => !names.has(id));
  if (unknown.length > 0) {
    try {
      const response = await api<{ results?: BulkFetchResult[] }>(
        '/externalcontacts/bulk/contacts',
        { method: 'POST', body: { entities: unknown.map((id) => ({ id })) }, signal },
      );
      unknown.forEach((id, index) => {
        const result =
          response.results?.find((item) => item.id === id) ?? response.results?.[index];
        if (result?.success && result.entity) names.set(id, contactName(result.entity));
      });
    } catch (error) {
      if (signal?.aborted) throw error;
    }
  }
  return candidates.map((candidate) => {
    const targetId = candidate.state === 'found' ? candidate.contact.mergedTo?.id : undefined;
    const name = targetId ? names.get(targetId) : undefined;
    return candidate.state === 'found' && name ? { ...candidate, mergedIntoName: name } : candidate;
  });
}

export function mergeCandidatesQueryOptions(api: ApiClient, ids: readonly string[]) {
  return queryOptions({
    queryKey: mergeKeys.candidates(ids),
    queryFn: async ({ signal }) => {
      const candidates = await fetchUnresolved(api, ids, signal);
      return withMergedIntoNames(api, await withOrganizationNames(api, candidates, signal), signal);
    },
  });
}

/** The records merged into a contact (its merge set), read as they were before the merge. */
export function mergeHistoryQueryOptions(
  api: ApiClient,
  contactId: string,
  ids: readonly string[],
) {
  return queryOptions({
    queryKey: mergeKeys.history(contactId, ids),
    queryFn: ({ signal }) => fetchUnresolved(api, ids, signal),
    // Ancestors never change once merged away.
    staleTime: 10 * 60_000,
  });
}

const detailRead = (api: ApiClient, contactId: string) =>
  api<ExternalContact>(`${CONTACTS}/${encodeURIComponent(contactId)}`, {
    query: { expand: DETAIL_EXPAND },
  });

/**
 * After an uncertain merge: were these contacts merged already? A merge is one transaction, so
 * one source pointing at a result means it happened; that result (read with the detail page's
 * expand, through any later merge) is then what the lost answer would have named.
 */
export async function findMergeResult(
  api: ApiClient,
  contactIds: readonly string[],
): Promise<ExternalContact | undefined> {
  const states = await fetchUnresolved(api, contactIds);
  const merged = states.find((state) => state.state === 'found' && state.contact.mergedTo);
  const resultId = merged?.state === 'found' ? merged.contact.mergedTo?.id : undefined;
  return resultId === undefined ? undefined : detailRead(api, resultId);
}

export interface MergeRequest {
  contactIds: string[];
  valueOverride: Record<string, unknown> | null;
}

/**
 * Merges have no idempotency key: after an uncertain failure (dropped connection, a 5xx that may
 * come after the commit) the sources are checked at once and before any new attempt, so a merge
 * is sent again only when it surely did not happen (src/api/create-once.ts).
 */
export async function mergeOnce(api: ApiClient, request: MergeRequest): Promise<ExternalContact> {
  const find = () => findMergeResult(api, request.contactIds);
  try {
    return await createOnce(
      `merge:${[...request.contactIds].sort().join(',')}`,
      () =>
        api<ExternalContact>(`${CONTACTS}/merge`, {
          method: 'POST',
          body: {
            contactIds: request.contactIds,
            ...(request.valueOverride ? { valueOverride: request.valueOverride } : {}),
          },
        }),
      () => find(),
    );
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    const stored = await find().catch(() => undefined);
    if (stored) return stored;
    throw error;
  }
}

/**
 * What a merge changed: the result is new (its detail is seeded from the answer, stale so the
 * expanded parts load behind it); each source now resolves to the result and its identifiers
 * moved there; notes and journey are reached through the merge set; lists and lookups may find
 * the result instead of the sources.
 */
function afterMerge(queryClient: QueryClient, result: ExternalContact, sourceIds: string[]) {
  const key = contactKeys.detail(result.id);
  queryClient.setQueryData<ExternalContact>(key, (previous) => ({ ...previous, ...result }));
  void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
  for (const id of sourceIds) forgetRecord(queryClient, 'contacts', id);
  for (const resource of ['identifiers', 'notes', 'journey'] as const) {
    invalidateResource(queryClient, resource);
  }
  queryClient.removeQueries({ queryKey: [...mergeKeys.all, 'candidates'] });
  void queryClient.invalidateQueries({ queryKey: lookupKeys.all });
  invalidateLists(queryClient, 'contacts');
}

export function useMergeContacts() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MergeRequest) => mergeOnce(api, request),
    onSuccess: (result, request) => afterMerge(queryClient, result, request.contactIds),
    // Refused: someone may have merged or deleted one of these meanwhile; re-read them so the
    // screen's warnings say which (the form keeps the user's choices).
    onError: (error) => {
      if (error instanceof ApiError && error.status === 400) {
        void queryClient.invalidateQueries({ queryKey: [...mergeKeys.all, 'candidates'] });
      }
    },
  });
}

/** Promotion changes only the type: what the detail read expanded (names, identifiers) stays. */
export function usePromoteContact(contactId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ExternalContact>(`${CONTACTS}/${encodeURIComponent(contactId)}/promotion`, {
        method: 'POST',
      }),
    onSuccess: (promoted) => {
      queryClient.setQueryData<ExternalContact>(contactKeys.detail(contactId), (previous) => {
        const kept = Object.fromEntries(
          DETAIL_EXPAND.flatMap((key) => {
            const expanded = (previous as Record<string, unknown> | undefined)?.[key];
            return expanded === undefined ? [] : [[key, expanded]];
          }),
        );
        return { ...previous, ...promoted, ...kept };
      });
      queryClient.removeQueries({ queryKey: [...mergeKeys.all, 'candidates'] });
      invalidateLists(queryClient, 'contacts');
    },
  });
}
