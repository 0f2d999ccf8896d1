import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { contactQueries } from '@/features/contacts/contact-queries';
import { ContactsListPage } from '@/features/contacts/contacts-list-page';
import { CONTACT_SORT_FIELDS } from '@/models/contact-fields';
import { recordSearchSchema, toListParams } from '@/record-kit/list-params';
import { loadRecordTable } from '@/record-kit/list/record-table-lazy';

export const Route = createFileRoute('/_app/contacts/')({
  beforeLoad: requirePermission('/_app/contacts/', { firstScreen: true }),
  validateSearch: recordSearchSchema(CONTACT_SORT_FIELDS),
  // The first screen people land on: its loader stays in the entry chunk, so the list request
  // leaves as soon as the router starts instead of after the page's chunks arrive.
  codeSplitGroupings: [['component']],
  loaderDeps: ({ search }) => toListParams(search),
  // A failed list is shown inside the page with a retry, not as a broken route: swallow it here,
  // the query keeps the error for the component.
  loader: async ({ context, deps }) => {
    await Promise.all([
      context.queryClient
        .ensureQueryData(contactQueries.listQueryOptions(context.api, deps))
        .catch(() => undefined),
      loadRecordTable(),
    ]);
  },
  component: ContactsListPage,
});
