import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { createOnce } from '@/api/create-once';
import { useServices } from '@/app/services';
import type { ContactListing, ExternalContact } from './contact-model';
import type { ContactListParams } from './list-params';

const BASE = '/externalcontacts/contacts';

/** The detail page reads these in the same round trip as the contact. */
export const DETAIL_EXPAND = ['externalOrganization', 'identifiers', 'division'] as const;
/** The list shows the organization's and the division's names. */
export const LIST_EXPAND = ['externalOrganization', 'division'] as const;

/** Every contact query key, from the widest to the narrowest, so writes invalidate exactly. */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (params: ContactListParams) => [...contactKeys.lists(), params] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
  scans: () => [...contactKeys.all, 'scan'] as const,
  scan: (divisionId: string | undefined) => [...contactKeys.scans(), { divisionId }] as const,
};

/**
 * Lists may now match or sort differently. A loaded browse-all holds up to thousands of rows:
 * it is only marked stale, and reloads when it is next opened rather than page by page now.
 */
function invalidateContactLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: contactKeys.scans(), refetchType: 'none' });
  // An organization's Contacts tab is a contact list too. The key is organizationKeys.contactsOf
  // without an id, spelled out: the organizations feature imports this module, not the reverse.
  void queryClient.invalidateQueries({ queryKey: ['organizations', 'contacts'] });
}

export function contactListQueryOptions(api: ApiClient, params: ContactListParams) {
  return queryOptions({
    queryKey: contactKeys.list(params),
    // The signal lets React Query abort a request whose answer nobody waits for any more
    // (the user typed on), so only the newest search reaches the screen.
    queryFn: ({ signal }) =>
      api<ContactListing>(BASE, {
        query: {
          q: params.q,
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
          sortOrder: params.sortOrder,
          divisionIds: params.divisionIds,
          expand: LIST_EXPAND,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function contactDetailQueryOptions(api: ApiClient, contactId: string) {
  return queryOptions({
    queryKey: contactKeys.detail(contactId),
    queryFn: ({ signal }) =>
      api<ExternalContact>(`${BASE}/${encodeURIComponent(contactId)}`, {
        query: { expand: DETAIL_EXPAND },
        signal,
      }),
  });
}

/**
 * After a write: the response becomes the detail at once (no spinner), marked stale so the
 * expanded parts the write response lacks (organization name, identifiers) are fetched behind it;
 * every list may now sort or match differently, so all of them are invalidated.
 */
function storeWrittenContact(queryClient: QueryClient, contact: ExternalContact): void {
  const key = contactKeys.detail(contact.id);
  const previous = queryClient.getQueryData<ExternalContact>(key);
  queryClient.setQueryData<ExternalContact>(key, {
    ...contact,
    // Keep the expanded organization (with its name) when the write kept the same one.
    externalOrganization:
      contact.externalOrganization &&
      previous?.externalOrganization?.id === contact.externalOrganization.id
        ? previous.externalOrganization
        : contact.externalOrganization,
    identifiers: contact.identifiers ?? previous?.identifiers,
  });
  void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
  invalidateContactLists(queryClient);
}

const IDENTIFYING_FIELDS = ['firstName', 'lastName', 'workEmail', 'personalEmail'] as const;

/**
 * A contact created since `since` with the same names and emails as `body`: after an uncertain
 * create, the record the lost answer would have named. Searched by the most specific of them.
 */
async function findStoredContact(
  api: ApiClient,
  body: Record<string, unknown>,
  since: number,
): Promise<ExternalContact | undefined> {
  const value = (field: string) => (typeof body[field] === 'string' ? body[field] : undefined);
  const q = value('workEmail') ?? value('personalEmail') ?? value('lastName') ?? value('firstName');
  if (q === undefined) return undefined;
  const listing = await api<ContactListing>(BASE, { query: { q, pageSize: 100 } });
  return listing.entities?.find(
    (contact) =>
      IDENTIFYING_FIELDS.every((field) => (contact[field] ?? undefined) === value(field)) &&
      contact.createDate !== undefined &&
      Date.parse(contact.createDate) >= since,
  );
}

export function useCreateContact() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    // After an uncertain failure (late 5xx, dropped connection) the next save looks first.
    mutationFn: (body: Record<string, unknown>) =>
      createOnce(
        `contact:${JSON.stringify(body)}`,
        () => api<ExternalContact>(BASE, { method: 'POST', body }),
        (since) => findStoredContact(api, body, since),
      ),
    onSuccess: (contact) => storeWrittenContact(queryClient, contact),
  });
}

export function useUpdateContact(contactId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      api<ExternalContact>(`${BASE}/${encodeURIComponent(contactId)}`, { method: 'PUT', body }),
    onSuccess: (contact) => storeWrittenContact(queryClient, contact),
  });
}

export function useDeleteContact() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      api<unknown>(`${BASE}/${encodeURIComponent(contactId)}`, { method: 'DELETE' }),
    onSuccess: (_data, contactId) => {
      invalidateContactLists(queryClient);
      // Removed by the caller once it has left the detail page, so the page does not refetch a 404.
      return contactId;
    },
  });
}

export function forgetContact(queryClient: QueryClient, contactId: string): void {
  queryClient.removeQueries({ queryKey: contactKeys.detail(contactId), exact: true });
}

/** One page of GET /externalcontacts/scan/contacts: cursor paging, no total, no 1,000 window. */
export interface ContactScanPage {
  entities?: ExternalContact[];
  cursors?: { after?: string };
  nextUri?: string;
}

/** 200 is the scan API's largest page: fewest round trips for a full browse. */
export const SCAN_LIMIT = 200;

/** The scan filters by one division (`divisionId`), not by a list as search does. */
export function contactScanQueryOptions(api: ApiClient, divisionId: string | undefined) {
  return infiniteQueryOptions({
    queryKey: contactKeys.scan(divisionId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<ContactScanPage>('/externalcontacts/scan/contacts', {
        query: { limit: SCAN_LIMIT, cursor: pageParam, divisionId },
        signal,
      }),
    getNextPageParam: (page) => (page.nextUri ? page.cursors?.after : undefined),
  });
}
