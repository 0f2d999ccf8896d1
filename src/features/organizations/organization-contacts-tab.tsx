import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { contactDetailQueryOptions } from '@/features/contacts/api';
import { contactName, primaryPhone } from '@/features/contacts/format';
import {
  lastReachablePage,
  PAGE_SIZES,
  type PageSize,
  type SortField,
} from '@/features/contacts/search-params';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import { organizationContactsQueryOptions } from './api';
import { toListParams } from './list-params';
import { SearchBox } from '@/ui/search-box';
import { nextSort } from './search-params';
import { SortHeader } from './sort-header';

const routeApi = getRouteApi('/_app/organizations/$organizationId/_record/contacts');
const COLUMN_COUNT = 4;

/** The organization's contacts: searchable, sortable and paged, all in the URL. */
export function OrganizationContactsTab() {
  const { organizationId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const params = toListParams(search);
  const list = useQuery(organizationContactsQueryOptions(api, organizationId, params));
  const contacts = list.data?.entities ?? [];
  const total = list.data?.total;
  const lastPage = lastReachablePage(params.pageSize, list.data?.pageCount);
  const onSort = (field: SortField) =>
    void navigate({
      search: (prev) => ({ ...prev, sortOrder: nextSort(prev.sortOrder, field), pageNumber: 1 }),
    });

  const message = list.isPending ? (
    <span role="status">Loading contacts…</span>
  ) : params.q ? (
    <span>No contacts of this organization match “{params.q}”.</span>
  ) : (
    <span>This organization has no contacts.</span>
  );

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
      {list.isError ? (
        <QueryError
          error={list.error}
          title="The contacts could not be loaded."
          onRetry={() => void list.refetch()}
        />
      ) : (
        <>
          <div className="table-scroll">
            <table
              className={`data-table${list.isPlaceholderData ? ' is-stale' : ''}`}
              aria-busy={list.isPlaceholderData}
            >
              <caption>
                {params.q
                  ? `Organization contacts matching “${params.q}”`
                  : 'Organization contacts'}
              </caption>
              <thead>
                <tr>
                  <SortHeader
                    label="Name"
                    field="lastName"
                    sortOrder={search.sortOrder}
                    onSort={onSort}
                  />
                  <SortHeader
                    label="Title"
                    field="title"
                    sortOrder={search.sortOrder}
                    onSort={onSort}
                  />
                  <th scope="col">Work email</th>
                  <th scope="col">Phone</th>
                </tr>
              </thead>
              <tbody>
                {contacts.length === 0 ? (
                  <tr>
                    <td colSpan={COLUMN_COUNT} className="table-message">
                      {message}
                    </td>
                  </tr>
                ) : null}
                {contacts.map((contact) => (
                  <tr
                    key={contact.id}
                    onMouseEnter={() =>
                      void queryClient.prefetchQuery(contactDetailQueryOptions(api, contact.id))
                    }
                    onFocus={() =>
                      void queryClient.prefetchQuery(contactDetailQueryOptions(api, contact.id))
                    }
                  >
                    <td>
                      <Link to="/contacts/$contactId" params={{ contactId: contact.id }}>
                        {contactName(contact)}
                      </Link>
                    </td>
                    <td>{contact.title}</td>
                    <td>{contact.workEmail}</td>
                    <td>{primaryPhone(contact)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            label="Organization contacts pages"
            pageNumber={params.pageNumber}
            lastPage={Math.max(lastPage, 1)}
            pageSize={params.pageSize}
            pageSizes={PAGE_SIZES}
            total={total}
            onPageChange={(pageNumber) =>
              void navigate({ search: (prev) => ({ ...prev, pageNumber }) })
            }
            onPageSizeChange={(pageSize) =>
              void navigate({
                search: (prev) => ({ ...prev, pageSize: pageSize as PageSize, pageNumber: 1 }),
              })
            }
          />
        </>
      )}
    </section>
  );
}
