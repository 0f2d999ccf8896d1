import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import { EditContactPage } from '@/features/contacts/contact-form-pages';
import { RecordNotFound } from '@/record-kit/record-not-found';
import { contactApi } from '@/features/contacts/api';
import { contactEntity } from '@/features/contacts/contact-entity';
import { loadRecord } from '@/record-kit/load-record';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/contacts/$contactId/edit')({
  beforeLoad: requirePermission('/_app/contacts/$contactId/edit'),
  loader: async ({ context, params }) => {
    await Promise.all([
      loadRecord(context, contactApi, params.contactId),
      prefetchCustomFieldSchemas(context, 'contact'),
    ]);
  },
  component: EditContactPage,
  notFoundComponent: () => <RecordNotFound entity={contactEntity} />,
  errorComponent: RouteError,
});
