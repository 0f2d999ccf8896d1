import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import * as z from 'zod/mini';
import { RouteError } from '@/app/route-error';
import { organizationScanQueryOptions } from '@/features/organizations/api';
import { BrowseAllOrganizationsPage } from '@/features/organizations/browse-all-organizations-page';

const browseSearchSchema = z.object({
  divisionId: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined),
});

export const Route = createFileRoute('/_app/organizations/browse')({
  beforeLoad: requirePermission('/_app/organizations/browse'),
  validateSearch: browseSearchSchema,
  loaderDeps: ({ search }) => ({ divisionId: search.divisionId }),
  loader: ({ context, deps }) =>
    context.queryClient.ensureInfiniteQueryData(
      organizationScanQueryOptions(context.api, deps.divisionId),
    ),
  component: BrowseAllOrganizationsPage,
  errorComponent: RouteError,
});
