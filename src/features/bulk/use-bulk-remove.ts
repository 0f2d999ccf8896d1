import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '@/app/services';
import { forgetRecord, invalidateLists } from '@/api/resource-keys';
import { bulkErrorMessage, bulkRemoveContacts, chunk } from './bulk-api';

export interface RemoveFailure {
  id: string;
  message: string;
}

/**
 * Deletes contacts through POST /bulk/contacts/remove, 200 a request. A contact already gone
 * (404, e.g. removed by an earlier attempt whose answer was lost) counts as removed, so trying
 * again after a failure is safe. Resolves with the items the API refused.
 */
export function useBulkRemoveContacts() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: readonly string[]): Promise<RemoveFailure[]> => {
      const failures: RemoveFailure[] = [];
      for (const part of chunk(ids)) {
        const answer = await bulkRemoveContacts(api, part);
        for (const result of answer.results ?? []) {
          const status = result.error?.status ?? result.status;
          if (!result.success && status !== 404 && result.id) {
            failures.push({ id: result.id, message: bulkErrorMessage(result) });
          }
        }
      }
      return failures;
    },
    onSettled: (_failures, _error, ids) => {
      const failed = new Set(_failures?.map((failure) => failure.id));
      for (const id of ids) {
        if (!failed.has(id)) forgetRecord(queryClient, 'contacts', id);
      }
      // An organization's Contacts tab is a contacts list too (src/api/resource-keys.ts).
      invalidateLists(queryClient, 'contacts');
    },
  });
}
