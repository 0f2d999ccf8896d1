import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { permittedDivisionsQueryOptions } from '@/features/divisions';

/**
 * Division id → name for the divisions the user may view records in (cached by the division
 * pickers). A failure only costs the names: the file then shows the ids.
 */
export async function divisionNames(
  queryClient: QueryClient,
  api: ApiClient,
  permission: string,
): Promise<Map<string, string>> {
  try {
    const divisions = await queryClient.fetchQuery(permittedDivisionsQueryOptions(api, permission));
    return new Map(divisions.flatMap((d) => (d.name ? [[d.id, d.name] as const] : [])));
  } catch {
    return new Map();
  }
}
