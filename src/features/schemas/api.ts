import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { resourceKeys } from '@/api/resource-keys';
import { useServices } from '@/app/services';
import {
  coretypeListingSchema,
  dataSchemaListingSchema,
  dataSchemaSchema,
  isCoreTypeName,
  schemaQuantityLimitsSchema,
  type CoreTypeLimitsByName,
  type DataSchema,
  type JsonSchemaDocument,
} from '@/models/data-schema';

/** Contacts and organizations each have their own schemas under their own path. */
export type SchemaEntity = 'contact' | 'organization';

export const SCHEMA_ENTITIES: readonly SchemaEntity[] = ['contact', 'organization'];

/** The URL segment of an entity, also used in console routes (/schemas/contacts/…). */
export const ENTITY_SEGMENT: Readonly<Record<SchemaEntity, 'contacts' | 'organizations'>> = {
  contact: 'contacts',
  organization: 'organizations',
};

export function entityFromSegment(segment: string): SchemaEntity | null {
  if (segment === 'contacts') return 'contact';
  if (segment === 'organizations') return 'organization';
  return null;
}

const base = (entity: SchemaEntity) => `/externalcontacts/${ENTITY_SEGMENT[entity]}/schemas`;
const one = (entity: SchemaEntity, id: string) => `${base(entity)}/${encodeURIComponent(id)}`;

export const schemaKeys = {
  all: resourceKeys('schemas').all,
  entity: (entity: SchemaEntity) => [...schemaKeys.all, entity] as const,
  list: (entity: SchemaEntity) => [...schemaKeys.entity(entity), 'list'] as const,
  detail: (entity: SchemaEntity, id: string) =>
    [...schemaKeys.entity(entity), 'detail', id] as const,
  versions: (entity: SchemaEntity, id: string) =>
    [...schemaKeys.detail(entity, id), 'versions'] as const,
  version: (entity: SchemaEntity, id: string, version: number) =>
    [...schemaKeys.detail(entity, id), 'version', version] as const,
  coreTypes: (entity: SchemaEntity) => [...schemaKeys.entity(entity), 'coretypes'] as const,
  limits: (entity: SchemaEntity) => [...schemaKeys.entity(entity), 'limits'] as const,
};

/** Responses are parsed with the shared models so a bad document fails here, not in a form. */
export function schemaListQueryOptions(api: ApiClient, entity: SchemaEntity) {
  return queryOptions({
    queryKey: schemaKeys.list(entity),
    queryFn: async ({ signal }) =>
      dataSchemaListingSchema.parse(await api(base(entity), { signal })).entities ?? [],
  });
}

export function schemaDetailQueryOptions(api: ApiClient, entity: SchemaEntity, id: string) {
  return queryOptions({
    queryKey: schemaKeys.detail(entity, id),
    queryFn: async ({ signal }) => dataSchemaSchema.parse(await api(one(entity, id), { signal })),
  });
}

export function schemaVersionsQueryOptions(api: ApiClient, entity: SchemaEntity, id: string) {
  return queryOptions({
    queryKey: schemaKeys.versions(entity, id),
    queryFn: async ({ signal }) => {
      const listing = dataSchemaListingSchema.parse(
        await api(`${one(entity, id)}/versions`, { signal }),
      );
      return [...(listing.entities ?? [])].sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
    },
  });
}

/** A version never changes once written: cache it for the session. */
export function schemaVersionQueryOptions(
  api: ApiClient,
  entity: SchemaEntity,
  id: string,
  version: number,
) {
  return queryOptions({
    queryKey: schemaKeys.version(entity, id, version),
    queryFn: async ({ signal }) =>
      dataSchemaSchema.parse(await api(`${one(entity, id)}/versions/${version}`, { signal })),
    staleTime: Infinity,
  });
}

/** The org's core-type limits keyed by name (what an author may set, within which ranges). */
export function coreTypesQueryOptions(api: ApiClient, entity: SchemaEntity) {
  return queryOptions({
    queryKey: schemaKeys.coreTypes(entity),
    queryFn: async ({ signal }): Promise<CoreTypeLimitsByName> => {
      const listing = coretypeListingSchema.parse(
        await api(`${base(entity)}/coretypes`, { signal }),
      );
      const byName: CoreTypeLimitsByName = {};
      for (const coreType of listing.entities ?? []) {
        if (isCoreTypeName(coreType.name)) byName[coreType.name] = coreType;
      }
      return byName;
    },
    staleTime: 30 * 60_000,
  });
}

export function schemaLimitsQueryOptions(api: ApiClient, entity: SchemaEntity) {
  return queryOptions({
    queryKey: schemaKeys.limits(entity),
    queryFn: async ({ signal }) =>
      schemaQuantityLimitsSchema.parse(await api(`${base(entity)}/limits`, { signal })),
    staleTime: 30 * 60_000,
  });
}

/** What POST and PUT take; `version` is the one the author read (PUT only). */
export interface SchemaWriteBody {
  name: string;
  enabled: boolean;
  version?: number;
  jsonSchema: JsonSchemaDocument;
}

/** A write makes a new current version: the detail becomes it; list and history change. */
function storeWritten(
  queryClient: ReturnType<typeof useQueryClient>,
  entity: SchemaEntity,
  schema: DataSchema,
) {
  if (schema.id) {
    queryClient.setQueryData(schemaKeys.detail(entity, schema.id), schema);
    void queryClient.invalidateQueries({ queryKey: schemaKeys.versions(entity, schema.id) });
  }
  void queryClient.invalidateQueries({ queryKey: schemaKeys.list(entity) });
}

export function useCreateSchema(entity: SchemaEntity) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SchemaWriteBody) =>
      dataSchemaSchema.parse(await api(base(entity), { method: 'POST', body })),
    onSuccess: (schema) => storeWritten(queryClient, entity, schema),
  });
}

export function useUpdateSchema(entity: SchemaEntity, id: string) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SchemaWriteBody) =>
      dataSchemaSchema.parse(await api(one(entity, id), { method: 'PUT', body })),
    onSuccess: (schema) => storeWritten(queryClient, entity, schema),
  });
}

/** Only contact schemas can be deleted (the API has no such route for organizations). */
export function useDeleteContactSchema() {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(one('contact', id), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: schemaKeys.list('contact') }),
  });
}

/** Reads the current version straight from the API (after a 409), bypassing the cache. */
export async function fetchLatestSchema(
  api: ApiClient,
  entity: SchemaEntity,
  id: string,
): Promise<DataSchema> {
  return dataSchemaSchema.parse(await api(one(entity, id)));
}
