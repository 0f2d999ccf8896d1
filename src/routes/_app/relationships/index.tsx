import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { relationshipScanQueryOptions } from '@/features/relationships/api';
import { AllRelationshipsPage } from '@/features/relationships/all-relationships-page';

export const Route = createFileRoute('/_app/relationships/')({
  beforeLoad: requirePermission('/_app/relationships/'),
  // The first scan page comes with the route; a failure is shown in the page with a retry.
  loader: ({ context }) =>
    context.queryClient
      .ensureInfiniteQueryData(relationshipScanQueryOptions(context.api))
      .then(() => undefined)
      .catch(() => undefined),
  component: AllRelationshipsPage,
});
