import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { meQueryOptions } from '@/auth/me-query';
import { lookupQueryOptions } from '@/features/lookup/api';
import { canLookUp, contactLookupRoute } from '@/features/lookup/lookup-permissions';
import { LookupPage } from '@/features/lookup/lookup-page';
import { lookupSearchSchema, toLookupRequest } from '@/features/lookup/search-params';

export const Route = createFileRoute('/_app/lookup/')({
  beforeLoad: requirePermission('/_app/lookup/'),
  validateSearch: lookupSearchSchema,
  loaderDeps: ({ search }) => ({ request: toLookupRequest(search) }),
  // A shared link paints with its answer. A failed lookup is shown in the page with a retry,
  // not as a broken route: swallow it here, the query keeps the error for the component.
  loader: async ({ context, deps: { request } }) => {
    if (request === null) return;
    const me = await context.queryClient.ensureQueryData(meQueryOptions(context.api));
    const granted = me.authorization?.permissions ?? [];
    if (!canLookUp(granted, request.kind)) return;
    await context.queryClient
      .ensureQueryData(
        lookupQueryOptions(context.api, request, contactLookupRoute(granted) ?? 'current'),
      )
      .catch(() => undefined);
  },
  component: LookupPage,
});
