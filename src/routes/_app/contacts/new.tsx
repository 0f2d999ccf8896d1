import { createFileRoute } from '@tanstack/react-router';
import { NewContactPage } from '@/features/contacts/contact-form-pages';

export const Route = createFileRoute('/_app/contacts/new')({
  component: NewContactPage,
});
