import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { EditContactPage } from '@/features/contacts/contact-form-pages';
import { ContactNotFound } from '@/features/contacts/contact-not-found';
import { loadContact } from '@/features/contacts/load-contact';

export const Route = createFileRoute('/_app/contacts/$contactId/edit')({
  loader: async ({ context, params }) => {
    await loadContact(context, params.contactId);
  },
  component: EditContactPage,
  notFoundComponent: ContactNotFound,
  errorComponent: RouteError,
});
