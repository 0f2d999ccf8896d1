import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import { organizationApi } from '@/features/organizations/api';
import { organizationEntity } from '@/features/organizations/organization-entity';
import { loadRecord } from '@/record-kit/load-record';
import { EditOrganizationPage } from '@/features/organizations/organization-form-pages';
import { RecordNotFound } from '@/record-kit/record-not-found';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/organizations/$organizationId/edit')({
  beforeLoad: requirePermission('/_app/organizations/$organizationId/edit'),
  loader: async ({ context, params }) => {
    await Promise.all([
      loadRecord(context, organizationApi, params.organizationId),
      prefetchCustomFieldSchemas(context, 'organization'),
    ]);
  },
  component: EditOrganizationPage,
  notFoundComponent: () => <RecordNotFound entity={organizationEntity} />,
  errorComponent: RouteError,
});
