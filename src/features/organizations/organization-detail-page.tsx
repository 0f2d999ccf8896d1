import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { customFieldsDetailSection } from '@/features/schemas';
import type { ExternalOrganization } from '@/models/organization-fields';
import { baseSections, fieldSections, RecordDetails } from '@/record-kit/details/record-details';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';
import { OrganizationTrustorSection } from './organization-trustor';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record');

/** The Overview tab: every field of the organization, from the layout's already loaded query. */
export function OrganizationOverviewTab() {
  const { organizationId } = routeApi.useParams();
  const { api } = useServices();
  const { data: organization } = useSuspenseQuery(
    organizationApi.detailQueryOptions(api, organizationId),
  );
  return <OrganizationDetails organization={organization} />;
}

/** Every field of the organization from its definition, its trustor and its custom fields. */
export function OrganizationDetails({ organization }: { organization: ExternalOrganization }) {
  return (
    <RecordDetails
      sections={[
        ...fieldSections(organization, organizationEntity.fields, () => null),
        {
          title: 'Trustor',
          rows: [],
          node: <OrganizationTrustorSection key="trustor" organization={organization} />,
        },
        customFieldsDetailSection('organization', organization),
        ...baseSections(organization, 'Organization id'),
      ]}
    />
  );
}
