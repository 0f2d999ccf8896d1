import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';

export interface Division {
  id: string;
  name?: string;
  homeDivision?: boolean;
}

interface DivisionListing {
  entities?: Division[];
  total?: number;
}

/** 500 is the largest page Genesys serves here; orgs with more divisions are beyond a checkbox list. */
const PAGE_SIZE = 500;

export const divisionKeys = {
  all: ['divisions'] as const,
  permitted: (permission: string) => [...divisionKeys.all, 'permitted', permission] as const,
};

/**
 * The divisions where the signed-in user holds `permission`: a filter should offer only the
 * divisions whose records the user may see, as Genesys' own pickers do.
 */
export function permittedDivisionsQueryOptions(api: ApiClient, permission: string) {
  return queryOptions({
    queryKey: divisionKeys.permitted(permission),
    queryFn: async ({ signal }) => {
      const listing = await api<DivisionListing>('/authorization/divisionspermitted/paged/me', {
        query: { permission, pageSize: PAGE_SIZE },
        signal,
      });
      return [...(listing.entities ?? [])].sort((a, b) =>
        (a.name ?? a.id).localeCompare(b.name ?? b.id),
      );
    },
    // Divisions change rarely; an hour-old list is fine for a filter.
    staleTime: 60 * 60 * 1000,
  });
}
