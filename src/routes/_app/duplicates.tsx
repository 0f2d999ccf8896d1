import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { meQueryOptions } from '@/auth/me-query';
import { hasAnyPermission } from '@/auth/permissions';
import { latestScanQueryOptions } from '@/features/duplicates/api';
import { clusterPageQueryOptions } from '@/features/duplicates/cluster-page-read';
import { DuplicatesPage } from '@/features/duplicates/duplicates-page';
import { PERMISSIONS } from '@/models/permissions';
import { duplicatesSearchSchema, toClusterListParams } from '@/features/duplicates/search-params';

export const Route = createFileRoute('/_app/duplicates')({
  beforeLoad: requirePermission('/_app/duplicates'),
  validateSearch: duplicatesSearchSchema,
  loaderDeps: ({ search }) => toClusterListParams(search),
  // Failed reads are shown in the page with a retry, not as a broken route: swallow them here,
  // the queries keep the errors for the component.
  loader: async ({ context, deps }) => {
    const [me, scan] = await Promise.all([
      context.queryClient.ensureQueryData(meQueryOptions(context.api)),
      context.queryClient
        .ensureQueryData(latestScanQueryOptions(context.api))
        .catch(() => undefined),
    ]);
    if (
      !scan ||
      !hasAnyPermission(me.authorization?.permissions ?? [], PERMISSIONS.graph.clusterView)
    )
      return;
    await context.queryClient
      .ensureQueryData(clusterPageQueryOptions(context.api, scan.id, deps))
      .catch(() => undefined);
  },
  component: DuplicatesPage,
});
