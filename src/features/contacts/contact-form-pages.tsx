import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { RecordFormPage } from '@/record-kit/form/record-form-page';
import { contactApi } from './api';
import { contactEntity } from './contact-entity';
import { ContactForm } from './contact-form';

export function NewContactPage() {
  return (
    <RecordFormPage entity={contactEntity}>
      <ContactForm />
    </RecordFormPage>
  );
}

const editRoute = getRouteApi('/_app/contacts/$contactId/edit');

export function EditContactPage() {
  const { contactId } = editRoute.useParams();
  const { api } = useServices();
  const { data: contact } = useSuspenseQuery(contactApi.detailQueryOptions(api, contactId));
  return (
    <RecordFormPage entity={contactEntity} record={contact}>
      {/* Keyed by the contact so a different contact never inherits another's typed values. */}
      <ContactForm key={contact.id} contact={contact} />
    </RecordFormPage>
  );
}
