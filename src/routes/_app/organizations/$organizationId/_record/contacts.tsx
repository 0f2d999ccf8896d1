import { createFileRoute } from '@tanstack/react-router';
import { organizationContactsQueryOptions } from '@/features/organizations/api';
import { OrganizationContactsTab } from '@/features/organizations/organization-contacts-tab';
import { CONTACT_SORT_FIELDS } from '@/models/contact-fields';
import { recordSearchSchema, toListParams } from '@/record-kit/list-params';

export const Route = createFileRoute('/_app/organizations/$organizationId/_record/contacts')({
  // GET …/organizations/{id}/contacts sorts by the contact search's fields.
  validateSearch: recordSearchSchema(CONTACT_SORT_FIELDS),
  loaderDeps: ({ search }) => toListParams(search),
  // Runs in parallel with the record layout's loader (no waterfall); a failure shows in the tab.
  loader: ({ context, params, deps }) =>
    context.queryClient
      .ensureQueryData(organizationContactsQueryOptions(context.api, params.organizationId, deps))
      .then(() => undefined)
      .catch(() => undefined),
  component: OrganizationContactsTab,
});
