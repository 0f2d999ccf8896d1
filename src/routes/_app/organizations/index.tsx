import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { organizationListQueryOptions } from '@/features/organizations/api';
import { OrganizationsListPage } from '@/features/organizations/organizations-list-page';
import { ORGANIZATION_SORT_FIELDS } from '@/models/organization-fields';
import { recordSearchSchema, toListParams } from '@/record-kit/list-params';
import { loadRecordTable } from '@/record-kit/list/record-table-lazy';

export const Route = createFileRoute('/_app/organizations/')({
  beforeLoad: requirePermission('/_app/organizations/'),
  validateSearch: recordSearchSchema(ORGANIZATION_SORT_FIELDS),
  loaderDeps: ({ search }) => toListParams(search),
  // A failed list is shown inside the page with a retry, not as a broken route: the query keeps
  // the error for the component.
  loader: async ({ context, deps }) => {
    await Promise.all([
      context.queryClient
        .ensureQueryData(organizationListQueryOptions(context.api, deps))
        .catch(() => undefined),
      loadRecordTable(),
    ]);
  },
  component: OrganizationsListPage,
});
