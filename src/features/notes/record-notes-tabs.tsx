import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { contactApi } from '@/features/contacts';
import { NotesPanel } from './notes-panel';
import type { NotesSearch } from './search-params';

const contactNotesRoute = getRouteApi('/_app/contacts/$contactId/_record/notes');
const organizationNotesRoute = getRouteApi('/_app/organizations/$organizationId/_record/notes');

/** The contact's Notes tab; the contact itself is already loaded by the record layout. */
export function ContactNotesTab() {
  const { contactId } = contactNotesRoute.useParams();
  const search = contactNotesRoute.useSearch();
  const navigate = contactNotesRoute.useNavigate();
  const { api } = useServices();
  const { data: contact } = useSuspenseQuery(contactApi.detailQueryOptions(api, contactId));
  return (
    <NotesPanel
      owner={{ type: 'contact', id: contactId }}
      search={search}
      onSearchChange={(change: Partial<NotesSearch>) =>
        void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true })
      }
      hasMergeSet={(contact.mergeSet?.length ?? 0) > 1}
    />
  );
}

export function OrganizationNotesTab() {
  const { organizationId } = organizationNotesRoute.useParams();
  const search = organizationNotesRoute.useSearch();
  const navigate = organizationNotesRoute.useNavigate();
  return (
    <NotesPanel
      owner={{ type: 'organization', id: organizationId }}
      search={search}
      onSearchChange={(change: Partial<NotesSearch>) =>
        void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true })
      }
      hasMergeSet={false}
    />
  );
}
