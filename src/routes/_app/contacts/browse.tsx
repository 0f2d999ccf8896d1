import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import * as z from 'zod/mini';
import { RouteError } from '@/app/route-error';
import { contactScanQueryOptions } from '@/features/contacts/api';
import { BrowseAllContactsPage } from '@/features/contacts/browse-all-page';

const browseSearchSchema = z.object({
  divisionId: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined),
});

export const Route = createFileRoute('/_app/contacts/browse')({
  beforeLoad: requirePermission('/_app/contacts/browse'),
  validateSearch: browseSearchSchema,
  loaderDeps: ({ search }) => ({ divisionId: search.divisionId }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureInfiniteQueryData(
      contactScanQueryOptions(context.api, deps.divisionId),
    ),
  component: BrowseAllContactsPage,
  errorComponent: RouteError,
});
