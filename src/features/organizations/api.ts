import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { invalidateResource, resourceKeys } from '@/api/resource-keys';
import type { ExternalContact } from '@/models/contact-fields';
import type { RecordListing } from '@/models/record-fields';
import type { RecordListParams } from '@/record-kit/list-params';
import { createRecordApi } from '@/record-kit/record-api';
import { organizationEntity } from './organization-entity';

/**
 * The organizations API, made by the record kit from the organization's definition. Contacts
 * show their organization's name: a rename or a delete reaches them.
 */
export const organizationApi = createRecordApi(organizationEntity, {
  onUpdated: (written, previous, queryClient) => {
    if (previous && previous.name !== written.name) invalidateResource(queryClient, 'contacts');
  },
  // Its contacts stay, without their organization link: their lists and details change.
  onDeleted: (queryClient) => invalidateResource(queryClient, 'contacts'),
});
export const organizationKeys = organizationApi.keys;
const orgPath = organizationApi.path;

export const organizationListQueryOptions = (api: ApiClient, params: RecordListParams) =>
  organizationApi.listQueryOptions(api, params);
export const organizationDetailQueryOptions = (api: ApiClient, organizationId: string) =>
  organizationApi.detailQueryOptions(api, organizationId);
export const organizationScanQueryOptions = (api: ApiClient, divisionId: string | undefined) =>
  organizationApi.scanQueryOptions(api, divisionId);

/**
 * The contacts of one organization (its Contacts tab): a contacts list, so its key is under
 * 'contacts' and every contact write reaches it.
 */
export function organizationContactsQueryOptions(
  api: ApiClient,
  organizationId: string,
  params: RecordListParams,
) {
  return queryOptions({
    queryKey: resourceKeys('contacts').list({ organizationId, ...params }),
    queryFn: ({ signal }) =>
      api<RecordListing<ExternalContact>>(`${orgPath(organizationId)}/contacts`, {
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
