import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { meQueryOptions } from '@/auth/me-query';
import { hasAnyPermission } from '@/auth/permissions';
import { allowedExportKinds } from '@/features/bulk/export-job-kinds';
import { recentJobsQueryOptions } from '@/features/bulk/export-jobs-queries';
import { ExportPage } from '@/features/bulk/export-page';

export const Route = createFileRoute('/_app/export')({
  beforeLoad: requirePermission('/_app/export'),
  // The recent jobs are read with the route; a failed read is shown in the page with a retry.
  loader: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions(context.api));
    const granted = me.authorization?.permissions ?? [];
    const kinds = allowedExportKinds((permission) => hasAnyPermission(granted, [permission]));
    if (kinds.view.length === 0) return;
    await context.queryClient
      .ensureInfiniteQueryData(recentJobsQueryOptions(context.api, kinds.view))
      .catch(() => undefined);
  },
  component: ExportPage,
});
