import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { loadOrganization } from '@/features/organizations/load-organization';
import { OrganizationNotFound } from '@/features/organizations/organization-not-found';
import { OrganizationRecordLayout } from '@/features/organizations/organization-record-layout';

/** An organization's header and tabs; each tab is a child route. One round trip paints the header. */
export const Route = createFileRoute('/_app/organizations/$organizationId/_record')({
  loader: async ({ context, params }) => {
    await loadOrganization(context, params.organizationId);
  },
  component: OrganizationRecordLayout,
  notFoundComponent: OrganizationNotFound,
  errorComponent: RouteError,
});
