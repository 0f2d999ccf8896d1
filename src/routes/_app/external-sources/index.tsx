import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { sourceListQueryOptions } from '@/features/external-sources/api';
import { sourcesSearchSchema } from '@/features/external-sources/search-params';
import { SourcesListPage } from '@/features/external-sources/sources-list-page';

export const Route = createFileRoute('/_app/external-sources/')({
  beforeLoad: requirePermission('/_app/external-sources/'),
  validateSearch: sourcesSearchSchema,
  loaderDeps: ({ search }) => search,
  // A failed list is shown in the page with a retry; the query keeps the error.
  loader: ({ context, deps }) =>
    context.queryClient
      .ensureQueryData(sourceListQueryOptions(context.api, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: SourcesListPage,
});
