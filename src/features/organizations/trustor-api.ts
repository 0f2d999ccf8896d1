import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invalidateLists } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import type { ExternalOrganization, OrganizationTrustorLink } from '@/models/organization-fields';
import { organizationApi } from './api';

const organizationKeys = organizationApi.keys;
const orgPath = organizationApi.path;

/** The trust changes the detail (its `trustor`) and trustor searches over the lists. */
function trustorChanged(queryClient: QueryClient, organizationId: string) {
  void queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organizationId) });
  invalidateLists(queryClient, 'organizations');
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
