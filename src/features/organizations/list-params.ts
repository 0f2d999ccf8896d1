import { toSearchListParams, type SearchListParams } from '@/features/contacts/list-params';
import type { OrganizationContactsSearch, OrganizationSearch } from './search-params';

/** What an organization list request depends on, normalised so equal searches share a key. */
export type OrganizationListParams = SearchListParams;

export function toListParams(
  search: OrganizationSearch | OrganizationContactsSearch,
): OrganizationListParams {
  return toSearchListParams(search);
}
