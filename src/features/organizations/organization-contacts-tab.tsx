import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { contactApi, contactEntity } from '@/features/contacts';
import { CONTACT_SORT_FIELDS, contactName } from '@/models/contact-fields';
import { deriveRecordColumns } from '@/record-kit/list/record-columns';
import { toListParams } from '@/record-kit/list-params';
import { RecordListResults } from '@/record-kit/list/record-list-results';
import { SearchBox } from '@/ui/search-box';
import { organizationContactsQueryOptions } from './api';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record/contacts');
const TAB_COLUMN_IDS = ['name', 'title', 'workEmail', 'phone'];
// The organization is the page's own: its column would repeat it on every row.
const TAB_COLUMNS = deriveRecordColumns(contactEntity, {
  sortFields: CONTACT_SORT_FIELDS,
  nameSortField: 'lastName',
}).filter((column) => TAB_COLUMN_IDS.includes(column.id));

/** The organization's contacts: searchable, sortable and paged, all in the URL. */
export function OrganizationContactsTab() {
  const { organizationId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const params = toListParams(search);
  const list = useQuery(organizationContactsQueryOptions(api, organizationId, params));

  return (
    <section aria-labelledby="organization-contacts-heading">
      <h2 id="organization-contacts-heading">Contacts</h2>
      <div className="toolbar">
        <SearchBox
          label="Search this organization's contacts"
          placeholder="Name, email, phone, title…"
          q={search.q}
          onSearch={(q) =>
            void navigate({ search: (prev) => ({ ...prev, q, pageNumber: 1 }), replace: true })
          }
        />
      </div>
      <RecordListResults
        list={list}
        params={params}
        sortOrder={search.sortOrder}
        navigate={(patch, options) =>
          void navigate({
            search: (prev) => ({ ...prev, ...patch }) as typeof prev,
            replace: options?.replace,
          })
        }
        caption={
          params.q ? `Organization contacts matching “${params.q}”` : 'Organization contacts'
        }
        noun={{ one: 'contact', many: 'contacts' }}
        pagesLabel="Organization contacts pages"
        columns={TAB_COLUMNS}
        nameOf={contactName}
        onIntent={(contactId) =>
          void queryClient.prefetchQuery(contactApi.detailQueryOptions(api, contactId))
        }
        emptyText="This organization has no contacts."
        noMatchText={(q) => `No contacts of this organization match “${q}”.`}
      />
    </section>
  );
}
