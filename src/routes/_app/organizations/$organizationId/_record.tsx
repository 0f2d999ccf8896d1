import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import { organizationApi } from '@/features/organizations/api';
import { organizationEntity } from '@/features/organizations/organization-entity';
import { loadRecord } from '@/record-kit/load-record';
import { RecordNotFound } from '@/record-kit/record-not-found';
import { OrganizationRecordLayout } from '@/features/organizations/organization-record-layout';

/** An organization's header and tabs; each tab is a child route. One round trip paints the header. */
export const Route = createFileRoute('/_app/organizations/$organizationId/_record')({
  beforeLoad: requirePermission('/_app/organizations/$organizationId/_record'),
  loader: async ({ context, params }) => {
    await loadRecord(context, organizationApi, params.organizationId);
  },
  component: OrganizationRecordLayout,
  notFoundComponent: () => <RecordNotFound entity={organizationEntity} />,
  errorComponent: RouteError,
});
