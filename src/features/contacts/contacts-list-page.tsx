import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { lazy, Suspense, useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { DivisionFilter } from '@/features/divisions/division-filter';
import { ColumnChooser } from '@/ui/column-chooser';
import { PageHeader } from '@/ui/page-header';
import { SearchBox } from '@/ui/search-box';
import { Pagination } from '@/ui/pagination';
import { QueryError } from '@/ui/query-error';
import { contactDetailQueryOptions, contactListQueryOptions } from './api';
import { toListParams } from './list-params';
import { CONTACT_COLUMNS, useContactColumns } from './contact-columns';
import { ContactsTable } from './contacts-table';
import {
  lastReachablePage,
  nextSortOrder,
  PAGE_SIZES,
  SEARCH_WINDOW,
  type PageSize,
} from './search-params';

const routeApi = getRouteApi('/_app/contacts/');

// What a selection can do (merge, export, delete) loads with the first selection, not with the
// list: the list is the first screen people land on.
const MergeSelectedAction = lazy(() =>
  import('@/features/merge/merge-selected-action').then((module) => ({
    default: module.MergeSelectedAction,
  })),
);
const BulkSelectedActions = lazy(() =>
  import('@/features/bulk/bulk-selected-actions').then((module) => ({
    default: module.BulkSelectedActions,
  })),
);
const count = new Intl.NumberFormat();

export const CONTACT_ADD_PERMISSIONS = ['externalContacts:contact:add', 'relate:contact:add'];
export const CONTACT_VIEW_PERMISSION = 'externalContacts:contact:view';

export function ContactsListPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { can } = usePermissions();
  const params = toListParams(search);
  const list = useQuery(contactListQueryOptions(api, params));
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const { columns, visibleIds, setVisible } = useContactColumns();
  // The scan takes one division: carry the filter over only when it names exactly one.
  const browseDivision = search.divisionIds?.length === 1 ? search.divisionIds[0] : undefined;

  const listing = list.data;
  const contacts = listing?.entities ?? [];
  const total = listing?.total;
  const lastPage = lastReachablePage(params.pageSize, listing?.pageCount);

  const goTo = (pageNumber: number) =>
    void navigate({ search: (prev) => ({ ...prev, pageNumber }) });

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const message = list.isPending ? (
    <span role="status">Loading contacts…</span>
  ) : params.pageNumber > 1 && total ? (
    <span>
      This page is past the last one.{' '}
      <button type="button" className="sort-button" onClick={() => goTo(1)}>
        Go to the first page
      </button>
    </span>
  ) : params.q ? (
    <span>No contacts match “{params.q}”.</span>
  ) : (
    <span>No contacts yet.</span>
  );

  return (
    <div className="page">
      <PageHeader
        title="Contacts"
        actions={
          can(...CONTACT_ADD_PERMISSIONS) ? (
            <Link to="/contacts/new" className="link-button primary">
              New contact
            </Link>
          ) : null
        }
      />
      <div className="toolbar">
        <SearchBox
          label="Search contacts"
          placeholder="Name, email, phone, title, organization…"
          q={search.q}
          onSearch={(q) =>
            void navigate({
              search: (prev) => ({ ...prev, q, pageNumber: 1 }),
              // Typing refines one search: keep it to one history entry.
              replace: true,
            })
          }
        />
        <DivisionFilter
          permission={CONTACT_VIEW_PERMISSION}
          selectedIds={search.divisionIds ?? []}
          onChange={(divisionIds) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                divisionIds: divisionIds.length > 0 ? divisionIds : undefined,
                pageNumber: 1,
              }),
            })
          }
        />
        <ColumnChooser
          columns={CONTACT_COLUMNS}
          visibleIds={visibleIds}
          lockedId="name"
          onChange={setVisible}
        />
        <Link to="/contacts/browse" search={{ divisionId: browseDivision }}>
          Browse all contacts
        </Link>
        <div className="selection-bar" aria-live="polite">
          {selected.size > 0 ? (
            <>
              <span>{count.format(selected.size)} selected</span>
              <Suspense fallback={null}>
                <MergeSelectedAction contactIds={[...selected]} />
                <BulkSelectedActions
                  contactIds={[...selected]}
                  onClearSelection={() => setSelected(new Set())}
                />
              </Suspense>
              <GuxButtonSlot accent="ghost">
                <button type="button" onClick={() => setSelected(new Set())}>
                  Clear selection
                </button>
              </GuxButtonSlot>
            </>
          ) : null}
        </div>
      </div>
      {total !== undefined && total > SEARCH_WINDOW ? (
        <GuxInlineAlert accent="info">
          <div>
            {count.format(total)} contacts match. Genesys pages only the first{' '}
            {count.format(SEARCH_WINDOW)} matches of a search: refine the search, or{' '}
            <Link to="/contacts/browse" search={{ divisionId: browseDivision }}>
              browse all contacts
            </Link>{' '}
            without a search.
          </div>
        </GuxInlineAlert>
      ) : null}
      {list.isError ? (
        <QueryError
          error={list.error}
          title="The contacts could not be loaded."
          onRetry={() => void list.refetch()}
        />
      ) : (
        <>
          <ContactsTable
            caption={params.q ? `Contacts matching “${params.q}”` : 'Contacts'}
            columns={columns}
            contacts={contacts}
            sortOrder={search.sortOrder}
            onSort={(field) =>
              void navigate({
                search: (prev) => ({
                  ...prev,
                  sortOrder: nextSortOrder(prev.sortOrder, field),
                  pageNumber: 1,
                }),
              })
            }
            selected={selected}
            onSelect={select}
            onIntent={(contactId) =>
              void queryClient.prefetchQuery(contactDetailQueryOptions(api, contactId))
            }
            stale={list.isPlaceholderData}
            message={message}
          />
          <Pagination
            label="Contacts pages"
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
