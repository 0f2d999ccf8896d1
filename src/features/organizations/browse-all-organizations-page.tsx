import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useServices } from '@/app/services';
import { phoneDisplay } from '@/features/contacts/format';
import { DivisionSelect } from '@/features/divisions/division-select';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { scanStatus, VirtualScanTable, type ScanColumn } from '@/ui/virtual-scan-table';
import { organizationDetailQueryOptions, organizationScanQueryOptions } from './api';
import type { ExternalOrganization } from './organization-model';

const routeApi = getRouteApi('/_app/organizations/browse');
const ORGANIZATION_VIEW_PERMISSION = 'externalContacts:externalOrganization:view';

const COLUMNS: readonly ScanColumn<ExternalOrganization>[] = [
  {
    id: 'name',
    label: 'Name',
    render: (organization) => (
      <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
        {organization.name ?? organization.id}
      </Link>
    ),
  },
  { id: 'companyType', label: 'Company type', render: (o) => o.companyType },
  { id: 'industry', label: 'Industry', render: (o) => o.industry },
  {
    id: 'city',
    label: 'City',
    render: (o) => [o.address?.city, o.address?.countryCode].filter(Boolean).join(', '),
  },
  { id: 'phone', label: 'Phone', render: (o) => phoneDisplay(o.phoneNumber) },
];

/** Every organization, past search's 1,000-record window, through the scan API. */
export function BrowseAllOrganizationsPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const scan = useInfiniteQuery(organizationScanQueryOptions(api, search.divisionId));
  const organizations = scan.data?.pages.flatMap((page) => page.entities ?? []) ?? [];

  return (
    <div className="page">
      <PageHeader title="All organizations">
        <p className="muted">
          <Link to="/organizations">Search organizations</Link> · Every organization in the order
          Genesys stores them, loaded as you scroll.
        </p>
      </PageHeader>
      <div className="toolbar">
        <DivisionSelect
          permission={ORGANIZATION_VIEW_PERMISSION}
          value={search.divisionId}
          onChange={(divisionId) => void navigate({ search: { divisionId } })}
        />
        <p role="status" className="muted">
          {scanStatus('organizations', organizations.length, scan)}
        </p>
      </div>
      {scan.isError && organizations.length === 0 ? (
        <QueryError
          error={scan.error}
          title="The organizations could not be loaded."
          onRetry={() => void scan.refetch()}
        />
      ) : (
        <VirtualScanTable
          label="All organizations"
          rows={organizations}
          columns={COLUMNS}
          hasNextPage={scan.hasNextPage}
          isFetchingNextPage={scan.isFetchingNextPage}
          fetchNextPage={() => void scan.fetchNextPage()}
          onRowIntent={(organization) =>
            void queryClient.prefetchQuery(organizationDetailQueryOptions(api, organization.id))
          }
        />
      )}
      {scan.isError && organizations.length > 0 ? (
        <QueryError
          error={scan.error}
          title="The next organizations could not be loaded."
          onRetry={() => void scan.fetchNextPage()}
        />
      ) : null}
    </div>
  );
}
