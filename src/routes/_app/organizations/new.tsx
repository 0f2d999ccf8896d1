import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { NewOrganizationPage } from '@/features/organizations/organization-form-pages';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/organizations/new')({
  beforeLoad: requirePermission('/_app/organizations/new'),
  loader: ({ context }) => prefetchCustomFieldSchemas(context, 'organization'),
  component: NewOrganizationPage,
});
