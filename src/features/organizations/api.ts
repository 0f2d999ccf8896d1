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
import { contactKeys } from '@/features/contacts/api';
import type { ContactListing } from '@/features/contacts/contact-model';
import type {
  ExternalOrganization,
  OrganizationListing,
  OrganizationTrustorLink,
} from './organization-model';
import type { OrganizationListParams } from './list-params';

const BASE = '/externalcontacts/organizations';
const orgPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/**
 * The record header and overview read these in the one round trip that paints the page; the
 * trustor comes with `includeTrustors` (it is not an expand value).
 */
export const DETAIL_EXPAND = ['division', 'identifiers'] as const;

/** Every organization query key, widest first, so writes invalidate exactly what they change. */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (params: OrganizationListParams) => [...organizationKeys.lists(), params] as const,
  details: () => [...organizationKeys.all, 'detail'] as const,
  detail: (id: string) => [...organizationKeys.details(), id] as const,
  /** The contacts of one organization (its Contacts tab), all pages and searches. */
  contactsOf: (id: string) => [...organizationKeys.all, 'contacts', id] as const,
  contacts: (id: string, params: OrganizationListParams) =>
    [...organizationKeys.contactsOf(id), params] as const,
  scans: () => [...organizationKeys.all, 'scan'] as const,
  scan: (divisionId: string | undefined) => [...organizationKeys.scans(), { divisionId }] as const,
};

/** One page of GET /externalcontacts/scan/organizations: cursor paging, no 1,000 window. */
export interface OrganizationScanPage {
  entities?: ExternalOrganization[];
  cursors?: { after?: string };
  nextUri?: string;
}

/** Every organization, 200 (the scan's largest page) at a time, optionally in one division. */
export function organizationScanQueryOptions(api: ApiClient, divisionId: string | undefined) {
  return infiniteQueryOptions({
    queryKey: organizationKeys.scan(divisionId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<OrganizationScanPage>('/externalcontacts/scan/organizations', {
        query: { limit: 200, cursor: pageParam, divisionId },
        signal,
      }),
    getNextPageParam: (page) => (page.nextUri ? page.cursors?.after : undefined),
  });
}

export function organizationListQueryOptions(api: ApiClient, params: OrganizationListParams) {
  return queryOptions({
    queryKey: organizationKeys.list(params),
    // The signal aborts a search nobody waits for any more (the user typed on).
    queryFn: ({ signal }) =>
      api<OrganizationListing>(BASE, {
        query: {
          q: params.q,
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
          sortOrder: params.sortOrder,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function organizationDetailQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: organizationKeys.detail(organizationId),
    queryFn: ({ signal }) =>
      api<ExternalOrganization>(orgPath(organizationId), {
        query: { expand: DETAIL_EXPAND, includeTrustors: true },
        signal,
      }),
  });
}

export function organizationContactsQueryOptions(
  api: ApiClient,
  organizationId: string,
  params: OrganizationListParams,
) {
  return queryOptions({
    queryKey: organizationKeys.contacts(organizationId, params),
    queryFn: ({ signal }) =>
      api<ContactListing>(`${orgPath(organizationId)}/contacts`, {
        query: {
          q: params.q,
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
          sortOrder: params.sortOrder,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/**
 * After a write: the response becomes the detail at once; it lacks the expanded parts (division
 * name, identifiers, trustor), so those are kept from before and the detail is marked stale.
 * Lists may sort or match differently now, and contacts show the organization's name.
 */
function storeWrittenOrganization(queryClient: QueryClient, organization: ExternalOrganization) {
  const key = organizationKeys.detail(organization.id);
  const previous = queryClient.getQueryData<ExternalOrganization>(key);
  queryClient.setQueryData<ExternalOrganization>(key, {
    ...organization,
    identifiers: organization.identifiers ?? previous?.identifiers,
    trustor: organization.trustor ?? previous?.trustor,
  });
  void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: organizationKeys.scans(), refetchType: 'none' });
  if (previous && previous.name !== organization.name) {
    // Contact lists and details embed the organization's name.
    void queryClient.invalidateQueries({ queryKey: contactKeys.all });
  }
}

/** After an uncertain create: an organization of the same name created since `since`. */
async function findStoredOrganization(
  api: ApiClient,
  name: string,
  since: number,
): Promise<ExternalOrganization | undefined> {
  const listing = await api<{ entities?: ExternalOrganization[] }>(BASE, {
    query: { q: name, pageSize: 100 },
  });
  return listing.entities?.find(
    (organization) =>
      organization.name === name &&
      organization.createDate !== undefined &&
      Date.parse(organization.createDate) >= since,
  );
}

export function useCreateOrganization() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    // After an uncertain failure (late 5xx, dropped connection) the next save looks first.
    mutationFn: (body: Record<string, unknown>) =>
      createOnce(
        `organization:${JSON.stringify(body)}`,
        () => api<ExternalOrganization>(BASE, { method: 'POST', body }),
        (since) =>
          typeof body.name === 'string'
            ? findStoredOrganization(api, body.name, since)
            : Promise.resolve(undefined),
      ),
    onSuccess: (organization) => storeWrittenOrganization(queryClient, organization),
  });
}

export function useUpdateOrganization(organizationId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      api<ExternalOrganization>(orgPath(organizationId), { method: 'PUT', body }),
    onSuccess: (organization) => storeWrittenOrganization(queryClient, organization),
  });
}

export function useDeleteOrganization() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api<unknown>(orgPath(organizationId), { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
      void queryClient.invalidateQueries({
        queryKey: organizationKeys.scans(),
        refetchType: 'none',
      });
      void queryClient.invalidateQueries({
        queryKey: organizationKeys.scans(),
        refetchType: 'none',
      });
      // Its contacts stay, without their organization link: their lists and details change.
      void queryClient.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}

/** Removed by the caller once it has left the detail page, so that page does not refetch a 404. */
export function forgetOrganization(queryClient: QueryClient, organizationId: string): void {
  queryClient.removeQueries({ queryKey: organizationKeys.detail(organizationId), exact: true });
  queryClient.removeQueries({ queryKey: organizationKeys.contactsOf(organizationId) });
}

/** The trust changes the detail (its `trustor`) and trustor searches over the lists. */
function trustorChanged(queryClient: QueryClient, organizationId: string) {
  void queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organizationId) });
  void queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: organizationKeys.scans(), refetchType: 'none' });
}

export function useLinkTrustor(organizationId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trustorId: string) =>
      api<OrganizationTrustorLink>(
        `${orgPath(organizationId)}/trustor/${encodeURIComponent(trustorId)}`,
        { method: 'PUT' },
      ),
    onSuccess: (link, trustorId) => {
      queryClient.setQueryData<ExternalOrganization>(
        organizationKeys.detail(organizationId),
        (previous) =>
          previous && {
            ...previous,
            trustor: {
              id: link.trustorOrgId ?? trustorId,
              enabled: true,
              dateCreated: link.dateCreated,
            },
          },
      );
      trustorChanged(queryClient, organizationId);
    },
  });
}

export function useUnlinkTrustor(organizationId: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>(`${orgPath(organizationId)}/trustor`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.setQueryData<ExternalOrganization>(
        organizationKeys.detail(organizationId),
        (previous) => previous && { ...previous, trustor: undefined },
      );
      trustorChanged(queryClient, organizationId);
    },
  });
}
