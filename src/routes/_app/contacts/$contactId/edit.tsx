import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { EditContactPage } from '@/features/contacts/contact-form-pages';
import { ContactNotFound } from '@/features/contacts/contact-not-found';
import { loadContact } from '@/features/contacts/load-contact';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/contacts/$contactId/edit')({
  loader: async ({ context, params }) => {
    await Promise.all([
      loadContact(context, params.contactId),
      prefetchCustomFieldSchemas(context, 'contact'),
    ]);
  },
  component: EditContactPage,
  notFoundComponent: ContactNotFound,
  errorComponent: RouteError,
});
