import { createFileRoute } from '@tanstack/react-router';
import { ActivityTab } from '@/features/activity/activity-tab';
import { segmentsQueryOptions, sessionsQueryOptions } from '@/features/activity/api';
import { activitySearchSchema } from '@/features/activity/search-params';
import { meQueryOptions } from '@/auth/me-query';
import { hasAnyPermission } from '@/auth/permissions';
import {
  SEGMENT_VIEW_PERMISSIONS,
  SESSION_VIEW_PERMISSIONS,
} from '@/features/activity/activity-model';

export const Route = createFileRoute('/_app/contacts/$contactId/_record/activity')({
  validateSearch: activitySearchSchema,
  loaderDeps: ({ search }) => ({ includeMerged: search.includeMerged }),
  // Sessions and segments load together, only when the user may read them; a failure is shown
  // in its section with a retry.
  loader: async ({ context, params, deps }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions(context.api));
    const granted = me.authorization?.permissions ?? [];
    const reads: Promise<unknown>[] = [];
    if (hasAnyPermission(granted, SESSION_VIEW_PERMISSIONS)) {
      reads.push(
        context.queryClient.ensureInfiniteQueryData(
          sessionsQueryOptions(context.api, params.contactId, deps.includeMerged),
        ),
      );
    }
    if (hasAnyPermission(granted, SEGMENT_VIEW_PERMISSIONS)) {
      reads.push(
        context.queryClient.ensureQueryData(
          segmentsQueryOptions(context.api, params.contactId, deps.includeMerged),
        ),
      );
    }
    await Promise.allSettled(reads);
  },
  component: ActivityTab,
});
