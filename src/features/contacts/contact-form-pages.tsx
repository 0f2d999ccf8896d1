import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { NotAllowed } from '@/ui/not-allowed';
import { PageHeader } from '@/ui/page-header';
import { contactDetailQueryOptions } from './api';
import { ContactForm } from './contact-form';
import { CONTACT_EDIT_PERMISSIONS } from './contact-record-layout';
import { CONTACT_ADD_PERMISSIONS } from './contacts-list-page';
import { contactName } from './format';

const backLink = <Link to="/contacts">Back to all contacts</Link>;

export function NewContactPage() {
  const { can } = usePermissions();
  if (!can(...CONTACT_ADD_PERMISSIONS))
    return <NotAllowed action="create contacts" back={backLink} />;
  return (
    <div className="page">
      <PageHeader title="New contact">
        <p className="muted">
          <Link to="/contacts">All contacts</Link>
        </p>
      </PageHeader>
      <ContactForm />
    </div>
  );
}

const editRoute = getRouteApi('/_app/contacts/$contactId/edit');

export function EditContactPage() {
  const { contactId } = editRoute.useParams();
  const { api } = useServices();
  const { can } = usePermissions();
  const { data: contact } = useSuspenseQuery(contactDetailQueryOptions(api, contactId));
  if (!can(...CONTACT_EDIT_PERMISSIONS))
    return <NotAllowed action="edit contacts" back={backLink} />;
  const name = contactName(contact);
  return (
    <div className="page">
      <PageHeader title={`Edit ${name}`}>
        <p className="muted">
          <Link to="/contacts">All contacts</Link> ·{' '}
          <Link to="/contacts/$contactId" params={{ contactId }}>
            {name}
          </Link>
        </p>
      </PageHeader>
      {/* Keyed by the contact so a different contact never inherits another's typed values. */}
      <ContactForm key={contact.id} contact={contact} />
    </div>
  );
}
