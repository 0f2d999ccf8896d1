import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { MergeWithLink, PromoteContactButton } from '@/features/merge';
import { RecordLayout } from '@/record-kit/layout/record-layout';
import { contactApi } from './api';
import { contactEntity } from './contact-entity';
import { ContactTypeBadge } from './contact-type-badge';
import { OrganizationLink } from './organization-link';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record');

/** A contact's name, type, summary and actions over its routed tabs. */
export function ContactRecordLayout() {
  const { contactId } = routeApi.useParams();
  const { api } = useServices();
  const { data: contact } = useSuspenseQuery(contactApi.detailQueryOptions(api, contactId));
  const params = { contactId };
  return (
    <RecordLayout
      entity={contactEntity}
      api={contactApi}
      record={contact}
      badges={<ContactTypeBadge type={contact.type} />}
      reference={(_field, ref) => <OrganizationLink organization={ref} />}
      actions={
        <>
          <PromoteContactButton contact={contact} />
          <MergeWithLink contactId={contactId} />
        </>
      }
      deleteConsequence="with its notes and identifiers"
      tabs={[
        { label: 'Overview', link: { to: '/contacts/$contactId', params } },
        { label: 'Notes', link: { to: '/contacts/$contactId/notes', params } },
        { label: 'Identifiers', link: { to: '/contacts/$contactId/identifiers', params } },
        {
          label: 'Conversations and journey',
          link: { to: '/contacts/$contactId/activity', params },
        },
      ]}
    />
  );
}
