import type { ApiClient } from '@/api/client';
import type { ExternalOrganization } from '@/models/organization-fields';
import type { RecordBase } from '@/models/record-fields';
import { bulkFetchContacts, bulkUpdateContacts, type BulkResponse } from './bulk-api';

const ORGANIZATIONS = '/externalcontacts/bulk/organizations';

export const bulkFetchOrganizations = (api: ApiClient, ids: readonly string[]) =>
  api<BulkResponse<ExternalOrganization>>(ORGANIZATIONS, {
    method: 'POST',
    body: { entities: ids.map((id) => ({ id })) },
  });

/** Each entity is a whole organization with its id: the update replaces it, as PUT does. */
export const bulkUpdateOrganizations = (api: ApiClient, entities: readonly unknown[]) =>
  api<BulkResponse<ExternalOrganization>>(`${ORGANIZATIONS}/update`, {
    method: 'POST',
    body: { entities },
  });

/** The two bulk calls an edit needs, for one record kind. */
export interface BulkRecordEndpoints<Read extends RecordBase> {
  fetch: (ids: readonly string[]) => Promise<BulkResponse<Read>>;
  update: (entities: readonly Record<string, unknown>[]) => Promise<BulkResponse<Read>>;
}

export const contactEndpoints = (api: ApiClient) => ({
  fetch: (ids: readonly string[]) => bulkFetchContacts(api, ids),
  update: (entities: readonly Record<string, unknown>[]) => bulkUpdateContacts(api, entities),
});

export const organizationEndpoints = (api: ApiClient) => ({
  fetch: (ids: readonly string[]) => bulkFetchOrganizations(api, ids),
  update: (entities: readonly Record<string, unknown>[]) => bulkUpdateOrganizations(api, entities),
});
