import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { RecordLayout } from '@/record-kit/layout/record-layout';
import { organizationApi } from './api';
import { organizationEntity } from './organization-entity';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record');

/** An organization's name, summary and actions over its routed tabs. */
export function OrganizationRecordLayout() {
  const { organizationId } = routeApi.useParams();
  const { api } = useServices();
  const { data: organization } = useSuspenseQuery(
    organizationApi.detailQueryOptions(api, organizationId),
  );
  const params = { organizationId };
  const subtitle = [organization.companyType, organization.industry].filter(Boolean).join(' · ');
  return (
    <RecordLayout
      entity={organizationEntity}
      api={organizationApi}
      record={organization}
      badges={subtitle || undefined}
      reference={() => null}
      deleteConsequence="with its notes and relationships. Its contacts stay, without an organization"
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
  );
}
