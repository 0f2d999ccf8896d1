import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import { RecordNotFound } from '@/record-kit/record-not-found';
import { ContactRecordLayout } from '@/features/contacts/contact-record-layout';
import { contactApi } from '@/features/contacts/api';
import { contactEntity } from '@/features/contacts/contact-entity';
import { loadRecord } from '@/record-kit/load-record';

/** A contact's header and tabs; each tab is a child route. One round trip paints the header. */
export const Route = createFileRoute('/_app/contacts/$contactId/_record')({
  beforeLoad: requirePermission('/_app/contacts/$contactId/_record'),
  loader: async ({ context, params }) => {
    await loadRecord(context, contactApi, params.contactId);
  },
  component: ContactRecordLayout,
  notFoundComponent: () => <RecordNotFound entity={contactEntity} />,
  errorComponent: RouteError,
});
