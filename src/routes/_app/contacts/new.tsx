import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { NewContactPage } from '@/features/contacts/contact-form-pages';
import { prefetchCustomFieldSchemas } from '@/features/schemas/custom-fields/prefetch-custom-field-schemas';

export const Route = createFileRoute('/_app/contacts/new')({
  beforeLoad: requirePermission('/_app/contacts/new'),
  loader: ({ context }) => prefetchCustomFieldSchemas(context, 'contact'),
  component: NewContactPage,
});
