import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import {
  coreTypesQueryOptions,
  schemaLimitsQueryOptions,
  schemaListQueryOptions,
} from '@/features/schemas/api';
import { entityOrNotFound, NewSchemaPage } from '@/features/schemas/schema-editor-pages';

export const Route = createFileRoute('/_app/schemas/$entity/new')({
  beforeLoad: requirePermission('/_app/schemas/$entity/new'),
  loader: async ({ context, params }) => {
    const entity = entityOrNotFound(params.entity);
    await Promise.all([
      context.queryClient.ensureQueryData(coreTypesQueryOptions(context.api, entity)),
      context.queryClient.ensureQueryData(schemaLimitsQueryOptions(context.api, entity)),
      context.queryClient.ensureQueryData(schemaListQueryOptions(context.api, 'contact')),
      context.queryClient.ensureQueryData(schemaListQueryOptions(context.api, 'organization')),
    ]);
  },
  component: NewSchemaPage,
});
