import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { meQueryOptions } from '@/auth/me-query';
import { hasAnyPermission } from '@/auth/permissions';
import { permittedDivisionsQueryOptions } from '@/features/divisions/api';
import { mergeCandidatesQueryOptions } from '@/features/merge/api';
import { MergePage } from '@/features/merge/merge-page';
import { MERGE_DIVISION_PERMISSION, MERGE_PERMISSIONS } from '@/features/merge/merge-permissions';
import { mergeIds, mergeSearchSchema } from '@/features/merge/merge-search';

export const Route = createFileRoute('/_app/contacts/merge')({
  beforeLoad: requirePermission('/_app/contacts/merge'),
  validateSearch: mergeSearchSchema,
  loaderDeps: ({ search }) => ({ ids: mergeIds(search) }),
  // A failed read is shown in the page with a retry, not as a broken route: swallow it here,
  // the query keeps the error for the component.
  loader: async ({ context, deps: { ids } }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions(context.api));
    const granted = me.authorization?.permissions ?? [];
    if (ids.length === 0 || !hasAnyPermission(granted, MERGE_PERMISSIONS)) return;
    await Promise.all([
      context.queryClient.ensureQueryData(mergeCandidatesQueryOptions(context.api, ids)),
      context.queryClient.ensureQueryData(
        permittedDivisionsQueryOptions(context.api, MERGE_DIVISION_PERMISSION),
      ),
    ]).catch(() => undefined);
  },
  component: MergePage,
});
