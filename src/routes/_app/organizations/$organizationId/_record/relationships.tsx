import { createFileRoute } from '@tanstack/react-router';
import { relationshipListQueryOptions } from '@/features/relationships/api';
import { RelationshipsTab } from '@/features/relationships/relationships-panel';
import {
  relationshipsSearchSchema,
  toRelationshipListParams,
} from '@/features/relationships/search-params';

export const Route = createFileRoute('/_app/organizations/$organizationId/_record/relationships')({
  validateSearch: relationshipsSearchSchema,
  loaderDeps: ({ search }) => toRelationshipListParams(search),
  // A failed list shows inside the tab with a retry; the query keeps the error.
  loader: ({ context, params, deps }) =>
    context.queryClient
      .ensureQueryData(relationshipListQueryOptions(context.api, params.organizationId, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: RelationshipsTab,
});
