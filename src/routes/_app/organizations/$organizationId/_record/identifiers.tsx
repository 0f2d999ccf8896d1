import { createFileRoute } from '@tanstack/react-router';
import { identifiersQueryOptions } from '@/features/identifiers/api';
import { IdentifiersPanel } from '@/features/identifiers/identifiers-panel';

/** An organization's identifiers (External ids only); loaded beside the record header. */
export const Route = createFileRoute('/_app/organizations/$organizationId/_record/identifiers')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(
      identifiersQueryOptions(context.api, { kind: 'organization', id: params.organizationId }),
    ),
  component: OrganizationIdentifiersTab,
});

function OrganizationIdentifiersTab() {
  const { organizationId } = Route.useParams();
  // Keyed by id: moving to another organization's tab starts with an empty form.
  return (
    <IdentifiersPanel key={organizationId} owner={{ kind: 'organization', id: organizationId }} />
  );
}
