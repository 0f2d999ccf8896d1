import { createFileRoute } from '@tanstack/react-router';
import { identifiersQueryOptions } from '@/features/identifiers/api';
import { IdentifiersPanel } from '@/features/identifiers/identifiers-panel';

/** A contact's identifiers; loaded beside the record header's contact, not after it. */
export const Route = createFileRoute('/_app/contacts/$contactId/_record/identifiers')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(
      identifiersQueryOptions(context.api, { kind: 'contact', id: params.contactId }),
    ),
  component: ContactIdentifiersTab,
});

function ContactIdentifiersTab() {
  const { contactId } = Route.useParams();
  // Keyed by id: moving to another contact's tab starts with an empty form.
  return <IdentifiersPanel key={contactId} owner={{ kind: 'contact', id: contactId }} />;
}
