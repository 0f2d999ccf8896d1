import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import {
  coreTypesQueryOptions,
  schemaDetailQueryOptions,
  schemaLimitsQueryOptions,
  schemaListQueryOptions,
  schemaVersionsQueryOptions,
} from '@/features/schemas/api';
import { EditSchemaPage, entityOrNotFound } from '@/features/schemas/schema-editor-pages';

export const Route = createFileRoute('/_app/schemas/$entity/$schemaId')({
  beforeLoad: requirePermission('/_app/schemas/$entity/$schemaId'),
  loader: async ({ context, params }) => {
    const entity = entityOrNotFound(params.entity);
    const { api, queryClient } = context;
    // One round trip: the schema, its history, and what the editor checks against.
    await Promise.all([
      queryClient.ensureQueryData(schemaDetailQueryOptions(api, entity, params.schemaId)),
      queryClient.ensureQueryData(schemaVersionsQueryOptions(api, entity, params.schemaId)),
      queryClient.ensureQueryData(coreTypesQueryOptions(api, entity)),
      queryClient.ensureQueryData(schemaLimitsQueryOptions(api, entity)),
      queryClient.ensureQueryData(schemaListQueryOptions(api, 'contact')),
      queryClient.ensureQueryData(schemaListQueryOptions(api, 'organization')),
    ]);
  },
  component: EditSchemaPage,
  errorComponent: RouteError,
});
