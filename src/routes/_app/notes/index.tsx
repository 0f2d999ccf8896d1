import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { AllNotesPage, noteScanQueryOptions } from '@/features/notes/all-notes-page';

export const Route = createFileRoute('/_app/notes/')({
  beforeLoad: requirePermission('/_app/notes/'),
  // The first scan page is fetched with the route; a failure is shown in the page with a retry.
  loader: ({ context }) =>
    context.queryClient
      .ensureInfiniteQueryData(noteScanQueryOptions(context.api))
      .then(() => undefined)
      .catch(() => undefined),
  component: AllNotesPage,
});
