import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { allRelationshipsQueryOptions, userQueryOptions } from '@/features/relationships/api';
import { UserRelationshipsPage } from '@/features/relationships/user-relationships-page';

export const Route = createFileRoute('/_app/users/$userId')({
  beforeLoad: requirePermission('/_app/users/$userId'),
  // Both reads start together (no waterfall); failures are shown in the page with a retry.
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(userQueryOptions(context.api, params.userId)),
      context.queryClient.ensureQueryData(allRelationshipsQueryOptions(context.api)),
    ])
      .then(() => undefined)
      .catch(() => undefined),
  component: UserRelationshipsPage,
});
