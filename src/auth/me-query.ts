import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { userMeSchema } from '@/models/user';
import { meRequest } from './me-request';
import { hasAnyPermission } from './permissions';
import { useServices } from '@/app/services';

export const meQueryKey = ['users', 'me'] as const;

export function meQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) =>
      userMeSchema.parse(await api(meRequest.path, { query: meRequest.query, signal })),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  const { api } = useServices();
  return useSuspenseQuery(meQueryOptions(api)).data;
}

/** `can(...)` follows the API's ANY rule, so pass every permission a route accepts. */
export function usePermissions() {
  const me = useMe();
  const granted = me.authorization?.permissions ?? [];
  return {
    granted,
    can: (...anyOf: string[]) => hasAnyPermission(granted, anyOf),
  };
}
