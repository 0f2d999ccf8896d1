import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { DivisionSelect } from '@/features/divisions/division-select';
import { ColumnChooser } from '@/ui/column-chooser';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { scanStatus, VirtualScanTable } from '@/ui/virtual-scan-table';
import { contactDetailQueryOptions, contactScanQueryOptions } from './api';
import { CONTACT_COLUMNS, useContactColumns } from './contact-columns';
import { CONTACT_VIEW_PERMISSION } from './contacts-list-page';

const routeApi = getRouteApi('/_app/contacts/browse');

/**
 * Every contact, past search's 1,000-record window, through the scan API: cursor pages of 200
 * loaded as the user scrolls, and only the rows on screen in the DOM.
 */
export function BrowseAllContactsPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { columns, visibleIds, setVisible } = useContactColumns();
  const scan = useInfiniteQuery(contactScanQueryOptions(api, search.divisionId));
  const contacts = scan.data?.pages.flatMap((page) => page.entities ?? []) ?? [];

  return (
    <div className="page">
      <PageHeader title="All contacts">
        <p className="muted">
          <Link to="/contacts">Search contacts</Link> · Every contact in the order Genesys stores
          them, loaded as you scroll.
        </p>
      </PageHeader>
      <div className="toolbar">
        <DivisionSelect
          permission={CONTACT_VIEW_PERMISSION}
          value={search.divisionId}
          onChange={(divisionId) => void navigate({ search: { divisionId } })}
        />
        <ColumnChooser
          columns={CONTACT_COLUMNS}
          visibleIds={visibleIds}
          lockedId="name"
          onChange={setVisible}
        />
        <p role="status" className="muted">
          {scanStatus('contacts', contacts.length, scan)}
        </p>
      </div>
      {scan.isError && contacts.length === 0 ? (
        <QueryError
          error={scan.error}
          title="The contacts could not be loaded."
          onRetry={() => void scan.refetch()}
        />
      ) : (
        <VirtualScanTable
          label="All contacts"
          rows={contacts}
          columns={columns}
          hasNextPage={scan.hasNextPage}
          isFetchingNextPage={scan.isFetchingNextPage}
          fetchNextPage={() => void scan.fetchNextPage()}
          onRowIntent={(contact) =>
            void queryClient.prefetchQuery(contactDetailQueryOptions(api, contact.id))
          }
        />
      )}
      {scan.isError && contacts.length > 0 ? (
        <QueryError
          error={scan.error}
          title="The next contacts could not be loaded."
          onRetry={() => void scan.fetchNextPage()}
        />
      ) : null}
    </div>
  );
}
