import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { loadOrganization } from '@/features/organizations/load-organization';
import { EditOrganizationPage } from '@/features/organizations/organization-form-pages';
import { OrganizationNotFound } from '@/features/organizations/organization-not-found';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/organizations/$organizationId/edit')({
  loader: async ({ context, params }) => {
    await Promise.all([
      loadOrganization(context, params.organizationId),
      prefetchCustomFieldSchemas(context, 'organization'),
    ]);
  },
  component: EditOrganizationPage,
  notFoundComponent: OrganizationNotFound,
  errorComponent: RouteError,
});
