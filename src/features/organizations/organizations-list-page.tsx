import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import {
  lastReachablePage,
  PAGE_SIZES,
  SEARCH_WINDOW,
  type PageSize,
} from '@/features/contacts/search-params';
import { PageHeader } from '@/ui/page-header';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import { organizationDetailQueryOptions, organizationListQueryOptions } from './api';
import { toListParams } from './list-params';
import { OrganizationsTable } from './organizations-table';
import { ORGANIZATION_ADD_PERMISSIONS } from './permissions';
import { SearchBox } from '@/ui/search-box';
import { nextSort } from './search-params';

const routeApi = getRouteApi('/_app/organizations/');
const count = new Intl.NumberFormat();

export function OrganizationsListPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const params = toListParams(search);
  const list = useQuery(organizationListQueryOptions(api, params));

  const listing = list.data;
  const organizations = listing?.entities ?? [];
  const total = listing?.total;
  const lastPage = lastReachablePage(params.pageSize, listing?.pageCount);
  const goTo = (pageNumber: number) =>
    void navigate({ search: (prev) => ({ ...prev, pageNumber }) });

  const message = list.isPending ? (
    <span role="status">Loading organizations…</span>
  ) : params.pageNumber > 1 && total ? (
    <span>
      This page is past the last one.{' '}
      <button type="button" className="sort-button" onClick={() => goTo(1)}>
        Go to the first page
      </button>
    </span>
  ) : params.q ? (
    <span>No organizations match “{params.q}”.</span>
  ) : (
    <span>No organizations yet.</span>
  );

  return (
    <div className="page">
      <PageHeader
        title="Organizations"
        actions={
          can(...ORGANIZATION_ADD_PERMISSIONS) ? (
            <Link to="/organizations/new" className="link-button primary">
              New organization
            </Link>
          ) : null
        }
      />
      <div className="toolbar">
        <SearchBox
          label="Search organizations"
          placeholder="Name, industry, city, website…"
          q={search.q}
          onSearch={(q) =>
            void navigate({
              search: (prev) => ({ ...prev, q, pageNumber: 1 }),
              // Typing refines one search: keep it to one history entry.
              replace: true,
            })
          }
        />
        <p className="muted">
          Search paging reaches the first {count.format(SEARCH_WINDOW)} matches (a Genesys limit).{' '}
          <Link to="/organizations/browse">Browse all organizations</Link>
        </p>
      </div>
      {total !== undefined && total > SEARCH_WINDOW ? (
        <GuxInlineAlert accent="info">
          <div>
            {count.format(total)} organizations match. Only the first {count.format(SEARCH_WINDOW)}{' '}
            matches can be paged: refine the search, or browse all organizations without one.
          </div>
        </GuxInlineAlert>
      ) : null}
      {list.isError ? (
        <QueryError
          error={list.error}
          title="The organizations could not be loaded."
          onRetry={() => void list.refetch()}
        />
      ) : (
        <>
          <OrganizationsTable
            caption={params.q ? `Organizations matching “${params.q}”` : 'Organizations'}
            organizations={organizations}
            sortOrder={search.sortOrder}
            onSort={(field) =>
              void navigate({
                search: (prev) => ({
                  ...prev,
                  sortOrder: nextSort(prev.sortOrder, field),
                  pageNumber: 1,
                }),
              })
            }
            onIntent={(organizationId) =>
              void queryClient.prefetchQuery(organizationDetailQueryOptions(api, organizationId))
            }
            stale={list.isPlaceholderData}
            message={message}
          />
          <Pagination
            label="Organizations pages"
            pageNumber={params.pageNumber}
            lastPage={Math.max(lastPage, 1)}
            pageSize={params.pageSize}
            pageSizes={PAGE_SIZES}
            total={total}
            onPageChange={goTo}
            onPageSizeChange={(pageSize) =>
              void navigate({
                search: (prev) => ({ ...prev, pageSize: pageSize as PageSize, pageNumber: 1 }),
              })
            }
          />
        </>
      )}
    </div>
  );
}
