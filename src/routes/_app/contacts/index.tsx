import { createFileRoute } from '@tanstack/react-router';
import { contactListQueryOptions } from '@/features/contacts/api';
import { toListParams } from '@/features/contacts/list-params';
import { ContactsListPage } from '@/features/contacts/contacts-list-page';
import { contactSearchSchema } from '@/features/contacts/search-params';

export const Route = createFileRoute('/_app/contacts/')({
  validateSearch: contactSearchSchema,
  // The first screen people land on: its loader stays in the entry chunk, so the list request
  // leaves as soon as the router starts instead of after the page's chunks arrive.
  codeSplitGroupings: [['component']],
  loaderDeps: ({ search }) => toListParams(search),
  // A failed list is shown inside the page with a retry, not as a broken route: swallow it here,
  // the query keeps the error for the component.
  loader: ({ context, deps }) =>
    context.queryClient
      .ensureQueryData(contactListQueryOptions(context.api, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: ContactsListPage,
});
