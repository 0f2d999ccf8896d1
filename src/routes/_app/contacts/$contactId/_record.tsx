import { createFileRoute } from '@tanstack/react-router';
import { RouteError } from '@/app/route-error';
import { ContactNotFound } from '@/features/contacts/contact-not-found';
import { ContactRecordLayout } from '@/features/contacts/contact-record-layout';
import { loadContact } from '@/features/contacts/load-contact';

/** A contact's header and tabs; each tab is a child route. One round trip paints the header. */
export const Route = createFileRoute('/_app/contacts/$contactId/_record')({
  loader: async ({ context, params }) => {
    await loadContact(context, params.contactId);
  },
  component: ContactRecordLayout,
  notFoundComponent: ContactNotFound,
  errorComponent: RouteError,
});
