import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import type { RecordIdentifier } from '@/models/record-fields';
import { lookupKeys } from '@/features/lookup';

/** Whose identifiers: the same claim/release pair exists for contacts and organizations. */
export interface IdentifierOwner {
  kind: 'contact' | 'organization';
  id: string;
}

export interface IdentifierListing {
  entities?: RecordIdentifier[];
}

export type ClaimOperation = 'Claim' | 'Release';

/** A type the API gave or the form checked, and its value. */
export interface IdentifierValue {
  type: string;
  value: string;
}

const ownerPath = (owner: IdentifierOwner) =>
  `/externalcontacts/${owner.kind === 'contact' ? 'contacts' : 'organizations'}/${encodeURIComponent(owner.id)}/identifiers`;

export const identifierKeys = {
  all: resourceKeys('identifiers').all,
  ofOwner: (owner: IdentifierOwner) => [...identifierKeys.all, owner.kind, owner.id] as const,
};

export function identifiersQueryOptions(api: ApiClient, owner: IdentifierOwner) {
  return queryOptions({
    queryKey: identifierKeys.ofOwner(owner),
    queryFn: ({ signal }) => api<IdentifierListing>(ownerPath(owner), { signal }),
  });
}

/**
 * Claim or release one identifier. Afterwards the owner's identifier list is refetched, the
 * owner's detail (which expands `identifiers`) is refetched, and every cached lookup is
 * dropped: a lookup answer may now point at a different record or at none.
 */
export function useIdentifierClaim(owner: IdentifierOwner) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      operation,
      identifier,
    }: {
      operation: ClaimOperation;
      identifier: IdentifierValue;
    }) =>
      api<RecordIdentifier>(ownerPath(owner), {
        method: 'PATCH',
        body: { operation, identifier: { type: identifier.type, value: identifier.value } },
      }),
    onSuccess: async () => {
      // Both details expand `identifiers`, so they change with the claim.
      void queryClient.invalidateQueries({
        queryKey: resourceKeys(owner.kind === 'contact' ? 'contacts' : 'organizations').detail(
          owner.id,
        ),
      });
      queryClient.removeQueries({ queryKey: lookupKeys.all });
      await queryClient.invalidateQueries({ queryKey: identifierKeys.ofOwner(owner) });
    },
  });
}
