import type { QueryClient } from '@tanstack/react-query';

/**
 * Query keys by resource: every query holding a resource's records starts with its name, so a
 * write invalidates by resource and no feature imports another feature's keys. A list of contacts
 * shown elsewhere (an organization's Contacts tab) is still a contacts list: ['contacts', 'list',
 * {organizationId, …}], reached by every contact write.
 */
export type Resource =
  | 'contacts'
  | 'organizations'
  | 'notes'
  | 'relationships'
  | 'identifiers'
  | 'schemas'
  | 'sources'
  | 'duplicates'
  | 'journey'
  | 'conversations';

export const resourceKeys = <R extends Resource>(resource: R) => ({
  all: [resource] as const,
  lists: () => [resource, 'list'] as const,
  list: (params: object) => [resource, 'list', params] as const,
  details: () => [resource, 'detail'] as const,
  detail: (id: string) => [resource, 'detail', id] as const,
  scans: () => [resource, 'scan'] as const,
  scan: (divisionId: string | undefined) => [resource, 'scan', { divisionId }] as const,
});

/**
 * After a write that may change which records a list holds or how it sorts. A loaded scan holds
 * up to thousands of rows: it is only marked stale, and reloads when it is next opened.
 */
export function invalidateLists(queryClient: QueryClient, resource: Resource): void {
  const keys = resourceKeys(resource);
  void queryClient.invalidateQueries({ queryKey: keys.lists() });
  void queryClient.invalidateQueries({ queryKey: keys.scans(), refetchType: 'none' });
}

/** Everything of a resource may have changed (a merge, an organization renamed in contacts). */
export function invalidateResource(queryClient: QueryClient, resource: Resource): void {
  void queryClient.invalidateQueries({ queryKey: [resource] });
}

/** A deleted record: removed by the caller once it has left the record's page (no 404 refetch). */
export function forgetRecord(queryClient: QueryClient, resource: Resource, id: string): void {
  queryClient.removeQueries({ queryKey: resourceKeys(resource).detail(id), exact: true });
}
