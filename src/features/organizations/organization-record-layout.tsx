import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { DeleteRecordButton } from '@/ui/delete-record-button';
import { PageHeader } from '@/ui/page-header';
import { RecordTabs } from '@/ui/record-tabs';
import { forgetOrganization, organizationDetailQueryOptions, useDeleteOrganization } from './api';
import { ORGANIZATION_DELETE_PERMISSIONS, ORGANIZATION_EDIT_PERMISSIONS } from './permissions';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record');

/** An organization's name and actions over its routed tabs. */
export function OrganizationRecordLayout() {
  const { organizationId } = routeApi.useParams();
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: organization } = useSuspenseQuery(
    organizationDetailQueryOptions(api, organizationId),
  );
  const params = { organizationId };
  const subtitle = [organization.companyType, organization.industry].filter(Boolean).join(' · ');
  return (
    <div className="page">
      <PageHeader
        title={organization.name}
        actions={
          <>
            {can(...ORGANIZATION_EDIT_PERMISSIONS) ? (
              <Link
                to="/organizations/$organizationId/edit"
                params={params}
                className="link-button primary"
              >
                Edit
              </Link>
            ) : null}
            {can(...ORGANIZATION_DELETE_PERMISSIONS) ? (
              <DeleteOrganizationButton organizationId={organizationId} name={organization.name} />
            ) : null}
          </>
        }
      >
        <p className="muted">
          <Link to="/organizations">All organizations</Link>
          {subtitle ? ` · ${subtitle}` : null}
        </p>
      </PageHeader>
      <RecordTabs
        label="Organization sections"
        tabs={[
          { label: 'Overview', link: { to: '/organizations/$organizationId', params } },
          { label: 'Contacts', link: { to: '/organizations/$organizationId/contacts', params } },
          { label: 'Notes', link: { to: '/organizations/$organizationId/notes', params } },
          {
            label: 'Relationships',
            link: { to: '/organizations/$organizationId/relationships', params },
          },
          {
            label: 'Identifiers',
            link: { to: '/organizations/$organizationId/identifiers', params },
          },
        ]}
      />
      <Outlet />
    </div>
  );
}

function DeleteOrganizationButton({
  organizationId,
  name,
}: {
  organizationId: string;
  name: string;
}) {
  const remove = useDeleteOrganization();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <DeleteRecordButton
      title="Delete organization?"
      name={name}
      state={remove}
      onConfirm={(close) =>
        remove.mutate(organizationId, {
          onSuccess: async () => {
            close();
            await navigate({ to: '/organizations' });
            forgetOrganization(queryClient, organizationId);
          },
        })
      }
    >
      <p>
        <strong>{name}</strong> will be deleted with its notes and relationships. Its contacts stay,
        without an organization. This cannot be undone.
      </p>
    </DeleteRecordButton>
  );
}
