import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { organizationDetailQueryOptions } from './api';
import { OrganizationForm } from './organization-form';
import { ORGANIZATION_ADD_PERMISSIONS, ORGANIZATION_EDIT_PERMISSIONS } from './permissions';

const backLink = <Link to="/organizations">Back to all organizations</Link>;

export function NewOrganizationPage() {
  const { can } = usePermissions();
  if (!can(...ORGANIZATION_ADD_PERMISSIONS))
    return <NotAllowed action="create organizations" back={backLink} />;
  return (
    <div className="page">
      <PageHeader title="New organization">
        <p className="muted">
          <Link to="/organizations">All organizations</Link>
        </p>
      </PageHeader>
      <OrganizationForm />
    </div>
  );
}

const editRoute = getRouteApi('/_app/organizations/$organizationId/edit');

export function EditOrganizationPage() {
  const { organizationId } = editRoute.useParams();
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: organization } = useSuspenseQuery(
    organizationDetailQueryOptions(api, organizationId),
  );
  if (!can(...ORGANIZATION_EDIT_PERMISSIONS))
    return <NotAllowed action="edit organizations" back={backLink} />;
  return (
    <div className="page">
      <PageHeader title={`Edit ${organization.name}`}>
        <p className="muted">
          <Link to="/organizations">All organizations</Link> ·{' '}
          <Link to="/organizations/$organizationId" params={{ organizationId }}>
            {organization.name}
          </Link>
        </p>
      </PageHeader>
      {/* Keyed by the organization so another record never inherits typed values. */}
      <OrganizationForm key={organization.id} organization={organization} />
    </div>
  );
}
