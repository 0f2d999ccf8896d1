import { createFileRoute } from '@tanstack/react-router';
import { contactListQueryOptions, toListParams } from '@/features/contacts/api';
import { ContactsListPage } from '@/features/contacts/contacts-list-page';
import { contactSearchSchema } from '@/features/contacts/search-params';

export const Route = createFileRoute('/_app/contacts/')({
  validateSearch: contactSearchSchema,
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
