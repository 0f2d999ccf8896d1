import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { useServices } from './services';

/**
 * A write through the API client that, once stored, marks stale the queries it changed: the one
 * shape of every feature's create, update and delete mutation.
 */
export function useApiWrite<Variables, Result>(
  send: (api: ApiClient, variables: Variables) => Promise<Result>,
  invalidate: (queryClient: QueryClient) => void,
) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => send(api, variables),
    onSuccess: () => invalidate(queryClient),
  });
}
