import { createFileRoute } from '@tanstack/react-router';
import { ContactOverviewTab } from '@/features/contacts/contact-detail-page';

export const Route = createFileRoute('/_app/contacts/$contactId/_record/')({
  component: ContactOverviewTab,
});
