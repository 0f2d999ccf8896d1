import { createFileRoute } from '@tanstack/react-router';
import { organizationListQueryOptions } from '@/features/organizations/api';
import { toListParams } from '@/features/organizations/list-params';
import { OrganizationsListPage } from '@/features/organizations/organizations-list-page';
import { organizationSearchSchema } from '@/features/organizations/search-params';

export const Route = createFileRoute('/_app/organizations/')({
  validateSearch: organizationSearchSchema,
  loaderDeps: ({ search }) => toListParams(search),
  // A failed list is shown inside the page with a retry, not as a broken route: the query keeps
  // the error for the component.
  loader: ({ context, deps }) =>
    context.queryClient
      .ensureQueryData(organizationListQueryOptions(context.api, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: OrganizationsListPage,
});
