import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { ContactDetailPage } from '@/features/contacts/contact-detail-page';
import { ContactNotFound } from '@/features/contacts/contact-not-found';
import { loadContact } from '@/features/contacts/load-contact';

export const Route = createFileRoute('/_app/contacts/$contactId/')({
  loader: async ({ context, params }) => {
    await loadContact(context, params.contactId);
  },
  component: ContactDetailPage,
  notFoundComponent: ContactNotFound,
  errorComponent: RouteError,
});
