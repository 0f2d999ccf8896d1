import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PageHeader } from '@/ui/page-header';
import { organizationDetailQueryOptions } from './api';
import { OrganizationForm } from './organization-form';
import { ORGANIZATION_ADD_PERMISSIONS, ORGANIZATION_EDIT_PERMISSIONS } from './permissions';

function NotAllowed({ action }: { action: string }) {
  return (
    <div className="page">
      <h1>You cannot {action}</h1>
      <p>
        Your roles do not include the permission to {action}. Ask an administrator if you need it.
      </p>
      <Link to="/organizations">Back to all organizations</Link>
    </div>
  );
}

export function NewOrganizationPage() {
  const { can } = usePermissions();
  if (!can(...ORGANIZATION_ADD_PERMISSIONS)) return <NotAllowed action="create organizations" />;
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
  if (!can(...ORGANIZATION_EDIT_PERMISSIONS)) return <NotAllowed action="edit organizations" />;
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
