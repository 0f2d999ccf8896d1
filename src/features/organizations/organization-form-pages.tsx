import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { RecordFormPage } from '@/record-kit/form/record-form-page';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';
import { OrganizationForm } from './organization-form';

export function NewOrganizationPage() {
  return (
    <RecordFormPage entity={organizationEntity}>
      <OrganizationForm />
    </RecordFormPage>
  );
}

const editRoute = getRouteApi('/_app/organizations/$organizationId/edit');

export function EditOrganizationPage() {
  const { organizationId } = editRoute.useParams();
  const { api } = useServices();
  const { data: organization } = useSuspenseQuery(
    organizationApi.detailQueryOptions(api, organizationId),
  );
  return (
    <RecordFormPage entity={organizationEntity} record={organization}>
      {/* Keyed by the organization so another one never inherits this one's typed values. */}
      <OrganizationForm key={organization.id} organization={organization} />
    </RecordFormPage>
  );
}
