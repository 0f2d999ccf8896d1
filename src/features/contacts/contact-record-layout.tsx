import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { MergeWithLink } from '@/features/merge/merge-with-link';
import { PromoteContactButton } from '@/features/merge/promote-contact-button';
import { DeleteRecordButton } from '@/ui/delete-record-button';
import { PageHeader } from '@/ui/page-header';
import { RecordTabs } from '@/ui/record-tabs';
import { contactDetailQueryOptions, forgetContact, useDeleteContact } from './api';
import { ContactTypeBadge } from './contact-type-badge';
import { contactName } from './format';

const routeApi = getRouteApi('/_app/contacts/$contactId/_record');

export const CONTACT_EDIT_PERMISSIONS = ['externalContacts:contact:edit', 'relate:contact:edit'];
export const CONTACT_DELETE_PERMISSIONS = [
  'externalContacts:contact:delete',
  'relate:contact:delete',
];

/** A contact's name, type and actions over its routed tabs. */
export function ContactRecordLayout() {
  const { contactId } = routeApi.useParams();
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: contact } = useSuspenseQuery(contactDetailQueryOptions(api, contactId));
  const name = contactName(contact);
  const params = { contactId };
  return (
    <div className="page">
      <PageHeader
        title={name}
        actions={
          <>
            {can(...CONTACT_EDIT_PERMISSIONS) ? (
              <Link
                to="/contacts/$contactId/edit"
                params={{ contactId }}
                className="link-button primary"
              >
                Edit
              </Link>
            ) : null}
            <PromoteContactButton contact={contact} />
            <MergeWithLink contactId={contactId} />
            {can(...CONTACT_DELETE_PERMISSIONS) ? (
              <DeleteContactButton contactId={contactId} name={name} />
            ) : null}
          </>
        }
      >
        <p className="muted">
          <Link to="/contacts">All contacts</Link> · <ContactTypeBadge type={contact.type} />
        </p>
      </PageHeader>
      <RecordTabs
        label="Contact sections"
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
      <Outlet />
    </div>
  );
}

function DeleteContactButton({ contactId, name }: { contactId: string; name: string }) {
  const remove = useDeleteContact();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <DeleteRecordButton
      title="Delete contact?"
      name={name}
      state={remove}
      onConfirm={(close) =>
        remove.mutate(contactId, {
          onSuccess: async () => {
            close();
            await navigate({ to: '/contacts' });
            forgetContact(queryClient, contactId);
          },
        })
      }
    >
      <p>
        <strong>{name}</strong> will be deleted with its notes and identifiers. This cannot be
        undone.
      </p>
    </DeleteRecordButton>
  );
}
