import { createFileRoute } from '@tanstack/react-router';
import { OrganizationOverviewTab } from '@/features/organizations/organization-detail-page';

export const Route = createFileRoute('/_app/organizations/$organizationId/_record/')({
  component: OrganizationOverviewTab,
});
