import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { schemaLimitsQueryOptions, schemaListQueryOptions } from '@/features/schemas/api';
import { SchemasListPage } from '@/features/schemas/schemas-list-page';

export const Route = createFileRoute('/_app/schemas/')({
  beforeLoad: requirePermission('/_app/schemas/'),
  // Failures are shown in the page with a retry (a reader without the permission gets a message).
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(schemaListQueryOptions(context.api, 'contact')),
      context.queryClient.ensureQueryData(schemaListQueryOptions(context.api, 'organization')),
      context.queryClient.ensureQueryData(schemaLimitsQueryOptions(context.api, 'contact')),
    ])
      .then(() => undefined)
      .catch(() => undefined),
  component: SchemasListPage,
});
