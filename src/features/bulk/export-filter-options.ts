import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiClient } from '@/api/client';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { permittedDivisionsQueryOptions } from '@/features/divisions';
import { dataSchemaListingSchema } from '@/models/data-schema';
import { PERMISSIONS } from '@/models/permissions';

/** A choice of a filter's select: the id the API filters by, the name people know it by. */
export interface FilterChoice {
  id: string;
  name: string;
}

const sourceListingSchema = z.looseObject({
  entities: z.nullish(z.array(z.looseObject({ id: z.string(), name: z.nullish(z.string()) }))),
});

/** The largest page the listing gives; an org with more sources is rare. */
const SOURCES_PAGE = 200;

const sourcesQueryOptions = (api: ApiClient) =>
  queryOptions({
    queryKey: ['sources', 'export-choices'] as const,
    queryFn: async ({ signal }): Promise<FilterChoice[]> => {
      const listing = sourceListingSchema.parse(
        await api('/externalcontacts/externalsources', {
          query: { limit: SOURCES_PAGE },
          signal,
        }),
      );
      return (listing.entities ?? []).map((source) => ({
        id: source.id,
        name: source.name ?? source.id,
      }));
    },
  });

const schemasQueryOptions = (api: ApiClient, entity: 'contacts' | 'organizations') =>
  queryOptions({
    // Not the schemas feature's cache key: it holds the parsed documents under its own shape.
    queryKey: ['schemas', 'export-choices', entity] as const,
    queryFn: async ({ signal }): Promise<FilterChoice[]> => {
      const listing = dataSchemaListingSchema.parse(
        await api(`/externalcontacts/${entity}/schemas`, { signal }),
      );
      return (listing.entities ?? []).flatMap((schema) =>
        schema.id ? [{ id: schema.id, name: schema.name ?? schema.id }] : [],
      );
    },
  });

const SOURCE_VIEW = [
  'externalContacts:externalSource:view',
  ...PERMISSIONS.contact.view,
  ...PERMISSIONS.organization.view,
];

/**
 * What the filters offer and the names the jobs list shows for ids: external sources, the
 * schemas of contacts and organizations, and divisions. Each is read only when the user may, and
 * a failed read only leaves its ids unnamed.
 */
export function useExportFilterOptions() {
  const { api } = useServices();
  const { can } = usePermissions();
  const canSchemas = can(...PERMISSIONS.schema.view);
  const sources = useQuery({ ...sourcesQueryOptions(api), enabled: can(...SOURCE_VIEW) });
  const contactSchemas = useQuery({
    ...schemasQueryOptions(api, 'contacts'),
    enabled: canSchemas,
  });
  const organizationSchemas = useQuery({
    ...schemasQueryOptions(api, 'organizations'),
    enabled: canSchemas,
  });
  const contactDivisions = useQuery({
    ...permittedDivisionsQueryOptions(api, PERMISSIONS.contact.divisionView[0]),
    enabled: can(...PERMISSIONS.contact.divisionView),
  });
  const organizationDivisions = useQuery({
    ...permittedDivisionsQueryOptions(api, PERMISSIONS.organization.divisionView[0]),
    enabled: can(...PERMISSIONS.organization.divisionView),
  });
  const divisionName = (id: string) =>
    [...(contactDivisions.data ?? []), ...(organizationDivisions.data ?? [])].find(
      (division) => division.id === id,
    )?.name;
  const find = (choices: FilterChoice[] | undefined, id: string) =>
    choices?.find((choice) => choice.id === id)?.name;
  return {
    sources: sources.data ?? [],
    schemas: {
      contacts: contactSchemas.data ?? [],
      organizations: organizationSchemas.data ?? [],
    },
    nameOf: (what: 'division' | 'externalSource' | 'schema', id: string) => {
      if (what === 'division') return divisionName(id) ?? undefined;
      if (what === 'externalSource') return find(sources.data, id);
      return find(contactSchemas.data, id) ?? find(organizationSchemas.data, id);
    },
  };
}
