import { createFileRoute } from '@tanstack/react-router';
import { organizationContactsQueryOptions } from '@/features/organizations/api';
import { toListParams } from '@/features/organizations/list-params';
import { OrganizationContactsTab } from '@/features/organizations/organization-contacts-tab';
import { organizationContactsSearchSchema } from '@/features/organizations/search-params';

export const Route = createFileRoute('/_app/organizations/$organizationId/_record/contacts')({
  validateSearch: organizationContactsSearchSchema,
  loaderDeps: ({ search }) => toListParams(search),
  // Runs in parallel with the record layout's loader (no waterfall); a failure shows in the tab.
  loader: ({ context, params, deps }) =>
    context.queryClient
      .ensureQueryData(organizationContactsQueryOptions(context.api, params.organizationId, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: OrganizationContactsTab,
});
